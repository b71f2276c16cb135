using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class MissingOwnerTests
    {
        [Theory]
        [InlineData("Your refund will be issued within 3 working days.", "will be issued")]
        [InlineData("We apologize. A new tracking number will be provided once the replacement ships.", "will be provided")]
        [InlineData("您的退款会在3个工作日内处理。", "会在3个工作日内处理")]
        [InlineData("您的问题将被转交给售后部门处理。", "将被转交")]
        [InlineData("Your order is being processed.", "is being processed")]
        [InlineData("Your issue is being looked into.", "is being looked into")]
        [InlineData("The replacement will be sent out on Friday.", "will be sent out")]
        [InlineData("The parcel will be shipped by 4 Dec 2026.", "will be shipped")]
        [InlineData("A refund will be initiated upon receipt of the item.", "will be initiated")]
        [InlineData("A claim will be filed with the carrier.", "will be filed")]
        [InlineData("Your warranty claim was accepted. A technician will be assigned to it.", "will be assigned")]
        [InlineData("The vessel ETA has moved. The new ETA will be advised on Monday.", "will be advised")]
        [InlineData("The replacement will be shipped to you on Friday.", "will be shipped")] // to the buyer: the seller's action
        [InlineData("Per our call, the tooling fee will be waived.", "will be waived")]
        public void Flags_seller_actions_in_agentless_passive(string text, string flagged)
        {
            var finding = Check.Rule(RuleIds.MissingOwner, text).Should().ContainSingle().Subject;

            finding.Text.Should().Be(flagged);
            finding.IsWholeMessage.Should().BeFalse();
        }

        [Theory]
        [InlineData("Sorry, your parcel is delayed at the sorting centre.")]
        [InlineData("Unfortunately the blue colour is out of stock.")]
        [InlineData("The payment has not been received yet. Your order is on hold.")]
        [InlineData("很抱歉包裹延误了。")]
        [InlineData("亲，很抱歉物流延误了，请耐心等待。")]
        [InlineData("很抱歉，我们已收到您的投诉。")]
        [InlineData("Kindly note that your order has been delayed due to the Chinese New Year holiday.")]
        [InlineData("Sorry for the delay, it's the busiest season and the couriers are running at full capacity.")]
        [InlineData("Your refund request has been escalated and is under review.")]
        [InlineData("Tracking has not moved since Monday. These things happen during peak season.")]
        [InlineData("There has been no movement on the tracking since Monday.")]
        [InlineData("Your order has not shipped yet because the fabric is late.")]
        [InlineData("DHL reports a delivery exception for your parcel.")]
        [InlineData("Kindly be informed that your balance payment is overdue.")]
        [InlineData("The container was rolled to the next vessel. New ETD not confirmed yet.")]
        [InlineData("Your delivery slot is still to be confirmed.")]
        [InlineData("I am afraid the package might be lost.")] // a possibility, but of this package
        [InlineData("亲，您的包裹可能会延误。")]
        [InlineData("Dear Sam,\n\nThank you for your order #5531.\n\n| Item | Qty | Ship date |\n|---|---|---|\n| Lamp | 2 | TBD |\n\nBest,\nNina")]
        [InlineData("hi dear, ur parcel stuck at customs, we check with DHL and update u")] // a habit's tense with no day: no plan
        [InlineData("亲，您的包裹卡在海关了，我们联系物流。")]
        [InlineData("Sorry the parcel is late. Will it arrive this week?")] // the auxiliary asks about the parcel: no step
        [InlineData("The container was rolled over to the next vessel. New ETD TBA.")]
        [InlineData("Hi, we noticed your address is incomplete.")]
        [InlineData("Your parcel is held for inspection by customs.")]
        [InlineData("Votre adresse est incomplète.")]
        [InlineData("The container was rolled over to the next vessel. New ETD TBA.\n\n--\nLily Chen | Sales\nEmail: lily@brightway.example\nContact: +86 755 1234 5678")] // a signature's labels ask nothing
        [InlineData("Something went wrong with your payment.")]
        [InlineData("亲，快递延误了，我们明天，对不起，处理不了。")] // the action is past the clause's mark
        [InlineData("Hi Emma,\n\nYour parcel is delayed at the hub.\n\nBest,\nKevin\n\nThis email and any attachments are confidential. If you received it in error, please notify the sender and delete it.")]
        public void Flags_a_reported_problem_with_no_next_step(string text)
        {
            var finding = Check.Rule(RuleIds.MissingOwner, text).Should().ContainSingle().Subject;

            finding.IsWholeMessage.Should().BeTrue();
            finding.Text.Should().BeNull();
            finding.Start.Should().Be(0);
            finding.Length.Should().Be(text.Length);
        }

        [Theory]
        [InlineData("Sorry for the late reply. Your order shipped on 18 Nov 2026 and was delivered yesterday.")]
        [InlineData("The tracking will be updated within 24 hours of the first scan.")]
        [InlineData("收到付款后会第一时间发货。")]
        [InlineData("我们会在3个工作日内处理您的退款。")]
        [InlineData("您会在3天内收到退款。")]
        [InlineData("订单会在明天发货。")]
        [InlineData("The replacement will be sent out by our warehouse on 2 Dec 2026.")]
        [InlineData("Your parcel will be delivered by the courier tomorrow.")]
        [InlineData("Sorry for the delay. We will call DHL today and update you by 27 Nov 2026.")]
        [InlineData("Unfortunately the blue colour is out of stock. Would you like the grey one instead?")]
        [InlineData("Your parcel is stuck at customs. Please send us your tax ID so we can help clear it.")]
        [InlineData("Sorry for the late reply. I'll send the quotation by 16:00 (UTC+8) today.")]
        [InlineData("很抱歉包裹延误了,我们今天会联系物流公司并在11月25日前回复您。")]
        [InlineData("Your order shipped on 2 Dec 2026. Tracking: LX123456789CN.")]
        [InlineData("Thank you for your order!")]
        [InlineData("Unfortunately, the carrier lost your parcel. We have sent a replacement today, tracking LX998877665CN.")]
        [InlineData("The goods will clear customs without any problem in most countries; DHL handles the paperwork.")]
        [InlineData("Please pay within 2 days, or the order will be cancelled automatically.")]
        [InlineData("亲，很抱歉物流延误了，我们已经联系物流公司，会在明天给您答复。")]
        [InlineData("ur parcel stuck in customs, will check n get back 2 u")] // chat drops the writer's "we"
        [InlineData("The parcel is insured, so nothing can go wrong.")] // a denial reaches over the modal
        [InlineData("The parcel is at the local post office and will be returned to us if not collected within 7 days.")] // the seller receives it
        [InlineData("Your parcel was refused and will be sent back to our warehouse.")]
        [InlineData("Your parcel arrived at the pickup point on 1 Dec 2026 and will be held there for 7 days.")] // the point's service
        [InlineData("Your parcel is at the pickup point and will be held for collection until 9 Dec 2026.")]
        [InlineData("Nothing is wrong with your order; it shipped today.")]
        [InlineData("Sorry for the delay. Will ship tmr.")]
        [InlineData("Sorry, item out of stock. Shall refund today.")]
        [InlineData("The tracking number will be updated in 2-3 days.")]
        [InlineData("We received your complaint. The issue will be investigated by our QC team, who will reply by 30 Nov 2026.")]
        [InlineData("请您放心，您的问题我们一定帮您解决。")]
        [InlineData("Your complaint reference is C-4471. Our quality manager, Mr. Li, will call you on Monday 30 Nov 2026 at 10:00 CET.")]
        [InlineData("Sorry to hear that the item arrived damaged. We will send you a replacement by 28 Nov 2026 at no cost.")]
        [InlineData("物流没有延误，请放心。")]
        [InlineData("放心，我们的包裹不会丢件。")]
        [InlineData("Tracking has not moved since Monday. I've opened a trace with DHL and will send you their answer by 4 Dec 2026.")]
        [InlineData("Your order has not shipped yet because the fabric is late. We will ship it on 7 Dec 2026.")]
        [InlineData("Kindly be informed that your balance payment is overdue. Please pay it by 4 Dec 2026.")]
        [InlineData("hi dear, ur parcel stuck at customs, we check with DHL tmr & update u")]
        [InlineData("Sorry, the parcel is delayed. Our warehouse ships the replacement on 4 Dec 2026.")]
        [InlineData("We need your tax ID to clear the parcel, which is held at customs.")]
        [InlineData("Your order shipped today, tracking LX123456789CN. Please note that delays may occur during the holidays.")]
        [InlineData("亲，您的订单已发货，物流时效一般是7-15天，旺季可能会有延误。")]
        [InlineData("亲，您反馈的质量问题我们已经收到，会在24小时内给您答复。")]
        [InlineData("亲，您的包裹卡在海关了，我们今天联系物流，明天给您回复。")]
        [InlineData("亲，快递延误了，我们明天上午10点前给您回复。")] // the plan's action after a clock time
        public void Passes_messages_that_name_who_acts_next(string text)
        {
            Check.Rule(RuleIds.MissingOwner, text).Should().BeEmpty();
        }
    }
}
