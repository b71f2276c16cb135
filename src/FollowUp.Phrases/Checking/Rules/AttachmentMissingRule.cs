using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>attachment-missing</c>: "please find attached" when the message carries no attachment.</summary>
    internal sealed class AttachmentMissingRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.AttachmentMissing,
            Severity.Warning,
            "Attachment mentioned but missing",
            "A PI, invoice or photo promised as attached and not there costs a round trip and looks careless. Attach it, " +
            "or link to it. The check runs when the caller says how many files are attached (CheckContext.AttachmentCount).");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        public RuleTriggers? Triggers { get; } = RuleTriggers.Any(TextFeatures.Chinese, "attachment-missing.mentions");

        public RuleReach ReachIn(CheckContext context) => context.AttachmentCount == 0 ? RuleReach.Screened : RuleReach.Never;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (a.Context.AttachmentCount != 0)
            {
                return; // unknown, or something is attached
            }

            var tokens = a.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var length = a.Vocabulary.Phrases("attachment-missing.mentions").Match(a, i, tokens.Count, allowNames: true);
                var cjk = tokens[i].Kind == TokenKind.Cjk && !tokens[i].IsQuoted && a.Vocabulary.Terms("attachment-missing.mentions").AnyIn(tokens[i].Lower);
                if (length == 0 && !cjk)
                {
                    continue;
                }

                var (start, end) = length > 0 ? a.Span(i, i + length) : a.Span(i, i + 1);
                findings.Add(a.Report(Rule, severity, start, end,
                    "The message says something is attached, but nothing is.", "Attach the file, or replace the sentence with a link to it."));
                return;
            }
        }
    }
}
