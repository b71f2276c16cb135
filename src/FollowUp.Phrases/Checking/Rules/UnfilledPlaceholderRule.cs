using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>unfilled-placeholder</c>: template text that was never filled in — <c>×××</c>, <c>XXX</c>, <c>[Date]</c>,
    /// <c>(Your name)</c>, <c>{{ buyer.name }}</c>, <c>&lt;tracking number&gt;</c>, <c>【订单号】</c>. Sending it tells the
    /// buyer the message is a form letter nobody read.
    /// </summary>
    internal sealed class UnfilledPlaceholderRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.UnfilledPlaceholder,
            Severity.Error,
            "Placeholder left in the message",
            "A message with '×××' or '[Date]' in it shows the buyer a form letter nobody checked, and leaves out the fact " +
            "they needed. Render messages from the order's facts (the engine refuses to leave a fact blank) or fill the gap.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Placeholder);

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            foreach (var (start, end) in a.Placeholders)
            {
                findings.Add(a.Report(
                    Rule,
                    severity,
                    start,
                    end,
                    $"'{a.Text.Substring(start, end - start)}' is a placeholder nobody filled in; the buyer sees a form letter and misses the fact.",
                    "Fill it from the order's facts, e.g. {{ shipment.tracking_number }} rendered by the phrase engine."));
            }
        }
    }
}
