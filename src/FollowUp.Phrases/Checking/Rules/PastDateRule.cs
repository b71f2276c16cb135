using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>past-date</c>: a date promised or asked for that is already past when the message is sent ("please pay by 20 Nov" on 22 Nov).</summary>
    internal sealed class PastDateRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.PastDate,
            Severity.Error,
            "Date already past",
            "A deadline or promise dated in the past reads as a template nobody checked, or as a missed commitment. " +
            "Render dates from the order's facts at send time. Needs the send time (CheckContext.Now).");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Chinese | TextFeatures.DateShape);

        public RuleReach ReachIn(CheckContext context) => context.Now is null ? RuleReach.Never : RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (a.Context.Now is not Instant now)
            {
                return;
            }

            var today = DateRules.Today(a.Context, now);
            foreach (var e in a.TimeExpressions)
            {
                if (e.Kind != TimeExpressionKind.Date)
                {
                    continue;
                }

                // Whether the date is past is arithmetic; whether it is a commitment reads its clause: asked only of a past
                // date (most dates in a follow-up are today's or ahead).
                var year = e.Year ?? DateRules.NearestYear(e, now, a.Context);
                if (e.DateIn(year) is not LocalDate date || date >= today || !DateRules.IsCommitment(a, e))
                {
                    continue;
                }

                var (start, end) = a.Span(e);
                var language = FindingWording.LanguageOf(a, start, end);
                findings.Add(FindingWording.Report(a, Rule, severity, start, end, language, "message", "suggestion", ("today", DateNames.Format(today, language))));
            }
        }
    }
}
