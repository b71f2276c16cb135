using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>missing-timezone</c>: a clock time with no zone. "By 5 pm" is 5 pm in Shenzhen to the seller and in Hamburg to the buyer.</summary>
    internal sealed class MissingTimezoneRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingTimezone,
            Severity.Warning,
            "Clock time without a time zone",
            "The seller works in UTC+8 and the buyer in their own zone, up to 16 hours apart. A time without a zone is a " +
            "deadline both sides read differently. Write the zone ('17:00 (UTC+8)') or both clocks ('17:00 (UTC+8) / 10:00 CET').");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Chinese | TextFeatures.ClockMark);

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            foreach (var e in a.TimeExpressions)
            {
                if (e.Kind != TimeExpressionKind.ClockTime || e.HasZone)
                {
                    continue;
                }

                var (start, stop) = a.Span(e);
                var zone = Timing.SellerTime.OffsetLabel((a.Context.TimeZone ?? Timing.SellerTime.ChinaStandardTime).GetUtcOffset(a.Context.Now ?? NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)));
                if (e.EndToken < a.Tokens.Count && a.Vocabulary.Words("missing-timezone.relative-days").Contains(a.Tokens[e.EndToken]))
                {
                    stop = a.Tokens[e.EndToken].End; // "5 pm tomorrow": the day is part of the deadline
                }

                var text = a.Text.Substring(start, stop - start);
                var language = FindingWording.LanguageOf(a, start, stop);
                findings.Add(FindingWording.Report(a, Rule, severity, start, stop, language, "message", "suggestion", ("zone", zone)) with { Replacement = $"{text} ({zone})" });
            }
        }
    }
}
