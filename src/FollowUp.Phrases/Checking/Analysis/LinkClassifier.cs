using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Gives every link its role from its address and the words that label it: the anchor text, or the words just
    /// before or after it in the same sentence ("Unsubscribe: https://…", "track it here: …").
    /// </summary>
    internal sealed class LinkClassifier
    {
        public LinkClassifier(Vocabulary v)
        {
            LabelRoles = new[]
            {
                (LinkRole.Tracking, v.Phrases("links.tracking-labels"), v.Terms("links.tracking-labels")),
                (LinkRole.Review, v.Phrases("links.review-labels"), v.Terms("links.review-labels")),
                (LinkRole.Payment, v.Phrases("links.payment-labels"), v.Terms("links.payment-labels")),
                (LinkRole.Product, v.Phrases("links.product-labels"), v.Terms("links.product-labels")),
            };
            OptOutWords = v.Phrases("links.opt-out-words");
            ChineseOptOut = v.Terms("links.opt-out-words");
            _optOut = new[] { (LinkRole.Unsubscribe, OptOutWords, ChineseOptOut) };

            // Every word that starts a label or an opt-out phrase, as one hot list: the words near a link are read for five
            // lists, and most of them start none — one bit of the token says so.
            _starters = v.Hot(v.ListOf(OptOutWords.FirstWords.Concat(LabelRoles.SelectMany(r => r.Words.FirstWords))));
            UrlOptOut = new TermSet(v.Entries("links.url-opt-out"));
        }

        public PhraseSet OptOutWords { get; }

        public TermSet ChineseOptOut { get; }

        private TermSet UrlOptOut { get; }

        // Carriers and trackers by host; the other roles by what the path says ("shop.example" is a host, not a shop page).
        private static readonly (LinkRole Role, TermSet Hosts, TermSet Paths)[] UrlRoles = new (LinkRole, string[], string[])[]
        {
            (LinkRole.Tracking, new[] { "17track", "parcelsapp", "aftership", "cainiao", "dhl.", "ups.com", "fedex.", "usps.", "royalmail", "dpd.", "gls-", "hermes", "postnl", "correos", "laposte", "ems.com", "track" }, new[] { "track" }),
            (LinkRole.Review, Array.Empty<string>(), new[] { "review", "feedback", "rating" }),
            (LinkRole.Payment, new[] { "paypal", "stripe", "alipay" }, new[] { "pay", "checkout", "invoice", "billing" }),
            (LinkRole.Contact, new[] { "wa.me", "whatsapp", "m.me" }, new[] { "/chat", "/contact" }),
            (LinkRole.Product, Array.Empty<string>(), new[] { "/product", "/products", "/item", "/dp/", "/p/", "/collections", "/collection", "/shop", "/store", "/new", "/sale", "/deals", "/category", "/catalog" }),
        }.Select(r => (r.Item1, new TermSet(r.Item2), new TermSet(r.Item3))).ToArray();

        // The first words of every phrase Labels reads.
        private readonly WordList _starters;

        // The opt-out words as the one role Labels reads within LabelReach.
        private readonly (LinkRole Role, PhraseSet Words, TermSet Chinese)[] _optOut;

        // Words that label a link with its role ("track it here: https://…"), from the packs.
        private (LinkRole Role, PhraseSet Words, TermSet Chinese)[] LabelRoles { get; }

        // How far from a link an opt-out word may stand and still label it ("Unsubscribe: https://…").
        private const int LabelReach = 160;

        // Other roles read only the link's own text and a few words before it: "track it here: https://…".
        private const int ShortReach = 40;

        public void Classify(MessageAnalysis a, IReadOnlyList<Link> links)
        {
            foreach (var link in links)
            {
                link.Role = Role(a, link);
            }
        }

        private LinkRole Role(MessageAnalysis a, Link link)
        {
            var url = link.Url.ToLowerInvariant();
            if (UrlOptOut.AnyIn(url) || Labels(a, link, LabelReach, _optOut, 1) != 0)
            {
                return LinkRole.Unsubscribe;
            }

            if (url.StartsWith("mailto:", StringComparison.Ordinal))
            {
                return LinkRole.Contact;
            }

            var (host, path) = Split(url);
            foreach (var (role, hosts, paths) in UrlRoles)
            {
                if (hosts.AnyIn(host) || paths.AnyIn(path))
                {
                    return role;
                }
            }

            // The label roles share their reach: one pass over the words near the link answers all of them, and the
            // first role in their order that any word labels wins, as asking each role in turn did.
            var labelled = Labels(a, link, ShortReach, LabelRoles, LabelRoles.Length);
            for (var r = 0; r < LabelRoles.Length; r++)
            {
                if ((labelled & (1u << r)) != 0)
                {
                    return LabelRoles[r].Role;
                }
            }

            return LinkRole.Other;
        }

        private static readonly char[] PathStarts = { '/', '?', '#' };

        private static (string Host, string Path) Split(string url)
        {
            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            var hostStart = scheme < 0 ? 0 : scheme + 3;
            var slash = url.IndexOfAny(PathStarts, hostStart);
            return slash < 0 ? (url.Substring(hostStart), "") : (url.Substring(hostStart, slash - hostStart), url.Substring(slash));
        }

        /// <summary>
        /// Which of the first <paramref name="count"/> <paramref name="roles"/> the words near the link label it with, a bit
        /// per role in their order: the link's own text, words within <paramref name="reach"/> before it in its sentence, or
        /// words right after it up to the first break ("Click URL to unsubscribe"). Words after a bracket, dash or comma are
        /// about something else: "20% off at URL (you can opt out any time)" does not make the shop link an opt-out link.
        /// The pass stops once the first role is found, since it wins whatever else is found.
        /// </summary>
        private uint Labels(MessageAnalysis a, Link link, int reach, (LinkRole Role, PhraseSet Words, TermSet Chinese)[] roles, int count)
        {
            uint found = 0;
            var tokens = a.Tokens;
            var from = a.TokenAtOrAfter(Math.Max(0, link.VisibleStart - reach));
            var to = Math.Min(tokens.Count, a.TokenAtOrAfter(link.VisibleEnd + reach / 2) + 1);
            int sentenceFirst = 0, sentenceEnd = 0; // the sentence of the token read, looked up once per sentence
            var sameSentence = false;
            for (var i = from; i < to; i++)
            {
                ref readonly var t = ref tokens[i];
                if (t.Start >= link.VisibleEnd && t.Kind == TokenKind.Punct && IsBreak(t.Lower))
                {
                    break; // what follows the break is about something else
                }

                if (t.Kind == TokenKind.Link || t.IsQuoted || (t.Kind != TokenKind.Cjk && !_starters.Contains(t)))
                {
                    continue;
                }

                if (i >= sentenceEnd || i < sentenceFirst)
                {
                    var sentence = a.SentenceOf(i);
                    (sentenceFirst, sentenceEnd) = (sentence.First, sentence.End);
                    sameSentence = SameSentence(a, sentence, link);
                }

                var near = (t.Start >= link.VisibleStart && t.End <= link.VisibleEnd)
                           || (t.End <= link.VisibleStart && link.VisibleStart - t.End <= reach && sameSentence)
                           || (t.Start >= link.VisibleEnd && t.Start - link.VisibleEnd <= reach / 2 && sameSentence);
                if (!near)
                {
                    continue;
                }

                for (var r = 0; r < count; r++)
                {
                    if ((found & (1u << r)) == 0
                        && (roles[r].Words.Match(a, i, tokens.Count, allowNames: true) > 0 || (t.Kind == TokenKind.Cjk && roles[r].Chinese.AnyIn(t.Lower))))
                    {
                        found |= 1u << r;
                    }
                }

                if ((found & 1) != 0)
                {
                    return found;
                }
            }

            return found;
        }

        private static bool IsBreak(string punct) => punct.Length == 1 && "(—–-;,:\n[".IndexOf(punct[0]) >= 0;

        private static bool SameSentence(MessageAnalysis a, Sentence sentence, Link link)
        {
            var first = a.Tokens[sentence.First].Start;
            var last = a.Tokens[sentence.End - 1].End;
            return link.VisibleStart >= first && link.VisibleStart <= last + 1;
        }
    }
}
