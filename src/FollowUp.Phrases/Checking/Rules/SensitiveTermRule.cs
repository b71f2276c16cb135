using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>sensitive-term</c>: a term an active platform or jurisdiction policy restricts, with the policy's reason.</summary>
    internal sealed class SensitiveTermRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.SensitiveTerm,
            Severity.Warning,
            "Term a platform or market restricts",
            "Platforms and ad networks restrict some words and links: external links in Amazon messages, off-platform " +
            "payment on eBay and AliExpress, unconditional 'free shipping' in ads. Switch on the policies of the channels you " +
            "use (WordingCheckerOptions.Policies or 'policies' in followup.json).");

        public SensitiveTermRule(IReadOnlyList<(PolicyTerm Term, string Policy)> terms) => Terms = terms;

        public IReadOnlyList<(PolicyTerm Term, string Policy)> Terms { get; }

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers => null;

        public RuleReach ReachIn(CheckContext context) => Terms.Count == 0 ? RuleReach.Never : RuleReach.Always;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (Terms.Count == 0)
            {
                return;
            }

            var text = a.Text.ToLowerInvariant();
            foreach (var (term, policy) in Terms)
            {
                if ((term.Channels.Count > 0 && !Contains(term.Channels, a.Context.Channel)) || (term.Purposes.Count > 0 && !Contains(term.Purposes, a.Purpose)))
                {
                    continue;
                }

                // "http" and "www." stand for external links: the analysis already knows every link and where it is.
                if (term.Text == "http" || term.Text == "www.")
                {
                    foreach (var link in a.Links)
                    {
                        if (link.Url.StartsWith(term.Text, StringComparison.OrdinalIgnoreCase) && link.VisibleEnd > link.VisibleStart)
                        {
                            findings.Add(a.Report(Rule, severity, link.VisibleStart, link.VisibleEnd, $"'{a.Text.Substring(link.VisibleStart, link.VisibleEnd - link.VisibleStart)}' ({policy}): {term.Message}", "Remove the link; give the information in the message itself."));
                        }
                    }

                    continue;
                }

                var at = text.IndexOf(term.Text, StringComparison.Ordinal);
                while (at >= 0)
                {
                    var end = at + term.Text.Length;
                    var wordStart = at == 0 || !Tokenizer.IsLatinLetterOrDigit(text[at - 1]) || !Tokenizer.IsLatinLetterOrDigit(term.Text[0]);
                    var wordEnd = end >= text.Length || !Tokenizer.IsLatinLetterOrDigit(text[end]) || !Tokenizer.IsLatinLetterOrDigit(term.Text[term.Text.Length - 1]);
                    var token = a.TokenAtOrAfter(at);
                    var quoted = token < a.Tokens.Count && a.Tokens[token].IsQuoted; // the buyer's words, not the seller's
                    if (wordStart && wordEnd && !quoted)
                    {
                        findings.Add(a.Report(Rule, severity, at, end, $"'{a.Text.Substring(at, end - at)}' ({policy}): {term.Message}", "Rephrase, or move it to a channel where it is allowed."));
                    }

                    at = text.IndexOf(term.Text, end, StringComparison.Ordinal);
                }
            }
        }

        private static bool Contains<T>(IReadOnlyList<T> list, T value)
        {
            foreach (var item in list)
            {
                if (EqualityComparer<T>.Default.Equals(item, value))
                {
                    return true;
                }
            }

            return false;
        }

    }
}
