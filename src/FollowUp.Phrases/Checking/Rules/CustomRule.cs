using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>Runs a user's <see cref="IMessageRule"/> like a built-in rule, over the public reading of the message.</summary>
    internal sealed class CustomRule : IWordingRule
    {
        private readonly IMessageRule _rule;

        public CustomRule(IMessageRule rule)
        {
            _rule = rule;
            Descriptor = rule.Descriptor;
        }

        public RuleDescriptor Descriptor { get; }

        public bool AppliesToSubject => true;

        // A user's rule may report on anything: every message it checks is read.
        public RuleTriggers? Triggers => null;

        public RuleReach ReachIn(CheckContext context) => RuleReach.Always;

        public void Check(MessageAnalysis analysis, Severity severity, ICollection<Diagnostic> findings) =>
            _rule.Check(analysis.Snapshot, new RuleFindings(analysis, Descriptor, severity, findings));
    }
}
