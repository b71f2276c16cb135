using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class OverpromiseTests
    {
        [Theory]
        [InlineData("It will surely reach you before New Year.", "surely reach you before New Year")]
        [InlineData("We guarantee delivery within 5 days.", "guarantee delivery within 5 days")]
        [InlineData("Delivery is guaranteed by Christmas.", "Delivery is guaranteed by Christmas")]
        [InlineData("Rest assured, customs won't charge any fees.", "Rest assured, customs won't charge any fees")]
        [InlineData("This kettle will never leak.", "will never leak")]
        [InlineData("Risk-free for you: order today.", "Risk-free for you")]
        [InlineData("We are 100% sure the parcel will arrive on Monday.", "100% sure the parcel will arrive on Monday")]
        [InlineData("我们保证您一定在周五前收到。", "保证您一定在周五前收到")]
        [InlineData("零风险,放心购买。", "零风险")]
        [InlineData("I promise you will get it before the weekend.", "promise you will get it before the weekend")]
        [InlineData("Your replacement is guaranteed to work perfectly.", "guaranteed to work perfectly")]
        [InlineData("With express shipping, your package is sure to arrive in 3 days.", "sure to arrive in 3 days")]
        [InlineData("No customs fees, guaranteed!", "customs fees, guaranteed")]
        [InlineData("Don't worry, the parcel won't get lost.", "won't get lost")]
        [InlineData("你放心，绝对不会有任何问题。", "绝对不会有任何问题")]
        [InlineData("Customs never hold our shipments.", "never hold our shipments")]
        [InlineData("UPS never loses a parcel.", "never loses a parcel")]
        [InlineData("We are confident your parcel will arrive safely.", "We are confident your parcel will arrive safely")]
        [InlineData("It ships today with DHL, no problem 100%!", "no problem 100%")]
        [InlineData("放心，百分之百不会丢件。", "百分之百不会丢件")]
        [InlineData("Delivery: guaranteed by Dec 20.", "Delivery: guaranteed by Dec 20")]
        [InlineData("Your parcel is insured and fully tracked, so there's zero chance of it getting lost.", "zero chance of it getting lost")]
        [InlineData("Order: #7781\nDelivery\nGuaranteed by Dec 20", "Guaranteed by Dec 20")]
        [InlineData("If you order today, it arrives before Christmas — guaranteed.", "arrives before Christmas — guaranteed")]
        [InlineData("We guarantee delivery by 10:30 tomorrow.", "guarantee delivery by 10:30 tomorrow")]
        [InlineData("DHL will definitely deliver it by Friday.", "definitely deliver it by Friday")]
        [InlineData("No tax, no customs fees, no worries – guaranteed!", "customs fees, no worries – guaranteed")]
        [InlineData("Customs definitely will not charge you.", "Customs definitely will not charge you")]
        [InlineData("No import duties will be charged on this shipment, we guarantee it.", "duties will be charged on this shipment, we guarantee it")]
        [InlineData("order confirmed, ship in 2-3 days, no worries 100% safe delivery", "100% safe delivery")] // "no" denies the worries
        [InlineData("亲，您的包裹100%不会被海关扣留，请放心！", "100%不会被海关扣留")] // 百分百 in figures
        [InlineData("亲，包裹100%安全到达。", "100%安全到达")]
        public void Flags_certainty_about_what_the_seller_does_not_control(string text, string flagged)
        {
            var findings = Check.Rule(RuleIds.Overpromise, text);

            var finding = findings.Should().ContainSingle().Subject;
            finding.Text.Should().Be(flagged);
            finding.Severity.Should().Be(Severity.Error);
        }

        [Theory]
        [InlineData("We guarantee a full refund if the parcel does not reach you within 30 days.")]
        [InlineData("We offer a 30-day money-back guarantee.")]
        [InlineData("The shirt is 100% cotton.")]
        [InlineData("It ships with FedEx, which offers a delivery guarantee on this service.")]
        [InlineData("We will definitely ship it today.")]
        [InlineData("We cannot guarantee the delivery date, but DHL estimates 3-5 working days.")]
        [InlineData("We will never share your address with third parties.")]
        [InlineData("We promise to reply within 24 hours.")]
        [InlineData("This lamp will definitely brighten your room.")]
        [InlineData("如果30天内未收到,我们保证全额退款。")]
        [InlineData("Please make sure to check the parcel when it arrives.")]
        [InlineData("We guarantee you will get a full refund if it is lost.")]
        [InlineData("Don't worry, we will 100% refund you if the item does not arrive.")]
        [InlineData("We guarantee delivery within 20 days or your money back.")]
        [InlineData("It is certainly possible that customs will hold it for a few days.")]
        [InlineData("Never worry about customs fees: we pay them.")]
        [InlineData("Customs never contacted us about your parcel, so we asked DHL and will reply by 4 Dec 2026.")]
        [InlineData("We never ship late.")]
        [InlineData("We are confident we can ship by Friday 4 Dec 2026.")]
        [InlineData("We are not confident the parcel will arrive before Christmas.")]
        [InlineData("It normally takes 10-15 days. We surely hope it reaches you before Christmas.")]
        [InlineData("We will definitely try to get it to you before the weekend.")]
        [InlineData("Quality: 100% guaranteed.")]
        [InlineData("Note: guaranteed refund if the parcel is lost.")]
        [InlineData("Thanks for waiting. Guaranteed by our warranty: free repairs for 12 months.")]
        [InlineData("We refund the amount if the parcel does not arrive by 10 Dec 2026 — we guarantee that.")]
        [InlineData("FedEx guarantees delivery by 10:30 (CET) the next business day for Priority Overnight.")]
        [InlineData("We definitely will not charge you twice.")]
        [InlineData("We will definitely not charge you twice.")]
        [InlineData("DHL has guaranteed delivery on 9 Dec 2026 for this service.")]
        [InlineData("We refund the amount, if the parcel does not arrive by 10 Dec 2026 — guaranteed.")]
        [InlineData("There is no real guarantee of delivery before Christmas.")]
        [InlineData("本产品100%纯棉。")] // a product fact
        public void Leaves_remedies_product_facts_and_the_sellers_own_actions_alone(string text)
        {
            Check.Rule(RuleIds.Overpromise, text).Should().BeEmpty();
        }

        [Fact]
        public void A_table_cell_labelled_with_an_outcome_is_read_with_its_label()
        {
            const string html = "<table><tr><td>Order</td><td>#7781</td></tr><tr><td>Delivery</td><td>Guaranteed by Dec 20</td></tr></table>";

            var finding = Check.Rule(RuleIds.Overpromise, html, CheckContext.Default with { Format = MessageFormat.Html }).Should().ContainSingle().Subject;

            finding.Text.Should().Be("Guaranteed by Dec 20");
        }
    }
}
