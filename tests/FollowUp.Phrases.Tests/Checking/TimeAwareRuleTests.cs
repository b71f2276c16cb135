using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class TimeAwareRuleTests
    {
        private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 6, 0); // Mon 23 Nov 2026 14:00 UTC+8

        private static readonly CheckContext AtNow = new CheckContext { Now = Now };

        [Theory]
        [InlineData("Please confirm the artwork by 5 pm tomorrow so we can start printing.", "5 pm tomorrow")]
        [InlineData("We will call you at 16:00 on Thursday.", "16:00")]
        [InlineData("Payment closes at 11:59 p.m. on 25 Nov 2026.", "11:59 p.m.")]
        [InlineData("请在下午5点前付款。", "5点")]
        [InlineData("Noted. Meeting [10:45] works for us.", "10:45")]
        [InlineData("Pickup at 10:00 et cetera.", "10:00")] // a zone's letters in lower case are a word
        public void Clock_times_without_a_zone_are_flagged(string text, string flagged)
        {
            Check.Rule(RuleIds.MissingTimezone, text).Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Theory]
        [InlineData("Please pay by 23:59 on 25 Nov 2026 (UTC+8).")]
        [InlineData("Would a call on Thursday 26 Nov 2026 at 16:00 CET suit you?")]
        [InlineData("We will call you at 10:00 Beijing time.")]
        [InlineData("Reply by 5 pm your time and we ship the same day.")]
        [InlineData("Handed to DHL at 2026-11-23 14:00 (UTC+8).")]
        [InlineData("北京时间下午5点前付款。")]
        [InlineData("The webinar starts at 3 pm ET on Thursday, 10 December.")] // the US zones without their season
        [InlineData("Call us 9am-5pm PT, Mon-Fri.")]
        [InlineData("A 16:9 screen and 3 pieces per box.")]
        [InlineData("包裹1：1234567890，包裹2：1234567891。")]
        [InlineData("Ref 2:345678 in the attached list.")]
        [InlineData("[10:32] Seller: hi, your parcel shipped today\n[2026-12-01 10:33 pm] Seller: tracking LX123456789CN")]
        public void Times_with_a_zone_and_non_times_pass(string text)
        {
            Check.Rule(RuleIds.MissingTimezone, text).Should().BeEmpty();
        }

        [Theory]
        [InlineData("Please confirm by Friday, 26 Nov 2026.", "Friday, 26 Nov 2026")]
        [InlineData("We ship on Tue 1 Dec 2026.", null)]
        [InlineData("We ship on Wed 1 Dec 2026.", "Wed 1 Dec 2026")]
        [InlineData("Your call is on Nov 27, 2026 (Thursday).", null)]
        [InlineData("请在2026年11月25日（周五）前付款。", "2026年11月25日（周五）")]
        public void Weekdays_must_match_their_dates(string text, string? flagged)
        {
            var findings = Check.Rule(RuleIds.WeekdayMismatch, text);

            if (flagged is null)
            {
                findings.Should().BeEmpty();
            }
            else
            {
                var finding = findings.Should().ContainSingle().Subject;
                finding.Text.Should().Be(flagged);
                finding.Suggestion.Should().Contain("2026");
            }
        }

        [Fact]
        public void A_yearless_weekday_is_judged_only_when_the_send_time_is_known()
        {
            const string text = "Please confirm by Friday, 26 Nov.";

            Check.Rule(RuleIds.WeekdayMismatch, text).Should().BeEmpty();
            Check.Rule(RuleIds.WeekdayMismatch, text, AtNow).Should().ContainSingle();
        }

        [Theory]
        [InlineData("Please pay by 20 Nov 2026 to keep the stock.", "20 Nov 2026")]
        [InlineData("We will ship on 21 Nov.", "21 Nov")]
        [InlineData("请在11月20日前付款。", "11月20日")]
        public void Deadlines_and_promises_already_past_are_flagged(string text, string flagged)
        {
            Check.Rule(RuleIds.PastDate, text, AtNow).Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Theory]
        [InlineData("We shipped your order on 20 Nov 2026.")]
        [InlineData("Your parcel was handed to customs on 19 Nov.")]
        [InlineData("Please pay by 23 Nov 2026.")]
        [InlineData("We will ship on 3 Jan.")]
        public void Reports_of_the_past_today_and_the_future_pass(string text)
        {
            Check.Rule(RuleIds.PastDate, text, AtNow).Should().BeEmpty();
        }

        [Fact]
        public void Past_date_needs_the_send_time()
        {
            Check.Rule(RuleIds.PastDate, "Please pay by 20 Nov 2020.").Should().BeEmpty();
        }

        [Fact]
        public void A_delivery_date_earlier_than_the_carrier_window_is_an_overpromise()
        {
            var order = new OrderSnapshot
            {
                Carrier = "DHL Express",
                DispatchedAt = Instant.FromUtc(2026, 11, 22, 3, 0),
                DeliveryWindow = new DeliveryWindow(7, 10),
                Buyer = new Buyer { Country = "DE" },
            };
            var context = AtNow with { Order = order };

            var early = Check.Rule(RuleIds.Overpromise, "Your parcel will arrive by 27 Nov 2026.", context);
            var fair = Check.Rule(RuleIds.Overpromise, "Your parcel should arrive by 4 Dec 2026.", context);

            var finding = early.Should().ContainSingle().Subject;
            finding.Text.Should().Be("27 Nov 2026");
            finding.Message.Should().Contain("between Tue 1 Dec and Fri 4 Dec 2026");
            fair.Should().BeEmpty();
        }
    }
}
