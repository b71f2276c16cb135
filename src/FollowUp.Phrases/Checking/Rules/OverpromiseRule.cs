using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>overpromise</c>: certainty about an outcome the seller does not control (carrier delivery, customs, damage in
    /// transit) or an absolute claim ("zero risk", "will never overheat"). Remedies the seller controls ("we guarantee a
    /// full refund"), product facts ("100% cotton") and guarantees a named service carries ("UPS on-time guarantee") pass.
    /// </summary>
    internal sealed class OverpromiseRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.Overpromise,
            Severity.Error,
            "Certainty about what the seller does not control",
            "Carriers, customs and weather decide when a parcel arrives and what duty is charged. A promise you cannot keep " +
            "becomes an 'item not as described' or 'not received' case you lose. Promise what you control — the dispatch " +
            "date, the refund or reshipment if something goes wrong — and quote the carrier's estimate as an estimate.");

        /// <summary>Every marker the rule looks for, for baselines and documentation.</summary>
        internal static IEnumerable<string> Terms => Languages.LanguagePacks.BuiltIn.VocabularyFor(System.Array.Empty<string>()).Commitments.Terms;

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        // A claim starts from an absolute, a frequency or a never-claim ("will not" included); a certainty marker claims
        // only with an outcome it is about ("get" as in "you will get it"); "every parcel" needs a parcel. The order's
        // delivery window can make any arrival date a promise, so with an order every message with a date's shape is read
        // (or Chinese, read anyway).
        public RuleTriggers? Triggers { get; } = new RuleTriggers(
            TextFeatures.Chinese,
            new[] { new WordGroup(lists: new[] { "claims.absolutes", "claims.frequency-markers", "claims.absolute-negations" }, words: new[] { "will not" }) },
            new[] { WordGroup.Of("claims.markers"), new WordGroup(lists: new[] { "claims.outcomes" }, words: new[] { "get" }) },
            new[] { WordGroup.Of("claims.quantifier-markers"), WordGroup.Of("claims.shipment-nouns") });

        public RuleReach ReachIn(CheckContext context) => context.Order is null ? RuleReach.Screened : RuleReach.ScreenedAlsoOn(TextFeatures.DateShape);

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            CheckPromisedDelivery(a, severity, findings);

            // Only certain claims can overpromise (a plain "we will ship" is planned): the next steps are not read for them.
            foreach (var commitment in a.Claims)
            {
                if (!commitment.IsOverpromise)
                {
                    continue;
                }

                var language = FindingWording.LanguageOf(a, commitment.Start, commitment.End);
                var proposed = FindingWording.ProposedDate(a, language);
                findings.Add(FindingWording.Report(a, Rule, severity, commitment.Start, commitment.End, language, "message", proposed is null ? "suggestion" : "suggestionWithDate", ("date", proposed)));
            }
        }

        /// <summary>A delivery date earlier than the earliest day the carrier's window allows is a promise the carrier will break.</summary>
        private static void CheckPromisedDelivery(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (a.Context.Order is not Lifecycle.OrderSnapshot order
                || Lifecycle.OrderFacts.EstimatedDelivery(order, a.Context.Calendars ?? Timing.WorkingCalendars.BuiltIn) is not Timing.DateRange window)
            {
                return;
            }

            foreach (var e in a.TimeExpressions)
            {
                if (e.Kind != TimeExpressionKind.Date)
                {
                    continue;
                }

                // The date's arithmetic first: only a date before the window's first day needs its clause read.
                var year = e.Year ?? window.Earliest.Year;
                if (e.DateIn(year) is not NodaTime.LocalDate date || date >= window.Earliest)
                {
                    continue;
                }

                var clause = a.ClauseOf(e.FirstToken);
                var aboutArrival = a.AnyWord(clause.First, clause.End, a.Vocabulary.Words("overpromise.arrival-words")) || a.ChineseContains(clause.First, clause.End, a.Vocabulary.Terms("overpromise.arrival-words"));
                if (!aboutArrival || !DateRules.IsCommitment(a, e))
                {
                    continue;
                }

                findings.Add(EarlierThanWindow(a, severity, e, order, window));
            }
        }

        // The finding for a promised date before the carrier's window: a method of its own, so the closure over the
        // order and the window is made for a finding, not for every message with an order.
        private static Diagnostic EarlierThanWindow(MessageAnalysis a, Severity severity, TimeExpression e, Lifecycle.OrderSnapshot order, Timing.DateRange window) =>
            a.Report(
                Rule,
                severity,
                e,
                text => $"'{text}' is earlier than the carrier's window allows: dispatched {Timing.SellerTime.Default.Format(order.DispatchedAt!.Value)}, {order.Carrier ?? "the carrier"} estimates {window.Format("en")}.",
                $"Quote the carrier's window instead: 'estimated delivery {window.Format("en")}'.");
    }
}
