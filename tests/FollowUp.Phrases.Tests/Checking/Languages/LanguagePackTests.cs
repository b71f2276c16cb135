using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Languages;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Languages
{
    public sealed class LanguagePackTests
    {
        private const string Italian = @"{
  ""language"": ""it"",
  ""name"": ""Italian"",
  ""detection"": { ""words"": [""la"", ""il"", ""della"", ""spedizione"", ""presto"", ""ordine"", ""sarà"", ""vostro""] },
  ""dates"": {
    ""months"": [[""gen"", ""gennaio""], [""feb"", ""febbraio""], [""mar"", ""marzo""], [""apr"", ""aprile""], [""mag"", ""maggio""], [""giu"", ""giugno""],
      [""lug"", ""luglio""], [""ago"", ""agosto""], [""set"", ""settembre""], [""ott"", ""ottobre""], [""nov"", ""novembre""], [""dic"", ""dicembre""]],
    ""weekdays"": [[""lun"", ""lunedì""], [""mar"", ""martedì""], [""mer"", ""mercoledì""], [""gio"", ""giovedì""], [""ven"", ""venerdì""], [""sab"", ""sabato""], [""dom"", ""domenica""]],
    ""full"": ""{weekday} {day} {month} {year}"", ""short"": ""{weekday} {day} {month}"", ""on"": ""il {date}"", ""between"": ""tra il {first} e il {last}"", ""shorten"": ""first""
  },
  ""lists"": {
    ""timing.vague-phrases"": [""presto"", ""al più presto"", ""quanto prima""],
    ""steps.passive-auxiliaries"": [""sarà"", ""saranno""],
    ""steps.seller-actions"": [""spedito"", ""spedita"", ""elaborato"", ""rimborsato""]
  },
  ""messages"": {
    ""vague-timing"": { ""message"": ""'{text}' non dà all'acquirente una data da verificare."", ""suggestion"": ""Indicate una data o una durata."" }
  }
}";

        [Fact]
        public void Five_languages_are_built_in_each_with_its_dates()
        {
            LanguagePacks.BuiltIn.Languages.Should().BeEquivalentTo("en", "zh", "de", "es", "fr");
            foreach (var pack in LanguagePacks.BuiltIn)
            {
                pack.Dates.HasNames.Should().BeTrue(pack.Language);
                pack.Source.Should().StartWith("built-in:");
            }

            LanguagePacks.BuiltIn["fr-CA"].Name.Should().Be("French");
            LanguagePacks.BuiltIn.GetOrNull("it").Should().BeNull();
        }

        [Fact]
        public void A_list_name_no_rule_reads_is_refused_at_its_line_and_column_with_the_nearest_name()
        {
            var json = "{\n  \"language\": \"it\",\n  \"name\": \"Italian\",\n  \"lists\": {\n    \"timing.vauge-phrases\": [\"presto\"]\n  }\n}";

            var act = () => LanguagePack.Parse(json, "it.json");

            var e = act.Should().Throw<DataFileException>().Which;
            e.Source.Should().Be("it.json");
            e.Line.Should().Be(5);
            e.Column.Should().Be(5);
            e.Field.Should().Be("lists.timing.vauge-phrases");
            e.Message.Should().Contain("did you mean 'timing.vague-phrases'");
        }

        [Theory]
        [InlineData("\"lists\": { \"timing.vague-phrases\": [\"presto\", \"\"] }", "lists.timing.vague-phrases[1]", "empty")]
        [InlineData("\"lists\": { \"timing.vague-phrases\": [\" presto\"] }", "lists.timing.vague-phrases[0]", "starts or ends with a space")]
        [InlineData("\"lists\": { \"timing.vague-phrases\": \"presto\" }", "lists.timing.vague-phrases", "expected an array")]
        [InlineData("\"messages\": { \"vague-timming\": { \"message\": \"x\" } }", "messages.vague-timming", "no rule 'vague-timming'")]
        [InlineData("\"dates\": { \"months\": [[\"gen\"]], \"weekdays\": [], \"full\": \"\", \"short\": \"\", \"on\": \"\", \"between\": \"\", \"shorten\": \"first\" }", "dates.months", "expected 12 entries")]
        public void A_bad_entry_names_its_list_and_place(string body, string field, string problem)
        {
            var json = "{ \"language\": \"it\", \"name\": \"Italian\",\n" + body + " }";

            var e = FluentActions.Invoking(() => LanguagePack.Parse(json, "it.json")).Should().Throw<DataFileException>().Which;

            e.Field.Should().Be(field);
            e.Line.Should().Be(2);
            e.Message.Should().StartWith("it.json(2,").And.Contain(problem);
        }

        [Fact]
        public void An_italian_pack_from_a_user_file_is_read_and_applied()
        {
            var path = Path.Combine(Path.GetTempPath(), $"followup-it-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, Italian);
            try
            {
                var packs = LanguagePacks.BuiltIn.With(LanguagePacks.LoadFile(path));
                var checker = new WordingChecker(new WordingCheckerOptions { Languages = packs });

                var report = checker.Review("La spedizione del vostro ordine sarà spedita presto.");

                report.Languages.Should().Equal("it");
                report.UncoveredLanguages.Should().BeEmpty();
                report.Diagnostics.Should().Contain(d => d.Rule == "vague-timing" && d.Text == "presto" && d.Message.StartsWith("'presto' non dà"));
                report.Diagnostics.Should().Contain(d => d.Rule == "missing-owner" && d.Text == "sarà spedita");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_pack_replaces_the_built_in_one_for_its_language()
        {
            var json = "{ \"language\": \"fr\", \"name\": \"French (house)\", \"lists\": { \"timing.vague-phrases\": [\"un jour\"] } }";

            var packs = LanguagePacks.BuiltIn.With(LanguagePack.Parse(json, "fr.json"));

            packs.Count.Should().Be(5);
            packs["fr"].Name.Should().Be("French (house)");
        }

        [Fact]
        public void An_italian_message_without_a_pack_says_it_was_not_read()
        {
            var report = WordingChecker.Default.Review("La spedizione arriverà presto.");

            report.UncoveredLanguages.Should().Equal("it");
            var finding = report.Diagnostics.Should().ContainSingle().Which;
            finding.Rule.Should().Be("language-not-covered");
            finding.Severity.Should().Be(Severity.Info);
            finding.Message.Should().Contain("Italian (it)");
        }

        [Fact]
        public void A_locale_without_a_pack_is_reported_too()
        {
            WordingChecker.Default.Check("Grazie per il vostro ordine.", new CheckContext { Locale = "it-IT" })
                .Should().ContainSingle(d => d.Rule == "language-not-covered");
        }

        [Fact]
        public void French_is_read_without_a_locale_and_findings_are_worded_in_french()
        {
            var report = WordingChecker.Default.Review("Votre commande sera traitée bientôt.");

            report.Languages.Should().Equal("fr");
            var vague = report.Diagnostics.Single(d => d.Rule == "vague-timing");
            vague.Text.Should().Be("bientôt");
            vague.Message.Should().StartWith("« bientôt » ne donne");
            var owner = report.Diagnostics.Single(d => d.Rule == "missing-owner");
            owner.Text.Should().Be("sera traitée");
            owner.Message.Should().Contain("ne dit pas qui");
        }

        [Theory]
        [InlineData("Ihre Bestellung wird bald versendet.", "vague-timing", "bald")]
        [InlineData("Ihre Bestellung wird bald versendet.", "missing-owner", "wird bald versendet")]
        [InlineData("Su pedido será procesado pronto.", "missing-owner", "será procesado")]
        [InlineData("Su pedido será procesado pronto.", "vague-timing", "pronto")]
        [InlineData("Nous sommes désolés pour le retard de votre colis.", "missing-owner", null)]
        [InlineData("Votre remboursement sera effectué sous peu.", "missing-owner", "sera effectué")]
        [InlineData("Su reembolso será efectuado en 3 días.", "missing-owner", "será efectuado")]
        [InlineData("Ihre Rückerstattung wird durchgeführt.", "missing-owner", "wird durchgeführt")]
        [InlineData("Die Sendung hängt leider im Zoll fest.", "missing-owner", null)]
        [InlineData("Lamentablemente su envío está retenido en aduana.", "missing-owner", null)]
        [InlineData("Malheureusement votre colis est bloqué en douane.", "missing-owner", null)]
        [InlineData("Bonjour Claire, votre commande est bloquée à la douane de Roissy. Cordialement, Mei", "missing-owner", null)]
        [InlineData("Bonjour, la lampe est arrivée endommagée. Nous sommes désolés.", "missing-owner", null)]
        [InlineData("Hola Lucía, la caja llegó dañada. Disculpe las molestias.", "missing-owner", null)]
        [InlineData("Hola Lucía, su pedido está retenido en aduanas. Saludos.", "missing-owner", null)]
        [InlineData("Guten Tag Herr Braun, Sie haben ein beschädigtes Paket erhalten. Das tut uns leid.", "missing-owner", null)]
        [InlineData("Guten Tag Herr Braun, die Sendung wird vom Zoll zurückgehalten. Mit freundlichen Grüßen", "missing-owner", null)]
        [InlineData("Hola Ana, su reembolso se procesará pronto.", "missing-owner", "se procesará")]
        [InlineData("Hola Ana, se le enviará un correo con el número de seguimiento.", "missing-owner", "se le enviará")]
        [InlineData("Hola Ana, le responderemos a la brevedad posible.", "vague-timing", "a la brevedad posible")]
        [InlineData("Hallo Tim, die Erstattung erfolgt umgehend.", "vague-timing", "umgehend")]
        [InlineData("Hola Ana, le enviaremos el reemplazo de inmediato.", "vague-timing", "de inmediato")]
        [InlineData("Bonjour Marc, nous vous rembourserons sans délai.", "vague-timing", "sans délai")]
        public void German_spanish_and_french_need_no_locale(string text, string rule, string? flagged)
        {
            WordingChecker.Default.Check(text).Should().Contain(d => d.Rule == rule && d.Text == flagged);
        }

        [Theory]
        [InlineData("Nous sommes désolés pour le retard. Nous vous enverrons un nouveau colis d'ici le 4 décembre 2026.")]
        [InlineData("Es tut uns leid für die Verspätung. Wir senden Ihnen bis zum 4. Dezember 2026 ein neues Paket.")]
        [InlineData("Lo sentimos por el retraso. Le enviaremos un nuevo paquete antes del 4 de diciembre de 2026.")]
        [InlineData("Merci pour votre commande, à bientôt !")]
        [InlineData("Vielen Dank für Ihre Bestellung, bis bald!")]
        [InlineData("Gracias por su pedido, ¡hasta pronto!")]
        [InlineData("Sie haben gefragt, ob die Lieferung bald kommt. Sie kommt am 4. Dezember 2026.")]
        [InlineData("Vous avez demandé si le colis arrivera bientôt. Il arrivera le 4 décembre 2026.")]
        [InlineData("Usted preguntó si el paquete llegará pronto. Llegará el 4 de diciembre de 2026.")]
        [InlineData("Bonjour, la lampe est arrivée cassée. Nous vous envoyons une nouvelle lampe le 4 décembre 2026.")]
        [InlineData("Hola Lucía, su pedido está retenido en aduanas. Le enviamos la factura al agente hoy mismo.")]
        [InlineData("Votre colis n'est pas bloqué : il est en cours de livraison aujourd'hui.")]
        [InlineData("Ihr Paket ist nicht beschädigt, die Verpackung ist nur nass geworden.")]
        [InlineData("Su pedido no está retenido: está en reparto hoy.")]
        [InlineData("Hola Ana, su reembolso se procesará por nuestro equipo el 4 de diciembre de 2026.")]
        [InlineData("Hola Ana, se lo garantizamos y nuestro equipo lo revisará el 7 de diciembre de 2026.")]
        [InlineData("Sehr geehrte Frau Braun, leider ist Ihr Paket beim Zoll hängen geblieben. Wir kontaktieren heute DHL und melden uns bis 4. Dezember 2026.")]
        [InlineData("Wir erstatten den Betrag, falls das Paket nicht bis 10. Dezember 2026 ankommt — das garantieren wir.")]
        public void Owned_steps_and_pleasantries_pass(string text)
        {
            WordingChecker.Default.Check(text).Where(d => d.Severity >= Severity.Warning).Should().BeEmpty();
        }

        [Theory]
        [InlineData("Nous expédierons votre commande le samedi 4 décembre 2026.", "samedi 4 décembre 2026", "vendredi")]
        [InlineData("Wir versenden Ihre Bestellung am Sa., 4. Dez. 2026.", "Sa., 4. Dez. 2026", "Freitag")]
        [InlineData("Le enviaremos el pedido el sábado 4 de diciembre de 2026.", "sábado 4 de diciembre de 2026", "viernes")]
        public void Weekdays_are_checked_in_every_language(string text, string flagged, string actual)
        {
            var finding = WordingChecker.Default.Check(text).Should().ContainSingle(d => d.Rule == "weekday-mismatch").Which;
            finding.Text.Should().Be(flagged);
            finding.Message.Should().Contain(actual);
        }

        [Theory]
        [InlineData("Bonjour Paul, la livraison est prévue entre 9h et 12h.", "9h")]
        [InlineData("Bonjour Paul, nous vous appelons à 14h30.", "14h30")]
        [InlineData("Bonjour Paul, nous vous appelons à 9 h 30.", "9 h 30")]
        [InlineData("Guten Tag, wir rufen Sie um 14 Uhr an.", "14 Uhr")]
        public void French_and_german_clock_times_need_a_zone(string text, string flagged)
        {
            WordingChecker.Default.Check(text).Should().Contain(d => d.Rule == "missing-timezone" && d.Text == flagged);
        }

        [Theory]
        [InlineData("Bonjour Paul, livraison sous 48h.")]
        [InlineData("Bonjour Paul, réponse en 12h.")]
        [InlineData("Bonjour Paul, nous vous appelons à 14h30 (heure de Paris).")]
        [InlineData("Bonjour Paul, nous vous appelons à 14h30, heure locale.")]
        [InlineData("Guten Tag, wir rufen Sie um 14 Uhr MEZ an.")]
        [InlineData("Guten Tag, wir rufen Sie um 14 Uhr deutscher Zeit an.")]
        [InlineData("Hola, le llamamos a las 14:00 (hora de Madrid).")]
        public void Durations_and_times_with_a_zone_pass_in_every_language(string text)
        {
            WordingChecker.Default.Check(text).Should().NotContain(d => d.Rule == "missing-timezone");
        }

        [Fact]
        public void A_german_days_ordinal_dot_before_a_month_ends_no_sentence()
        {
            // "bis 4. Dezember 2026": the dot after the day is the German ordinal, not a full stop.
            var reading = WordingChecker.Analyze("Bitte zahlen Sie bis 4. Dezember 2026. Wir versenden am 7. Dez. 2026.");

            reading.NextSteps.Select(s => s.Text).Should().Equal("Bitte zahlen Sie bis 4. Dezember 2026", "Wir versenden am 7. Dez. 2026");
        }

        [Theory]
        [InlineData("Bitte zahlen Sie bis 2026-11-20.", "2026-11-20")]
        [InlineData("Bitte zahlen Sie bis zum 20. November 2026.", "20. November 2026")]
        [InlineData("Veuillez payer votre commande avant le 20 novembre 2026.", "20 novembre 2026")]
        [InlineData("Por favor, pague su pedido antes del 20 de noviembre de 2026.", "20 de noviembre de 2026")]
        public void Past_deadlines_are_found_in_every_language(string text, string flagged)
        {
            var context = new CheckContext { Now = Instant.FromUtc(2026, 12, 1, 0, 0) };
            WordingChecker.Default.Check(text, context).Should().Contain(d => d.Rule == "past-date" && d.Text == flagged);
        }

        [Fact]
        public void Suggested_dates_come_from_the_send_time_or_are_left_out()
        {
            var without = WordingChecker.Default.Check("We will ship soon.").Single();
            without.Suggestion.Should().NotContain("2026").And.NotContain("[date]");

            // Tue 1 Dec 2026 08:00 in Shenzhen: two CN working days later is Thu 3 Dec.
            var with = WordingChecker.Default.Check("We will ship soon.", new CheckContext { Now = Instant.FromUtc(2026, 12, 1, 0, 0) }).Single();
            with.Suggestion.Should().Contain("by Thu 3 Dec 2026 (UTC+8)");

            // Fri 25 Sep 2026: the National Day week is skipped; the next CN working days are Sun 27 Sep (a make-up day) and Mon 28 Sep.
            var beforeHoliday = WordingChecker.Default.Check("We will ship soon.", new CheckContext { Now = Instant.FromUtc(2026, 9, 25, 2, 0) }).Single();
            beforeHoliday.Suggestion.Should().NotContain("Sat 26 Sep");
        }

        [Fact]
        public void An_english_message_is_read_as_english_only()
        {
            var report = WordingChecker.Default.Review("We will send the tracking number by 4 Dec 2026. Thank you for your order!");

            report.Languages.Should().Equal("en");
            report.UncoveredLanguages.Should().BeEmpty();
        }

        [Fact]
        public void Mixed_english_and_chinese_is_read_as_both()
        {
            WordingChecker.Default.Review("Your order has shipped. 您的订单已发货，谢谢！").Languages.Should().Equal("en", "zh");
        }

        [Fact]
        public void Dates_are_written_with_the_packs_names()
        {
            FollowUp.Phrases.Timing.DateNames.Format(new LocalDate(2026, 12, 4), "fr").Should().Be("ven. 4 déc. 2026");
            FollowUp.Phrases.Timing.DateNames.Format(new LocalDate(2026, 12, 4), "de").Should().Be("Fr., 4. Dez. 2026");
            FollowUp.Phrases.Timing.DateNames.Format(new LocalDate(2026, 12, 4), "zh-CN").Should().Be("2026年12月4日（周五）");
        }

        [Fact]
        public void The_schema_names_exactly_the_lists_the_built_in_packs_hold()
        {
            using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "language-pack.schema.json")));
            var names = schema.RootElement.GetProperty("properties").GetProperty("lists").GetProperty("propertyNames").GetProperty("enum")
                .EnumerateArray().Select(e => e.GetString()).ToArray();

            names.Should().BeEquivalentTo(LanguagePacks.BuiltIn.SelectMany(p => p.Lists.Keys).Distinct());
        }

        [Fact]
        public void The_readme_example_pack_is_a_valid_pack()
        {
            var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
            var section = readme.Substring(readme.IndexOf("### Adding a language", StringComparison.Ordinal));
            var start = section.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
            var json = section.Substring(start, section.IndexOf("```", start, StringComparison.Ordinal) - start);

            var pack = LanguagePack.Parse(json, "README.md");
            var checker = new WordingChecker(new WordingCheckerOptions { Languages = LanguagePacks.BuiltIn.With(pack) });

            var report = checker.Review("La spedizione sarà spedita presto.");
            report.Languages.Should().Equal("it");
            report.Diagnostics.Should().Contain(d => d.Rule == "vague-timing" && d.Text == "presto");
            report.Diagnostics.Should().Contain(d => d.Rule == "missing-owner" && d.Text == "sarà spedita");
        }
    }
}
