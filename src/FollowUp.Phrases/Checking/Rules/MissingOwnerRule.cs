using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>missing-owner</c>: nobody owns the next step. Either a seller action is promised in agentless passive voice
    /// ("a full refund will be processed"), or the message reports a problem or pending item and no sentence gives the
    /// next step to anyone ("we will…", "please…", "could you…").
    /// </summary>
    internal sealed class MissingOwnerRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingOwner,
            Severity.Warning,
            "Nobody owns the next step",
            "'Your refund will be processed' tells the buyer nothing about who acts or whom to chase, and reads as a brush-off. " +
            "Name the owner ('we will refund you by 27 Nov 2026', 'our after-sales team will reply within 24 hours') or give the " +
            "buyer a clear step ('please reply with a photo'). A message about a delay or problem always needs one.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        // A seller action in the passive ("be", "being" or a pack's passive auxiliary with a seller action), or a reported
        // problem (a problem phrase, or a negated auxiliary with a problem's participle: "has not updated").
        public RuleTriggers? Triggers { get; } = new RuleTriggers(
            TextFeatures.Chinese,
            new[] { WordGroup.Of("steps.seller-actions"), new WordGroup(lists: new[] { "steps.passive-auxiliaries", "steps.reflexive-passive-markers" }, words: new[] { "be", "being" }) },
            new[] { new WordGroup(new[] { "steps.problems" }, notAfterConditional: true) },
            new[] { WordGroup.Of("steps.negated-auxiliaries"), new WordGroup(everyWordOf: new[] { "steps.problems" }, notAfterConditional: true) });

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var passives = 0;
            foreach (var step in a.NextSteps)
            {
                if (step.Kind == StepKind.Passive && step.Actor == StepActor.Unknown)
                {
                    passives++;
                    var text = a.Text.Substring(step.Start, step.End - step.Start);
                    var participle = text.Substring(text.LastIndexOf(' ') + 1).ToLowerInvariant();
                    var language = FindingWording.LanguageOf(a, step.Start, step.End);
                    // "is being looked into" reads best turned round as "we will look into it".
                    var suggestion = participle == "into" || participle == "looked" ? "suggestionLookInto" : "suggestion";
                    findings.Add(FindingWording.Report(a, Rule, severity, step.Start, step.End, language, "message", suggestion));
                }
            }

            // A flagged passive is already the unowned next step; saying it twice adds noise.
            if (passives > 0 || a.Problems.Count == 0 || a.NextSteps.Any(s => s.HasOwner))
            {
                return;
            }

            var problem = a.Problems[0];
            var proposed = FindingWording.ProposedDate(a, FindingWording.LanguageOf(a, -1, -1));
            findings.Add(FindingWording.ReportWholeMessage(
                a,
                Rule,
                severity,
                "messageProblem",
                proposed is null ? "suggestionProblem" : "suggestionProblemWithDate",
                ("problem", a.Text.Substring(problem.Start, problem.End - problem.Start)),
                ("date", proposed)));
        }

    }
}
