using System;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>Facts in the parts a sentence needs, and counts in each language's plural forms.</summary>
    public sealed class GrammarFactTests
    {
        private static FollowUpMessage Render(string locale, string body, OrderSnapshot? order = null)
        {
            var book = EngineFixture.Book("\"test.grammar\": {\"stage\": \"shipped\", \"channels\": [\"chat\"], \"texts\": {\"" + locale
                + "\": {\"subject\": \"s\", \"body\": " + System.Text.Json.JsonSerializer.Serialize(body) + "}}}");
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = EngineFixture.Clock(), Phrasebook = book, CheckWording = false });
            return engine.Render("test.grammar", order ?? EngineFixture.SampleOrder(), new RenderOptions { Locale = locale, Channel = FollowUp.Phrases.Checking.Channel.Chat });
        }

        [Fact]
        public void The_delivery_window_offers_its_parts_for_each_languages_grammar()
        {
            Render("de", "in {{ shipment.delivery_window.min }}–{{ shipment.delivery_window.max }} {% if shipment.delivery_window.unit == 'working-days' %}Werktagen{% else %}Tagen{% endif %}")
                .TextBody.Should().Be("in 7–10 Werktagen");
            OrderFacts.PartsOf("shipment.delivery_window").Should().Equal("min", "max", "unit");
        }

        [Fact]
        public void A_part_the_fact_does_not_have_is_refused_when_the_phrasebook_loads()
        {
            var act = () => Render("en", "{{ shipment.delivery_window.days }}");
            act.Should().Throw<DataFileException>().WithMessage("*shipment.delivery_window.days*has the parts shipment.delivery_window.min, shipment.delivery_window.max, shipment.delivery_window.unit*");

            var member = () => Render("en", "{{ shipment.carrier.name }}");
            member.Should().Throw<DataFileException>().WithMessage("*a fact has no members*");
        }

        [Fact]
        public void A_part_of_a_missing_window_is_false_in_conditions_and_an_error_when_printed()
        {
            var order = EngineFixture.SampleOrder() with { DeliveryWindow = null };
            Render("en", "{% if shipment.delivery_window.max %}window{% else %}no window{% endif %}", order).TextBody.Should().Be("no window");

            var act = () => Render("en", "{{ shipment.delivery_window.max }} days", order);
            act.Should().Throw<MissingFactException>().WithMessage("*shipment.delivery_window*");
        }

        [Theory]
        [InlineData("en", 1, "1 day")]
        [InlineData("en", 0, "0 days")]
        [InlineData("en", 4, "4 days")]
        [InlineData("de", 1, "1 Tag")]
        [InlineData("de", 4, "4 Tage")]
        [InlineData("es", 1, "1 día")]
        [InlineData("es", 2, "2 días")]
        [InlineData("fr", 0, "0 jour")]
        [InlineData("fr", 1, "1 jour")]
        [InlineData("fr", 2, "2 jours")]
        [InlineData("zh-CN", 1, "1 天")]
        public void Counts_take_the_plural_form_of_the_templates_language(string locale, int count, string expected)
        {
            var (one, other) = locale switch
            {
                "de" => ("Tag", "Tage"),
                "es" => ("día", "días"),
                "fr" => ("jour", "jours"),
                "zh-CN" => ("天", "天"),
                _ => ("day", "days"),
            };
            Render(locale, $"{{% assign n = {count} %}}{{{{ n }}}} {{{{ n | plural: '{one}', '{other}' }}}}").TextBody.Should().Be(expected);
        }
    }
}
