using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>weekday-mismatch</c>: "Friday, 26 Nov 2026" when 26 Nov 2026 is a Thursday — the buyer cannot tell which one you mean.</summary>
    internal sealed class WeekdayMismatchRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.WeekdayMismatch,
            Severity.Error,
            "Weekday does not match the date",
            "A weekday and a date that disagree make a deadline ambiguous, and buyers pick the later one. Render dates " +
            "from the order's facts (the engine's | day helper writes both correctly) or fix the weekday.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Chinese | TextFeatures.WeekdayNames);

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            foreach (var e in a.TimeExpressions)
            {
                if (e.Kind != TimeExpressionKind.Date || e.Weekday is not IsoDayOfWeek claimed)
                {
                    continue;
                }

                int year;
                if (e.Year is int written)
                {
                    year = written;
                }
                else if (a.Context.Now is Instant now)
                {
                    year = DateRules.NearestYear(e, now, a.Context);
                }
                else
                {
                    continue; // no year and no send time: the weekday cannot be judged
                }

                if (e.DateIn(year) is not LocalDate date || date.DayOfWeek == claimed)
                {
                    continue;
                }

                var (start, end) = a.Span(e);
                var language = FindingWording.LanguageOf(a, start, end);
                var correct = DateNames.Format(date, a.Context.Locale ?? language);
                findings.Add(FindingWording.ReportWithReplacement(
                    a,
                    Rule,
                    severity,
                    start,
                    end,
                    language,
                    "message",
                    "suggestion",
                    correct,
                    ("correct", correct),
                    ("actual", FindingWording.WeekdayName(a, language, date.DayOfWeek)),
                    ("claimed", FindingWording.WeekdayName(a, language, claimed))));
            }
        }
    }
}
