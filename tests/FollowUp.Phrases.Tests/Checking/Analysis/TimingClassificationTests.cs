using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    public sealed class TimingClassificationTests
    {
        private static string[] Timing(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            return a.Timing.Select(t => $"{t.Kind}: {a.Text.Substring(t.Start, t.End - t.Start)}").ToArray();
        }

        [Theory]
        [InlineData("We will ship by Fri 27 Nov 2026.", "Absolute: Fri 27 Nov 2026")]
        [InlineData("Please confirm by 16:00 (UTC+8).", "Absolute: 16:00")]
        [InlineData("我们将于12月2日发货。", "Absolute: 12月2日")]
        [InlineData("We will reply within 24 hours.", "Range: within 24 hours")]
        [InlineData("Delivery takes 7–10 working days.", "Range: 7–10 working days")]
        [InlineData("It ships in 3 to 5 business days.", "Range: in 3 to 5 business days")]
        [InlineData("我们会在3个工作日内发货。", "Range: 3个工作日内发货")]
        [InlineData("We will update you as soon as the tracking updates.", "EventAnchored: as soon as the tracking updates")]
        [InlineData("Once we receive your payment, we will ship it.", "EventAnchored: Once we receive your payment")]
        [InlineData("我们会在发货后第一时间通知您。", "EventAnchored: 我们会在发货后第一时间")]
        [InlineData("We will ship it soon.", "Vague: soon")]
        [InlineData("We will refund you as soon as possible.", "Vague: as soon as possible")]
        [InlineData("It will arrive in a few business days.", "Vague: in a few business days")]
        [InlineData("我们会尽快处理。", "Vague: 尽快")]
        [InlineData("Hope to see you again soon!", "Pleasantry: soon")]
        [InlineData("期待很快收到您的回复。", "Pleasantry: 很快")]
        public void Each_time_expression_is_classified(string text, string expected) => Timing(text).Should().Contain(expected);

        [Fact]
        public void Dates_and_other_timing_come_in_text_order()
        {
            // Dates are found first, the rest sentence by sentence: the reading hands them over by position.
            const string text = "Once we receive your payment, we ship soon, on 4 Dec 2026, within 3 days, then ASAP by 16:00 (UTC+8).\n"
                + "We will reply as soon as possible; delivery takes 7–10 working days from 5 Dec. Hope to see you soon!";
            var a = new MessageAnalysis(text, CheckContext.Default);
            var spans = a.Timing.Select(t => (t.Start, t.End)).ToArray();
            spans.Should().BeInAscendingOrder(s => s.Start);
            spans.Should().HaveCountGreaterThan(6);
            for (var i = 1; i < spans.Length; i++)
            {
                (spans[i - 1].Start < spans[i].Start || spans[i - 1].End <= spans[i].End).Should().BeTrue();
            }

            a.Timing.Select(t => t.Kind).Should().Contain(new[] { TimingKind.EventAnchored, TimingKind.Vague, TimingKind.Absolute, TimingKind.Range, TimingKind.Pleasantry });
        }

        [Theory]
        [InlineData("The page has not updated for a few days.")]
        [InlineData("It shipped quickly, as you saw yesterday.")]
        [InlineData("Mr. Soon will call you on Tue 24 Nov 2026 at 10:00 CET.")]
        [InlineData("You asked \"will it arrive soon?\" — it arrived on 2 Dec 2026.")]
        [InlineData("See https://shop.example/?ref=soon for the manual.")]
        public void The_past_names_quotes_and_urls_are_never_vague(string text) =>
            Timing(text).Should().NotContain(t => t.StartsWith("Vague"));

        [Fact]
        public void Phrases_are_reported_in_order_of_position()
        {
            Timing("We will ship soon and reply within 2 hours; delivery by 4 Dec 2026.")
                .Should().Equal("Vague: soon", "Range: within 2 hours", "Absolute: 4 Dec 2026");
        }

        [Fact]
        public void Vague_timing_is_exactly_the_vague_class()
        {
            const string text = "We will ship it soon. Hope to see you again soon! Once paid, we ship within 24 hours.";
            var a = new MessageAnalysis(text, CheckContext.Default);
            var vague = a.Timing.Where(t => t.Kind == TimingKind.Vague).Select(t => t.Start).ToArray();

            WordingChecker.Default.Check(text).Where(d => d.Rule == RuleIds.VagueTiming).Select(d => d.Start).Should().Equal(vague);
            vague.Should().ContainSingle();
        }
    }
}
