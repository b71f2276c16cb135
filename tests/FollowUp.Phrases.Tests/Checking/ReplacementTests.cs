using System.Linq;
using System.Text.Json;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Tests.Cli;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class ReplacementTests
    {
        private static readonly CheckContext WithOrder = new CheckContext { Order = EngineFixture.SampleOrder() };

        [Theory]
        [InlineData("We will ship it as soon as possible.", "by Mon 23 Nov 2026")]
        [InlineData("Production will finish soon.", "by Tue 24 Nov 2026")]
        [InlineData("We will get back to you shortly.", "by Sat 5 Dec 2026")]
        public void Vague_timing_offers_the_date_the_order_gives(string text, string replacement)
        {
            Check.Rule(RuleIds.VagueTiming, text, WithOrder).Single().Replacement.Should().Be(replacement);
        }

        [Fact]
        public void Without_a_matching_fact_there_is_no_replacement()
        {
            Check.Rule(RuleIds.VagueTiming, "The weather will improve soon, so the parcel should arrive.").Single().Replacement.Should().BeNull();
        }

        [Fact]
        public void Weekday_and_zone_findings_carry_their_fix()
        {
            Check.Rule(RuleIds.WeekdayMismatch, "Confirm by Friday, 26 Nov 2026.").Single().Replacement.Should().Be("Thu 26 Nov 2026");
            Check.Rule(RuleIds.MissingTimezone, "Call us at 5 pm.").Single().Replacement.Should().Be("5 pm (UTC+8)");
        }

        [Fact]
        public void Sarif_carries_the_fix_as_a_replacement_of_the_flagged_characters()
        {
            var file = CliRunner.TempFile("Confirm by Friday, 26 Nov 2026.");

            var result = CliRunner.Run("", "check", file, "--output", "sarif");

            using var doc = JsonDocument.Parse(result.Out);
            var fix = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("fixes")[0];
            var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
            replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32().Should().Be(11);
            replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().Be("Thu 26 Nov 2026");
        }
    }
}
