using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>missing-unsubscribe</c>: a marketing email with no working way to opt out — a http(s) or mailto link beside
    /// "unsubscribe", "opt out", "stop receiving", "manage email preferences" or "退订", or whose address says so.
    /// </summary>
    internal sealed class MissingUnsubscribeRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingUnsubscribe,
            Severity.Error,
            "Marketing email without a working opt-out link",
            "CAN-SPAM, GDPR and CASL require a working opt-out in every commercial email, and Gmail and Yahoo reject bulk " +
            "senders without one. Words alone ('you can unsubscribe at any time') or a link to '#' do not count: add a " +
            "link whose text or address says unsubscribe.");

        private static readonly PhraseSet OptOutWords = new PhraseSet(
            "unsubscribe", "unsubscribing", "opt out", "opt-out", "optout", "stop receiving", "stop these emails",
            "manage your email preferences", "manage email preferences", "email preferences", "e-mail preferences",
            "manage preferences", "manage your preferences", "subscription preferences", "communication preferences",
            "email settings", "e-mail settings", "subscription settings", "manage subscription", "manage your subscription",
            "remove me", "remove yourself", "no longer wish to receive", "no longer want to receive",
            "abmelden", "abbestellen", "austragen", "darse de baja", "date de baja", "baja", "cancelar suscripción",
            "desuscribirse", "désabonner", "se désinscrire");

        private static readonly string[] ChineseOptOut = { "退订", "取消订阅", "退出订阅" };

        private static readonly string[] UrlOptOut = { "unsubscribe", "unsub", "optout", "opt-out", "opt_out", "preferences", "prefs", "email-settings", "email_settings", "subscription", "退订" };

        // How far from a link an opt-out word may stand and still label it ("Unsubscribe: https://…").
        private const int LabelReach = 160;

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        /// <summary>When true, transactional emails need an opt-out link too (a stricter house policy).</summary>
        public bool RequireOnEveryEmail { get; set; }

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var context = a.Context;
            if (context.Channel != Channel.Email || (a.Purpose != MessagePurpose.Marketing && !RequireOnEveryEmail))
            {
                return;
            }

            foreach (var link in a.Links)
            {
                if (link.IsWorking && IsOptOut(a, link))
                {
                    return;
                }
            }

            findings.Add(a.ReportWholeMessage(
                Rule,
                severity,
                "This marketing email has no working unsubscribe link; anti-spam law (CAN-SPAM, GDPR, CASL) requires one and mailbox providers filter mail without it.",
                "Add a link such as 'Unsubscribe: https://shop.example/unsubscribe?u=…' (render it from marketing.unsubscribe_url)."));
        }

        private static bool IsOptOut(MessageAnalysis a, Link link)
        {
            var url = link.Url.ToLowerInvariant();
            foreach (var word in UrlOptOut)
            {
                if (url.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            // The link's own text, then the words just before or after it in the same sentence.
            var tokens = a.Tokens;
            var from = a.TokenAtOrAfter(Math.Max(0, link.VisibleStart - LabelReach));
            var to = Math.Min(tokens.Count, a.TokenAtOrAfter(link.VisibleEnd + LabelReach / 2) + 1);
            for (var i = from; i < to; i++)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Link || t.IsQuoted)
                {
                    continue;
                }

                var near = (t.Start >= link.VisibleStart && t.End <= link.VisibleEnd)
                           || (t.End <= link.VisibleStart && link.VisibleStart - t.End <= LabelReach && SameSentence(a, i, link))
                           || (t.Start >= link.VisibleEnd && t.Start - link.VisibleEnd <= LabelReach / 2 && SameSentence(a, i, link));
                if (!near)
                {
                    continue;
                }

                if (OptOutWords.Match(a, i, tokens.Count, allowNames: true) > 0)
                {
                    return true;
                }

                if (t.Kind == TokenKind.Cjk && Array.Exists(ChineseOptOut, w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameSentence(MessageAnalysis a, int tokenIndex, Link link)
        {
            var sentence = a.SentenceOf(tokenIndex);
            var first = a.Tokens[sentence.First].Start;
            var last = a.Tokens[sentence.End - 1].End;
            return link.VisibleStart >= first && link.VisibleStart <= last + 1;
        }
    }
}
