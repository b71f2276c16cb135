using System.Diagnostics;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    /// <summary>
    /// A guard against quadratic behaviour, not a speed measurement (that is the benchmark project's job): the cost
    /// per character of a 1 MB message may not be many times the cost per character of a 16 KB one.
    /// </summary>
    [Collection(nameof(LinearTimeTests))]
    public sealed class LinearTimeTests
    {
        private const string Paragraph =
            "Dear customer, we are sorry for the delay. Your order will be shipped soon and is guaranteed to arrive " +
            "before Christmas! Please pay by Friday, 26 Nov 2026 at 5 pm. Track it at https://track.example.com/123 or " +
            "write to help@shop.example. \"Can it arrive soon?\" you asked. 我们会尽快发货。<b>bold</b> &amp; more.\n";

        /// <summary>The shapes that once made some part of the checker super-linear, each repeated to size.</summary>
        public static TheoryData<string, MessageFormat> Shapes => new TheoryData<string, MessageFormat>
        {
            { "findings", MessageFormat.Text },
            { "html", MessageFormat.Html },
            { "markers", MessageFormat.Text },
            { "cjk-run", MessageFormat.Text },
            { "newlines", MessageFormat.Text },
            { "one-line", MessageFormat.Text },
        };

        public static string Unit(string shape) => shape switch
        {
            "findings" or "html" => Paragraph,
            "markers" => "<!-- followup-ignore vague-timing: ok -->\nWe will ship soon.\n",
            "cjk-run" => "尽快",
            "newlines" => "soon\n\n\n\r\n\n",
            "one-line" => Paragraph.Replace('\n', ' '),
            _ => throw new System.ArgumentOutOfRangeException(nameof(shape)),
        };

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Cost_per_character_stays_flat_as_messages_grow(string shape, MessageFormat format)
        {
            var context = new CheckContext { Format = format, Purpose = MessagePurpose.Marketing, Now = NodaTime.Instant.FromUtc(2026, 11, 23, 6, 0) };
            var unit = Unit(shape);
            var small = string.Concat(Enumerable.Repeat(unit, 16 * 1024 / unit.Length));
            var large = string.Concat(Enumerable.Repeat(unit, 512 * 1024 / unit.Length));

            var smallCost = BestOf(5, small, context) / small.Length;
            var largeCost = BestOf(3, large, context) / large.Length;

            largeCost.Should().BeLessThan(smallCost * 6, "checking must stay linear: {0:F1} ns/char at 16 KB vs {1:F1} ns/char at 512 KB", smallCost * 1e9, largeCost * 1e9);
        }

        private static double BestOf(int runs, string text, CheckContext context)
        {
            WordingChecker.Default.Check(text, context);
            var best = double.MaxValue;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                WordingChecker.Default.Check(text, context);
                best = System.Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            return best;
        }
    }

    /// <summary>The linear-time guard runs alone: other test classes running beside it on two cores would be measured too.</summary>
    [CollectionDefinition(nameof(LinearTimeTests), DisableParallelization = true)]
    public sealed class LinearTimeTestsCollection
    {
    }
}
