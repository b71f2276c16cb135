using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>The HTML every email phrase without its own is sent in: the text's words, encoded, with the footer the law asks for.</summary>
    public sealed class EmailLayoutTests
    {
        private static FollowUpMessage Render(string key, OrderSnapshot order, string locale = "en", Phrasebooks.Phrasebook? book = null) =>
            EngineFixture.Engine(book).Render(key, order, new RenderOptions { Locale = locale, Channel = Channel.Email });

        [Fact]
        public void Values_in_the_layout_are_encoded_and_the_plain_text_keeps_them_as_written()
        {
            var order = EngineFixture.SampleOrder() with { Buyer = EngineFixture.SampleOrder().Buyer with { Name = "<img src=x onerror=alert(1)> & Co" } };

            var message = Render("order.closed", order);

            message.TextBody.Should().Contain("<img src=x onerror=alert(1)> & Co");
            message.HtmlBody.Should().Contain("&lt;img src=x onerror=alert(1)&gt; &amp; Co").And.NotContain("<img");
        }

        [Fact]
        public void Web_addresses_become_links_without_the_full_stop_after_them()
        {
            var message = Render("shipment.dispatched", EngineFixture.SampleOrder(), "fr");

            message.TextBody.Should().Contain("https://track.example.com/1234567890.");
            message.HtmlBody.Should().Contain("<a href=\"https://track.example.com/1234567890\">https://track.example.com/1234567890</a>.");
        }

        [Fact]
        public void A_marketing_text_without_an_opt_out_line_gets_the_footer_link_in_its_language_and_passes_the_checker()
        {
            var book = EngineFixture.Book("""
                "test.promo": { "stage": "delivered", "purpose": "marketing", "channels": ["email"],
                  "requires": ["seller.name", "seller.company", "seller.address", "marketing.unsubscribe_url"],
                  "texts": { "de": { "subject": "Neu im Shop", "body": ["Guten Tag,", "", "unsere Frühjahrskollektion ist da. Fragen beantworten wir innerhalb von 24 Stunden.", "", "Viele Grüße", "{{ seller.name }}"] } } }
                """);

            var message = Render("test.promo", EngineFixture.SampleOrder(), "de", book);

            message.HtmlBody.Should().Contain(">Abmelden</a>").And.Contain("18 Keyuan Road");
            message.HtmlBodyDiagnostics.Select(d => d.Rule).Should().NotContain(RuleIds.MissingUnsubscribe);
            message.TextBodyDiagnostics.Select(d => d.Rule).Should().Contain(RuleIds.MissingUnsubscribe, "the plain-text part is unchanged: its missing link is still reported");
        }

        [Fact]
        public void Chat_and_platform_messages_have_no_html()
        {
            EngineFixture.Engine().Render("order.closed", EngineFixture.SampleOrder(), new RenderOptions { Channel = Channel.Chat }).HtmlBody.Should().BeNull();
        }
    }
}
