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
                    findings.Add(a.Report(
                        Rule,
                        severity,
                        step.Start,
                        step.End,
                        $"'{text}' does not say who will do it; the buyer cannot tell whom to chase or whether anyone is on it.",
                        a.Tokens[a.TokenAtOrAfter(step.Start)].Kind == TokenKind.Cjk
                            ? "写明由谁负责、何时完成，例如：'我们会在11月27日前为您处理退款。'"
                            : $"Name the owner: 'we {ActiveHint(participle)}…', 'our after-sales team {ActiveHint(participle)}…', with a date."));
                }
            }

            // A flagged passive is already the unowned next step; saying it twice adds noise.
            if (passives > 0 || a.Problems.Count == 0 || a.NextSteps.Any(s => s.HasOwner))
            {
                return;
            }

            var problem = a.Problems[0];
            findings.Add(a.ReportWholeMessage(
                Rule,
                severity,
                $"The message reports a problem ('{a.Text.Substring(problem.Start, problem.End - problem.Start)}') but no sentence says who does what next; the buyer is left to chase you or open a case.",
                "Add the next step with its owner and a date: 'We will contact DHL today and update you by 27 Nov 2026 (UTC+8).'"));
        }

        // "looked into" → "will look into it".
        private static string ActiveHint(string lastWord) => "will " + (lastWord == "into" || lastWord == "looked" ? "look into it" : "take care of this");
    }
}
