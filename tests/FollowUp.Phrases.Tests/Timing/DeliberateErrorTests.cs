using System;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    /// <summary>Every error the library throws on purpose is a FollowUpException a host can catch in one place, with a message in words (no " (Parameter …)").</summary>
    public sealed class DeliberateErrorTests
    {
        public static TheoryData<string, Action> Errors => new TheoryData<string, Action>
        {
            { "policy", () => Policies.Get("amazn") },
            { "calendar", () => WorkingCalendars.BuiltIn.Get("XX") },
            { "deadline", () => Deadlines.BuiltIn.Get("ebay-retrun") },
            { "lead time", () => ProductionLeadTimes.Default.For("toys") },
            { "language pack", () => _ = LanguagePacks.BuiltIn["it"] },
            { "time zone", () => SellerTime.ResolveZone("Asia/Shenzen") },
            { "stage", () => OrderStages.Parse("shiped") },
            { "checker options", () => new WordingChecker(new WordingCheckerOptions { MaxFindings = 0 }) },
            { "engine options", () => new PhraseEngine(new PhraseEngineOptions { DefaultLocale = " " }) },
            { "time", () => SellerTime.Parse("tomorrow at five") },
        };

        [Theory]
        [MemberData(nameof(Errors))]
        public void A_deliberate_error_is_a_FollowUpException_in_words(string what, Action act)
        {
            var e = act.Should().Throw<FollowUpException>().Which;
            e.Message.Should().NotContain("(Parameter", what);
        }

        [Fact]
        public void An_unknown_id_lists_the_known_ones()
        {
            var e = FluentActions.Invoking(() => Policies.Get("amazn")).Should().Throw<ConfigurationException>().Which;
            e.Setting.Should().Be("policy");
            e.Value.Should().Be("amazn");
            e.Known.Should().Contain("amazon");
        }

        [Fact]
        public void Callers_that_branch_have_forms_that_do_not_throw()
        {
            SellerTime.ResolveZoneOrNull("Asia/Shenzen").Should().BeNull();
            SellerTime.ResolveZoneOrNull("UTC+8").Should().NotBeNull();
            SellerTime.TryParse("tomorrow at five", null, out _).Should().BeFalse();
            WorkingCalendars.BuiltIn.TryGet("XX", out _).Should().BeFalse();
            Deadlines.BuiltIn.TryGet("ebay-retrun", out _).Should().BeFalse();
            Deadlines.BuiltIn.TryGet("ebay-return-request", out _).Should().BeTrue();
            ProductionLeadTimes.Default.TryFor("toys", out _).Should().BeFalse();
            Policies.TryGet("amazn", out _).Should().BeFalse();
            Policies.TryGet("amazon", out _).Should().BeTrue();
            LanguagePacks.BuiltIn.GetOrNull("it").Should().BeNull();
        }
    }
}
