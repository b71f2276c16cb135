using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Timing;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>vague-timing</c>: a time expression about an order action that gives the reader no checkable date, time or
    /// duration. Event-anchored wording ("as soon as the tracking updates"), closings ("hope to see you again soon"),
    /// the past, quotes, names and URLs are not vague timing.
    /// </summary>
    internal sealed class VagueTimingRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.VagueTiming,
            Severity.Warning,
            "Timing the buyer cannot check",
            "Words like 'soon', 'ASAP' or 'in a few days' give the buyer nothing to hold you to, so they ask again, open a " +
            "dispute or leave. Give a date ('by Fri 27 Nov 2026 (UTC+8)'), a duration ('within 24 hours', '7–10 working " +
            "days') or the event that triggers the step ('as soon as the carrier scans the parcel').");

        /// <summary>Every word and phrase the rule looks for, for baselines and documentation.</summary>
        internal static IEnumerable<string> Terms => Languages.LanguagePacks.BuiltIn.VocabularyFor(System.Array.Empty<string>()).Timing.VagueTerms;

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        // A vague phrase or word, or "in a few days": a lead, a quantity and a unit.
        public RuleTriggers? Triggers { get; } = new RuleTriggers(
            TextFeatures.Chinese,
            new[] { WordGroup.Of("timing.vague-phrases", "timing.vague-words") },
            new[] { WordGroup.Of("timing.few-leads"), WordGroup.Of("timing.quantifiers"), WordGroup.Of("timing.units") });

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            foreach (var timing in a.Timing)
            {
                if (timing.Kind == TimingKind.Vague)
                {
                    Add(a, severity, findings, timing.Start, timing.End);
                }
            }
        }

        /// <summary>"by Mon 23 Nov 2026" from the order's facts, when the clause says what the date is for.</summary>
        private static string? ReplacementFor(MessageAnalysis a, int start)
        {
            if (a.Context.Order is not Lifecycle.OrderSnapshot order)
            {
                return null;
            }

            var clause = a.ClauseOf(a.TokenAtOrAfter(start));
            var zone = a.Context.TimeZone ?? SellerTime.ChinaStandardTime;
            NodaTime.LocalDate? date = null;
            if (a.AnyWord(clause.First, clause.End, a.Vocabulary.Words("vague-timing.ship-words")))
            {
                date = order.ShipBy;
            }
            else if (a.AnyWord(clause.First, clause.End, a.Vocabulary.Words("vague-timing.make-words")))
            {
                date = order.ExpectedCompletion;
            }
            else if (a.AnyWord(clause.First, clause.End, a.Vocabulary.Words("vague-timing.reply-words")))
            {
                date = order.ReplyBy?.InZone(zone).Date;
            }

            if (date is not NodaTime.LocalDate d)
            {
                return null;
            }

            var language = FindingWording.LanguageOf(a, start, start);
            return FindingWording.Text(a, language, Rule.Id, "replacement", ("date", DateNames.Format(d, language)));
        }

        private static void Add(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings, int start, int end)
        {
            var language = FindingWording.LanguageOf(a, start, end);
            var replacement = ReplacementFor(a, start);
            var proposed = replacement is null ? FindingWording.ProposedDate(a, language) : null;
            var suggestion = replacement != null ? "suggestionFromOrder" : proposed != null ? "suggestionWithDate" : "suggestion";
            findings.Add(FindingWording.ReportWithReplacement(a, Rule, severity, start, end, language, "message", suggestion, replacement, ("replacement", replacement), ("date", proposed)));
        }
    }
}
