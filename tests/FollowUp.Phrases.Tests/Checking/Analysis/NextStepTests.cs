using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    public sealed class NextStepTests
    {
        private static string[] Steps(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            return a.NextSteps.Select(s => $"{s.Kind} by {s.Actor}: {a.Text.Substring(s.Start, s.End - s.Start)}"
                + (s.Trigger is { } t ? $" | {t.Kind}: {a.Text.Substring(t.Start, t.End - t.Start)}" : "")).ToArray();
        }

        [Theory]
        [InlineData("We will refund you by 27 Nov 2026.", "Promise by Seller: We will refund you by 27 Nov 2026 | Absolute: 27 Nov 2026")]
        [InlineData("Our after-sales team will reply within 24 hours.", "Promise by Seller: Our after-sales team will reply within 24 hours | Range: within 24 hours")]
        [InlineData("DHL will collect the parcel tomorrow.", "Promise by ThirdParty: DHL will collect the parcel tomorrow | Absolute: tomorrow")]
        [InlineData("Please reply with a photo of the damage.", "Request by Buyer: Please reply with a photo of the damage")]
        [InlineData("Could you send us the order number?", "Request by Buyer: Could you send us the order number")]
        [InlineData("Contact us on WhatsApp.", "Request by Buyer: Contact us on WhatsApp")]
        [InlineData("We are checking with the carrier.", "InProgress by Seller: We are checking with the carrier")]
        [InlineData("We have sent a replacement.", "Done by Seller: We have sent a replacement")]
        [InlineData("Your refund will be processed soon.", "Passive by Unknown: will be processed | Vague: soon")]
        [InlineData("The case will be reviewed by our QC team.", "Passive by Seller: will be reviewed")]
        [InlineData("The parcel will be inspected by customs.", "Passive by ThirdParty: will be inspected")]
        [InlineData("Unpaid orders will be cancelled automatically.", "Passive by System: will be cancelled")]
        [InlineData("我们会在发货后第一时间通知您。", "Promise by Seller: 我们会在发货后第一时间通知您 | EventAnchored: 我们会在发货后第一时间")]
        [InlineData("请确认收货地址。", "Request by Buyer: 请确认收货地址")]
        [InlineData("We can reship it at no cost.", "Promise by Seller: We can reship it at no cost")]
        [InlineData("Which do you prefer, a refund or a new one?", "Request by Buyer: Which do you prefer")]
        public void Each_step_has_its_kind_actor_and_trigger(string text, string expected) => Steps(text).Should().Contain(expected);

        [Theory]
        [InlineData("Please be patient.")]
        [InlineData("请耐心等待。")]
        [InlineData("Thank you for your order.")]
        [InlineData("It will arrive next week.")]
        public void Reassurance_and_status_hand_on_no_step(string text) =>
            new MessageAnalysis(text, CheckContext.Default).NextSteps.Should().NotContain(s => s.HasOwner);

        [Fact]
        public void Problems_are_found_outside_conditions_and_negations()
        {
            var a = new MessageAnalysis("Your parcel is delayed at customs. Let us know if anything is wrong. It shipped without any problem.", CheckContext.Default);

            a.Problems.Select(p => a.Text.Substring(p.Start, p.End - p.Start)).Should().Equal("delayed");
        }

        [Fact]
        public void Missing_owner_is_the_query_over_steps_and_problems()
        {
            const string problem = "Your parcel is delayed at customs.";
            WordingChecker.Default.Check(problem).Should().ContainSingle(d => d.Rule == RuleIds.MissingOwner && d.IsWholeMessage);
            WordingChecker.Default.Check(problem + " DHL will contact you today.").Should().NotContain(d => d.Rule == RuleIds.MissingOwner);
            WordingChecker.Default.Check(problem + " Please reply with your phone number.").Should().NotContain(d => d.Rule == RuleIds.MissingOwner);
            WordingChecker.Default.Check("Unfortunately your parcel was returned to sender. We can reship it at no cost or refund you in full — which do you prefer?")
                .Should().NotContain(d => d.Rule == RuleIds.MissingOwner, "an offer with a question hands the choice to the buyer");
        }
    }
}
