using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>Amounts are written the way the text's readers write them, whatever the machine's culture.</summary>
    public sealed class AmountFormatTests
    {
        [Theory]
        [InlineData("en", "EUR", 59.9, "EUR 59.90")]
        [InlineData("de", "EUR", 1234.5, "1.234,50\u00A0€")]
        [InlineData("fr", "EUR", 1234.5, "1\u202F234,50\u00A0€")]
        [InlineData("es", "EUR", 59.9, "59,90\u00A0€")]
        [InlineData("de", "USD", 25, "25,00\u00A0USD")]
        [InlineData("zh-CN", "EUR", 59.9, "59.90欧元")]
        [InlineData("zh-CN", "USD", 25, "25.00美元")]
        public void An_amount_reads_as_its_language_writes_it(string locale, string currency, double amount, string expected)
        {
            new ValueFormatter(locale, SellerTime.Default, null).Format(new Money((decimal)amount, currency)).Should().Be(expected);
        }

        [Fact]
        public void A_german_delivery_window_is_written_with_its_own_grammar()
        {
            var message = EngineFixture.Engine().Render("shipment.dispatched", EngineFixture.SampleOrder(), new RenderOptions { Locale = "de", Channel = FollowUp.Phrases.Checking.Channel.Email });

            message.TextBody.Should().Contain("in 7–10 Werktagen ab Versand").And.NotContain("Werktage ab");
        }
    }
}
