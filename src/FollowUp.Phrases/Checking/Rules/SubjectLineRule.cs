using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>subject-line</c> (subjects only): empty; generic ("Hello", "Price"); "Re:"/"Fwd:" on a new message; or no order
    /// or PI number when the message is about an order the context names.
    /// </summary>
    internal sealed class SubjectLineRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.SubjectLine,
            Severity.Warning,
            "Subject line that does not say what the message is about",
            "Buyers and their mail filters judge a message by its subject. Name the order or PI and the news: " +
            "'Order AE-20931 shipped with DHL – tracking 1234567890'. Never fake a reply with 'Re:'.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        // A rule of subject lines: a body never gives it anything to report.
        public RuleTriggers? Triggers => null;

        public RuleReach ReachIn(CheckContext context) => RuleReach.Never;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (!a.IsSubject)
            {
                return;
            }

            var text = a.Text.Trim();
            if (text.Length == 0)
            {
                findings.Add(a.ReportWholeMessage(Rule, severity, "The subject is empty; buyers and spam filters skip such mail.", "Name the order and the news, e.g. 'Order AE-20931 shipped'."));
                return;
            }

            var bare = Bare(text);
            if (a.Vocabulary.EntrySet("subject-line.generic").Contains(bare))
            {
                findings.Add(a.ReportWholeMessage(Rule, severity, $"'{text}' says nothing about the message; it reads as spam or is skipped.", "Name the order or product and what happened, e.g. 'PI 2026-118 ready for your confirmation'."));
                return;
            }

            if (a.Context.IsReply == false && LooksLikeReply(text))
            {
                var prefix = text.IndexOf(':') > 0 ? text.IndexOf(':') + 1 : 2;
                findings.Add(a.Report(Rule, severity, 0, Math.Min(prefix, a.Text.Length), "A new message dressed as a reply or forward misleads the buyer and mail filters.", "Drop the 'Re:'/'Fwd:' prefix."));
                return;
            }

            if (AboutAnOrder(a.Context) && a.Purpose == MessagePurpose.Transactional && MissingOrder(text, a.Context) is string id)
            {
                findings.Add(a.ReportWholeMessage(Rule, severity, $"The subject does not name the order ({id}); buyers with several orders cannot tell which one this is about.", $"Put '{id}' in the subject."));
            }
        }

        /// <summary>
        /// Whether the rule could report anything on <paramref name="subject"/> (read as it is: text the normalizer would
        /// rewrite is not asked about) under <paramref name="context"/>, when the subject-line lists of every pack are
        /// <paramref name="generic"/>. The same tests as <see cref="Check"/>, each answered "maybe" where only the reading
        /// can tell (the generic list of the languages detected, the purpose when the context gives none): a checker skips
        /// reading a subject line that nothing else needs read when this is false.
        /// </summary>
        internal static bool MayReport(string subject, CheckContext context, HashSet<string> generic, int longestGeneric)
        {
            var text = subject.Trim();
            return text.Length == 0
                || (BareLength(text) <= longestGeneric && generic.Contains(Bare(text)))
                || (context.IsReply == false && LooksLikeReply(text))
                || (AboutAnOrder(context) && context.Purpose is null or MessagePurpose.Transactional && MissingOrder(text, context) != null);
        }

        // No character outside ASCII lower-cases to these prefixes' letters, so ignoring ASCII case is the same test as
        // lower-casing the subject (which, for a subject with a dash or an accent, went through the culture tables).
        private static bool LooksLikeReply(string text) =>
            text.StartsWith("re:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("fwd:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("fw:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("回复", StringComparison.Ordinal) || text.StartsWith("转发", StringComparison.Ordinal);

        // Only a transactional message about an order must name it; pre-sale and marketing mail has no order to name.
        private static bool AboutAnOrder(CheckContext context) =>
            context.Stage is Lifecycle.OrderStage stage && stage != Lifecycle.OrderStage.Inquiry && context.Order != null;

        // The order's number when the subject names neither it nor the PI, else null.
        private static string? MissingOrder(string text, CheckContext context)
        {
            var order = context.Order!;
            var id = order.OrderId ?? order.PiNumber;
            return !string.IsNullOrWhiteSpace(id) && text.IndexOf(id!, StringComparison.OrdinalIgnoreCase) < 0
                && (order.PiNumber is null || text.IndexOf(order.PiNumber, StringComparison.OrdinalIgnoreCase) < 0)
                ? id
                : null;
        }

        // The subject lower-cased with only its letters, digits and spaces, trimmed: "Hello!!" is the generic "hello".
        // Lower-cased a character at a time (the same mapping as the whole string's), into one buffer.
        private static string Bare(string text)
        {
            var chars = text.Length <= 256 ? (t_bare ??= new char[256]) : new char[text.Length];
            var n = 0;
            foreach (var c in text)
            {
                if (IsBare(c))
                {
                    chars[n++] = Text.InvariantLower.Of(c);
                }
            }

            return new string(chars, 0, n).Trim();
        }

        // The length of Bare(text), without making it: a subject longer than every generic one is none of them, and most
        // subjects name an order (a string and a set look-up per rendered message, for nothing).
        private static int BareLength(string text)
        {
            // The letters, digits and spaces kept, less the spaces before the first other one and after the last.
            int kept = 0, first = -1, last = -1;
            foreach (var c in text)
            {
                if (!IsBare(c))
                {
                    continue;
                }

                if (c != ' ')
                {
                    first = first < 0 ? kept : first;
                    last = kept;
                }

                kept++;
            }

            return first < 0 ? 0 : last - first + 1;
        }

        // The characters a subject's bare form keeps: letters, digits and spaces.
        private static bool IsBare(char c) => char.IsLetterOrDigit(c) || c == ' ';

        [ThreadStatic]
        private static char[]? t_bare;
    }
}
