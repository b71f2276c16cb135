using System;
using FluentAssertions;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    public sealed class HostileTemplateTests
    {
        [Theory]
        [InlineData("{{ shipment.tracking_url.host }}", "*has no members*")]
        [InlineData("{{ order['id'] }}", "*by name*")]
        [InlineData("{% include 'secrets.txt' %}", "*cannot load other files*")]
        [InlineData("{{ 'now' | date: '%Y' }}", "*reads the machine's clock*")]
        [InlineData("{{ environment }}", "*not a fact*")]
        [InlineData("{{ order }}", "*group of facts*")]
        public void A_template_can_reach_only_the_order_model(string body, string message)
        {
            Action load = () => EngineFixture.Book("\"test.bad\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"" + body.Replace("\"", "\\\"") + "\" } } }");

            load.Should().Throw<DataFileException>().WithMessage(message).Which.PhraseKey.Should().Be("test.bad");
        }

        [Fact]
        public void Loop_variables_assignments_and_filters_are_allowed()
        {
            var book = EngineFixture.Book("\"test.ok\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"{% assign n = order.items | size %}{% for item in order.items %}{{ forloop.index }}. {{ item.name | upcase }} x{{ item.quantity }} {% endfor %}({{ n }})\" } } }");

            EngineFixture.Engine(book).Render("test.ok", EngineFixture.SampleOrder()).TextBody
                .Should().Be("1. LED GIFT LIGHTS, WARM WHITE x2 2. SILICONE LID, 12 CM x1 (2)");
        }

        [Fact]
        public void Output_is_bounded()
        {
            var book = EngineFixture.Book("\"test.big\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"{% for i in (1..900) %}{{ after_sales.return_address }}{% endfor %}\" } } }");
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = EngineFixture.Clock(), Phrasebook = book, Limits = new RenderLimits { OutputLimit = 10_000 } });

            Action render = () => engine.Render("test.big", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("test.big");
        }

        [Fact]
        public void Loops_are_bounded()
        {
            var book = EngineFixture.Book("\"test.loop\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"{% for i in (1..5000) %}x{% endfor %}\" } } }");

            Action render = () => EngineFixture.Engine(book).Render("test.loop", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().WithMessage("*test.loop*");
        }
    }
}
