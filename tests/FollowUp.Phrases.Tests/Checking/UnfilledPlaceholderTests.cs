using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class UnfilledPlaceholderTests
    {
        [Theory]
        [InlineData("Dear ×××, your parcel is on its way.", "×××")]
        [InlineData("Dear XXX, thank you for your order.", "XXX")]
        [InlineData("We shipped your order on [Date].", "[Date]")]
        [InlineData("Best regards, (Your name)", "(Your name)")]
        [InlineData("Tracking number: <tracking number>.", "<tracking number>")]
        [InlineData("Hi {{ buyer.name }}, your order shipped today.", "{{ buyer.name }}")]
        [InlineData("Your order [Order Number] has shipped.", "[Order Number]")]
        [InlineData("亲爱的×××，您的包裹已发出。", "×××")]
        [InlineData("您的订单【订单号】已发货。", "【订单号】")]
        [InlineData("运单号：（运单号），请注意查收。", "（运单号）")]
        [InlineData("Please pay before [Insert date].", "[Insert date]")] // a lead word before a fact word
        [InlineData("Dear (Buyer's name), thank you.", "(Buyer's name)")]
        [InlineData("Your order <your order number> has shipped.", "<your order number>")]
        [InlineData("您的订单【填写订单号】已发货。", "【填写订单号】")]
        public void Flags_template_text_left_in_the_message(string text, string flagged)
        {
            var finding = Check.Rule(RuleIds.UnfilledPlaceholder, text).Should().ContainSingle().Subject;

            finding.Text.Should().Be(flagged);
            finding.Severity.Should().Be(Severity.Error);
        }

        [Theory]
        [InlineData("Dear Anna, your parcel is on its way.")]
        [InlineData("The XXL size is back in stock.")]
        [InlineData("We shipped your order on 2 Dec 2026 (UTC+8).")]
        [InlineData("Best regards, Lily (after-sales team)")]
        [InlineData("Sizes: S, M, L, XL, XXL and XXXL.")]
        [InlineData("Tracking number: LX123456789CN [DHL].")]
        [InlineData("Use code {SPRING10} at checkout.")]
        [InlineData("亲爱的安娜，您的包裹已发出。")]
        [InlineData("您的订单【AE-20931】已发货。")]
        [InlineData("运单号：LP00123456789（云途物流），请注意查收。")]
        public void Leaves_real_values_alone(string text)
        {
            Check.Rule(RuleIds.UnfilledPlaceholder, text).Should().BeEmpty();
        }
    }
}
