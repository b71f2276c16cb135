using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using Xunit;

namespace FollowUp.Phrases.Tests.Phrasebook
{
    public sealed class PhrasebookTests
    {
        [Fact]
        public void Built_in_phrasebook_has_an_english_phrase_for_every_stage()
        {
            var book = Phrasebooks.Phrasebook.BuiltIn;

            foreach (var stage in OrderStages.All)
            {
                book.ForStage(stage).Should().Contain(p => p.Texts.ContainsKey("en"), $"stage {stage.ToKebabCase()} needs a phrase");
            }
        }

        [Fact]
        public void Locale_falls_back_from_region_to_language_to_english()
        {
            var book = Phrasebooks.Phrasebook.Parse(Book("\"en\": { \"subject\": \"S\", \"body\": \"EN\" }, \"de\": { \"subject\": \"S\", \"body\": \"DE\" }"));
            var phrase = book.Get("test.hello");

            phrase.TextFor("de-AT").Locale.Should().Be("de");
            phrase.TextFor("de").Locale.Should().Be("de");
            phrase.TextFor("fr-FR").Locale.Should().Be("en");
            phrase.TextFor(null).Locale.Should().Be("en");
        }

        [Fact]
        public void A_user_phrasebook_overrides_a_built_in_phrase_and_keeps_the_rest()
        {
            var mine = Phrasebooks.Phrasebook.Parse(
                "{ \"phrases\": { \"shipment.dispatched\": { \"stage\": \"shipped\", \"requires\": [\"order.id\"], \"texts\": { \"en\": { \"subject\": \"Shipped {{ order.id }}\", \"body\": \"Our own words for {{ order.id }}.\" } } } } }",
                "mine.json");

            var book = Phrasebooks.Phrasebook.BuiltIn.With(mine);

            book.Get("shipment.dispatched").Source.Should().Be("mine.json");
            book.Get("shipment.dispatched").Texts["en"].Body.Should().Be("Our own words for {{ order.id }}.");
            book.Phrases.Should().HaveCount(Phrasebooks.Phrasebook.BuiltIn.Phrases.Count);
        }

        [Fact]
        public void Unknown_phrase_lists_the_known_keys()
        {
            Action get = () => Phrasebooks.Phrasebook.BuiltIn.Get("shipment.dispached");

            get.Should().Throw<UnknownPhraseException>().WithMessage("*'shipment.dispached'*shipment.dispatched*");
        }

        [Fact]
        public void Malformed_json_names_file_line_and_column()
        {
            var json = "{\n  \"phrases\": {\n    \"a.b\": { \"stage\": \"inquiry\" \"texts\": {} }\n  }\n}";

            var error = Load(json);

            error.Source.Should().Be("mine.json");
            error.Line.Should().Be(3);
            error.Column.Should().Be(33);
            error.Message.Should().StartWith("mine.json(3,33): invalid JSON").And.Contain("','");
        }

        [Fact]
        public void Template_syntax_error_points_into_the_file()
        {
            var json = "{\n  \"phrases\": {\n    \"a.b\": {\n      \"stage\": \"inquiry\",\n      \"texts\": { \"en\": {\n        \"subject\": \"Hi\",\n        \"body\": [\"Line one\", \"Dear {% if buyer.name %}{{ buyer.name }\"]\n      } }\n    }\n  }\n}";

            var error = Load(json);

            error.PhraseKey.Should().Be("a.b");
            error.Field.Should().Be("texts.en.body");
            error.Line.Should().Be(7);
            error.Column.Should().BeGreaterThan(30, "the error sits inside the second line of the body array, on line 7 of the file");
            error.Message.Should().Contain("template error");
        }

        [Fact]
        public void Template_naming_an_unknown_fact_is_an_error_with_its_position()
        {
            var json = "{ \"phrases\": { \"a.b\": { \"stage\": \"inquiry\", \"texts\": { \"en\": { \"subject\": \"Hi\", \"body\": \"Tracking: {{ shipment.tracking_no }}\" } } } } }";

            var error = Load(json);

            error.Message.Should().Contain("unknown fact 'shipment.tracking_no'").And.Contain("shipment.tracking_number");
            error.Line.Should().Be(1);
            error.Column.Should().Be(json.IndexOf("shipment.tracking_no", StringComparison.Ordinal) + 1);
        }

        [Theory]
        [InlineData("{ \"phrases\": { \"a.b\": { \"stage\": \"shiped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"B\" } } } } }", "stage", "*unknown stage 'shiped'*shipped*")]
        [InlineData("{ \"phrases\": { \"a.b\": { \"stage\": \"inquiry\", \"requires\": [\"order.idd\"], \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"B\" } } } } }", "requires", "*unknown fact 'order.idd'*order.id*")]
        [InlineData("{ \"phrases\": { \"a.b\": { \"stage\": \"inquiry\", \"purpose\": \"promo\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"B\" } } } } }", "purpose", "*transactional*marketing*")]
        [InlineData("{ \"phrases\": { \"a.b\": { \"stage\": \"inquiry\", \"texts\": { \"en\": { \"subject\": \"S\", \"bdy\": \"B\" } } } } }", "texts.en.bdy", "*unknown field*body*")]
        [InlineData("{ \"phrases\": { \"a.b\": { \"stage\": \"inquiry\", \"texts\": { \"en\": { \"body\": \"B\" } } } } }", "texts.en.subject", "*needs a subject*")]
        public void Invalid_phrase_fields_name_the_field_and_phrase(string json, string field, string message)
        {
            var error = Load(json);

            error.Field.Should().Be(field);
            error.PhraseKey.Should().Be("a.b");
            error.Message.Should().Match(message);
        }

        [Theory]
        [InlineData("Shipment.Dispatched")]
        [InlineData("dispatched")]
        [InlineData("shipment..dispatched")]
        public void Keys_must_be_dotted_kebab_case(string key)
        {
            var error = Load("{ \"phrases\": { \"" + key + "\": { \"stage\": \"inquiry\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"B\" } } } } }");

            error.Message.Should().Contain(key);
            PhraseKey.TryParse(key, out _).Should().BeFalse();
        }

        private static DataFileException Load(string json)
        {
            Action load = () => Phrasebooks.Phrasebook.Parse(json, "mine.json");
            return load.Should().Throw<DataFileException>().Which;
        }

        private static string Book(string texts) =>
            "{ \"phrases\": { \"test.hello\": { \"stage\": \"inquiry\", \"texts\": { " + texts + " } } } }";
    }
}

namespace FollowUp.Phrases.Tests.Phrasebook
{
    public sealed class BuiltInWordingTests
    {
        public static System.Collections.Generic.IEnumerable<object[]> Texts() =>
            Phrasebooks.Phrasebook.BuiltIn.Phrases.SelectMany(p => p.Texts.Values.Select(t => new object[] { p.Key.Value, t.Locale }));

        [Theory]
        [MemberData(nameof(Texts))]
        public void No_built_in_phrase_writes_a_date_or_vague_timing_of_its_own(string key, string locale)
        {
            var text = Phrasebooks.Phrasebook.BuiltIn.Get(key).Texts[locale];

            foreach (var source in new[] { text.Subject, text.Body, text.Html ?? "" })
            {
                FollowUp.Phrases.Checking.WordingChecker.Default.Check(source)
                    .Where(d => d.Rule == FollowUp.Phrases.Checking.RuleIds.VagueTiming).Should().BeEmpty();
                var analysis = new FollowUp.Phrases.Checking.Analysis.MessageAnalysis(source, FollowUp.Phrases.Checking.CheckContext.Default);
                analysis.TimeExpressions.Should().BeEmpty("dates in phrases come from the order's facts through the time helpers");
            }
        }
    }
}
