using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>A rule is a small query over the shared <see cref="MessageAnalysis"/>.</summary>
    internal interface IWordingRule
    {
        RuleDescriptor Descriptor { get; }

        /// <summary>Whether the rule may fire on a subject line, where there is no body to own a next step or carry a link.</summary>
        bool AppliesToSubject { get; }

        /// <summary>What a message must hold for the rule to report anything; null when the rule cannot say (it is then <see cref="RuleReach.Always"/>).</summary>
        RuleTriggers? Triggers { get; }

        /// <summary>Whether the rule can report anything under <paramref name="context"/> (a body, not a subject line).</summary>
        RuleReach ReachIn(CheckContext context);

        void Check(MessageAnalysis analysis, Severity severity, ICollection<Diagnostic> findings);
    }
}
