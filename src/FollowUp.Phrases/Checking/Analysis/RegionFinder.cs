using System;
using System.Linq;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Splits a message into greeting, body, signature, footer and quoted reply. Line-based and conservative: a part is
    /// only marked when a reader would agree at a glance ("&gt;" lines, "On … wrote:", "Best regards,"), and anything
    /// unclear stays body, so the rules keep checking it.
    /// </summary>
    internal sealed class RegionFinder
    {
        // The first words of reply headers in any pack ("on", "from", "von", "-----"): a line starting otherwise is no
        // header, said by a bit of its first token (a hot list) instead of hashing the word at every line.
        private WordList ReplyHeaderOpeners { get; }

        private string[] ChineseReplyHeaderOpeners { get; }

        private string[] OriginalMessageMarkers { get; }

        // "On … wrote:" as (start, end) of the header line.
        private (string Start, string End)[] ReplyHeaders { get; }

        public RegionFinder(Vocabulary v)
        {
            ReplyHeaderOpeners = v.Hot(v.ListOf(v.EntriesOfEveryPack("regions.reply-header-openers").Where(e => !Vocabulary.IsUnspaced(e))));
            ChineseReplyHeaderOpeners = v.EntriesOfEveryPack("regions.reply-header-openers").Where(Vocabulary.IsUnspaced).ToArray();
            // A quoted header is in the language of the buyer's mail program, not of this message: every pack's count.
            ReplyHeaders = v.EntriesOfEveryPack("regions.reply-headers").Select(h => (h.Substring(0, h.IndexOf('…')), h.Substring(h.IndexOf('…') + 1))).ToArray();
            OriginalMessageMarkers = v.EntriesOfEveryPack("regions.original-message-markers");
            HeaderSenders = v.EntriesOfEveryPack("regions.header-senders").Select(e => e.ToLowerInvariant()).ToArray();
            HeaderFields = v.EntriesOfEveryPack("regions.header-fields").Select(e => "\n" + e.ToLowerInvariant()).ToArray();
            Greetings = v.Phrases("regions.greetings");
            ChineseGreetings = v.Terms("regions.greetings");
            Closings = v.Phrases("regions.closings");
            ChineseClosings = v.Terms("regions.closings");
            FooterWords = v.Phrases("regions.footer-words");
            ChineseFooter = v.Terms("regions.footer-words");
            _longestClosing = Math.Max(1, Closings.All.Select(p => p.Length).DefaultIfEmpty(0).Max());
            FooterOpeners = v.Hot(v.ListOf(FooterWords.FirstWords.Concat(v.Phrases("links.opt-out-words").FirstWords).Concat(new[] { "©" })));
        }

        // Every word footer wording or an opt-out phrase starts with, and "©": other words pass with one remembered bit.
        private WordList FooterOpeners { get; }

        private PhraseSet Greetings { get; }

        private TermSet ChineseGreetings { get; }

        // A closing stands before the sender's name: "Best regards," / "Thanks," / "此致".
        private PhraseSet Closings { get; }

        private TermSet ChineseClosings { get; }

        // What list and legal footers say besides the opt-out wording links are labelled with.
        private PhraseSet FooterWords { get; }

        private TermSet ChineseFooter { get; }

        // How many words a signature may hold after its closing; more is body text that happens to start "Thanks,".
        private const int MaxSignatureWords = 14;

        // The tokens of the longest closing (at least one: a Chinese closing is one run).
        private readonly int _longestClosing;

        public MessageRegionKind[] Find(MessageAnalysis a, bool isSubject)
        {
            var tokens = a.Tokens;
            // From SpareArray (for a long message a large object from the shared pool), given back once regions are runs.
            // It may be longer than the tokens, so loops stop at the token count.
            var kinds = SpareArray<MessageRegionKind>.Take(Math.Max(1, tokens.Count));
            Array.Clear(kinds, 0, tokens.Count);
            if (isSubject)
            {
                for (var i = 0; i < tokens.Count; i++)
                {
                    kinds[i] = MessageRegionKind.Subject;
                }

                return kinds;
            }

            var replyStart = MarkQuotedReply(a, kinds);
            var footerStart = FindFooter(a, kinds, replyStart);
            var signatureStart = FindSignature(a, kinds, footerStart);
            Fill(kinds, signatureStart, footerStart, MessageRegionKind.Signature);
            Fill(kinds, footerStart, replyStart, MessageRegionKind.Footer);
            MarkGreeting(a, kinds, signatureStart);

            // The markup says it outright: a <blockquote> is quoted whatever the wording guessed; a <footer> claims body text.
            foreach (var (kind, start, end) in a.Visible.MarkedRegions)
            {
                for (var i = a.TokenAtOrAfter(start); i < a.TokenAtOrAfter(end) && i < a.Tokens.Count; i++)
                {
                    if (kind == MessageRegionKind.QuotedReply || kinds[i] == MessageRegionKind.Body)
                    {
                        kinds[i] = kind;
                    }
                }
            }

            return kinds;
        }

        private void Fill(MessageRegionKind[] kinds, int from, int to, MessageRegionKind kind)
        {
            for (var i = from; i < to && i < kinds.Length; i++)
            {
                if (kinds[i] == MessageRegionKind.Body)
                {
                    kinds[i] = kind;
                }
            }
        }

        /// <summary>
        /// Whether the message holds a quoted reply: a "&gt;" line, a reply header, or HTML's <c>&lt;blockquote&gt;</c>.
        /// The reading must know at once (a quoted reply's tokens are marked quoted, which every later pass reads, and its
        /// links are dropped); the other regions can wait for a rule that asks where a sentence stands.
        /// </summary>
        public bool HasQuotedReply(MessageAnalysis a)
        {
            foreach (var (kind, _, _) in a.Visible.MarkedRegions)
            {
                if (kind == MessageRegionKind.QuotedReply)
                {
                    return true;
                }
            }

            return MarkQuotedReply(a, null) < a.Tokens.Count;
        }

        /// <summary>
        /// Marks "&gt;" lines and everything from a reply header on; returns the first token of that tail. With no
        /// <paramref name="kinds"/> nothing is marked, and a "&gt;" line's first token is returned as a header's would be.
        /// </summary>
        private int MarkQuotedReply(MessageAnalysis a, MessageRegionKind[]? kinds)
        {
            // A line ends at a line break, and every line break ends a sentence (none is quoted while sentences are split:
            // a quotation ends with its line), or is the blank line's second one, joined to the sentence before it: the
            // lines are found at the sentences' ends, not by asking every token.
            var tokens = a.Tokens;
            var lineFirst = 0;
            foreach (var sentence in a.Sentences)
            {
                var last = sentence.End - 1;
                if (last < sentence.First || !tokens[last].Is("\n"))
                {
                    continue;
                }

                var lineEnd = last > sentence.First && tokens[last - 1].Is("\n") ? last - 1 : last; // the line between is empty
                if (QuotedLine(a, kinds, lineFirst, lineEnd) is int replyStart)
                {
                    return replyStart;
                }

                lineFirst = last + 1;
            }

            return QuotedLine(a, kinds, lineFirst, tokens.Count) ?? tokens.Count;
        }

        // Marks the line of tokens [first, end) when it is a "&gt;" line; the first token of the reply when it is a reply
        // header (everything from it on marked), else null. Without kinds, a "&gt;" line's first token too.
        private int? QuotedLine(MessageAnalysis a, MessageRegionKind[]? kinds, int first, int end)
        {
            if (end <= first)
            {
                return null;
            }

            if (a.Tokens[first].Is(">"))
            {
                if (kinds is null)
                {
                    return first;
                }

                for (var k = first; k < end; k++)
                {
                    kinds[k] = MessageRegionKind.QuotedReply;
                }

                return null;
            }

            if (!IsReplyHeader(a, first, end))
            {
                return null;
            }

            for (var k = first; kinds != null && k < a.Tokens.Count; k++)
            {
                kinds[k] = MessageRegionKind.QuotedReply;
            }

            return first;
        }

        // The first field of a header block ("from:", "von:", "发件人") and the fields after it, each after a line break.
        private string[] HeaderSenders { get; }

        private string[] HeaderFields { get; }

        /// <summary>"On Mon, 23 Nov 2026, Anna wrote:", "-----Original Message-----", "From: … Sent: …", "在…写道：".</summary>
        private bool IsReplyHeader(MessageAnalysis a, int first, int end)
        {
            var tokens = a.Tokens;

            // Only a line that opens like a header is read as a string: most lines cost one comparison.
            if (!(ReplyHeaderOpeners.Contains(tokens[first])
                  || (tokens[first].Kind == TokenKind.Cjk && TermSearch.AnyStarts(tokens[first].Lower, ChineseReplyHeaderOpeners))))
            {
                return false;
            }

            var line = a.Text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start).Trim();
            var lower = line.ToLowerInvariant();
            if (IsReplyHeaderLine(lower))
            {
                return true;
            }

            if (lower.StartsWith("-", StringComparison.Ordinal) && TermSearch.AnyIn(lower, OriginalMessageMarkers))
            {
                return true;
            }

            // "From: Anna <anna@example.com>" ("Von:", "De :", "发件人") followed by "Sent:"/"Date:"/"Subject:" ("Gesendet:",
            // "Asunto:", "Objet :", "发送时间") on one of the next lines: a forwarded header block, in any pack's words.
            if (TermSearch.AnyStarts(lower, HeaderSenders))
            {
                var rest = a.Text.Substring(tokens[end - 1].End, Math.Min(300, a.Text.Length - tokens[end - 1].End)).ToLowerInvariant();
                return TermSearch.AnyIn(rest, HeaderFields);
            }

            return false;
        }

        // "on … wrote:" in any pack's words, as (start, end) of the lower-cased line. A loop, not a lambda: one capturing
        // the line would be allocated at every line this is asked of, header or not.
        private bool IsReplyHeaderLine(string lower)
        {
            foreach (var (start, end) in ReplyHeaders)
            {
                if (lower.Length > start.Length + end.Length && lower.StartsWith(start, StringComparison.Ordinal) && lower.EndsWith(end, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first token of the footer: where footer wording starts in the last part of the message, or <paramref name="limit"/>.</summary>
        private int FindFooter(MessageAnalysis a, MessageRegionKind[] kinds, int limit)
        {
            var optOut = a.Vocabulary.Links.OptOutWords;
            foreach (var sentence in a.Sentences)
            {
                if (sentence.First >= limit)
                {
                    break;
                }

                // A sentence with no word footer wording starts with, and no Chinese, is passed by whole: most are.
                if ((sentence.Holds & SentenceHolds.Chinese) == 0 && !sentence.MayHold(FooterOpeners))
                {
                    continue;
                }

                for (var i = sentence.First; i < sentence.End && i < limit; i++)
                {
                    if (FooterAt(a, kinds, i, limit, optOut) is int start)
                    {
                        return start;
                    }
                }
            }

            return limit;
        }

        // The footer's first token when footer wording starts at token i, or null.
        private int? FooterAt(MessageAnalysis a, MessageRegionKind[] kinds, int i, int limit, PhraseSet optOut)
        {
            var tokens = a.Tokens;
            ref readonly var t = ref tokens[i];
            if (t.IsQuoted || kinds[i] != MessageRegionKind.Body || (t.Kind != TokenKind.Cjk && !FooterOpeners.Contains(t)))
            {
                return null;
            }

            var marker = FooterWords.Match(a, i, limit, allowNames: true) > 0
                || optOut.Match(a, i, limit, allowNames: true) > 0
                || (t.Kind == TokenKind.Cjk && (ChineseFooter.AnyIn(t.Lower)
                                                || a.Vocabulary.Links.ChineseOptOut.AnyIn(t.Lower)))
                || t.Is("©");
            if (!marker)
            {
                return null;
            }

            // The footer starts where its line, sentence or '|' section does; a footer never opens the message.
            var start = i;
            while (start > 0 && !IsSectionBreak(a, start - 1))
            {
                start--;
            }

            return start == 0 ? limit : start;
        }

        private bool IsSectionBreak(MessageAnalysis a, int k)
        {
            var t = a.Tokens[k];
            if (t.Kind != TokenKind.Punct)
            {
                return false;
            }

            return t.Is("\n") || t.Is("|") || a.SentenceOf(k).End == k + 1;
        }

        /// <summary>The first token of the signature: the last closing ("Best regards,") followed by a short sign-off, or <paramref name="limit"/>.</summary>
        private int FindSignature(MessageAnalysis a, MessageRegionKind[] kinds, int limit)
        {
            var tokens = a.Tokens;
            var wordsFrom = 0; // the words in [i, limit)
            for (var i = limit - 1; i > 0; i--)
            {
                var t = tokens[i];
                wordsFrom += t.Kind == TokenKind.Punct ? 0 : 1;
                if (wordsFrom > MaxSignatureWords + _longestClosing)
                {
                    // A closing here or before has more words after it than a sign-off holds, whatever its length: the
                    // walk would end at it with no signature, so a long message is not walked back to its start.
                    break;
                }

                if (t.IsQuoted || !(i == 0 || IsSectionBreak(a, i - 1) || tokens[i - 1].Is("-") || tokens[i - 1].Is("\u2014")))
                {
                    continue;
                }

                var length = Closings.Match(a, i, limit, allowNames: true);
                var chinese = length == 0 && t.Kind == TokenKind.Cjk && IsChineseClosing(t.Lower);
                if (length == 0 && !chinese)
                {
                    continue;
                }

                var after = i + Math.Max(1, length);
                if (!chinese && after < limit && !IsSignOffPunct(tokens[after]))
                {
                    continue; // "Thanks for your order" is a sentence, not a closing.
                }

                var words = 0;
                for (var k = after; k < limit; k++)
                {
                    words += tokens[k].Kind == TokenKind.Punct ? 0 : 1;
                }

                if (words <= MaxSignatureWords)
                {
                    return i;
                }

                break; // a closing with a long text after it is not the sign-off; earlier ones are not either.
            }

            return limit;
        }

        private bool IsSignOffPunct(Token t) =>
            t.Kind == TokenKind.Punct && (t.Is(",") || t.Is("\n") || t.Is("!") || t.Is(".") || t.Is("\uFF0C") || t.Is("-"));

        /// <summary>"Dear Anna," / "Hi Tom!" / "您好！": a salutation opening the message, up to its comma or line end.</summary>
        private void MarkGreeting(MessageAnalysis a, MessageRegionKind[] kinds, int limit)
        {
            var tokens = a.Tokens;
            var first = 0;
            while (first < limit && tokens[first].Kind == TokenKind.Punct)
            {
                first++;
            }

            if (first >= limit || kinds[first] != MessageRegionKind.Body)
            {
                return;
            }

            var opens = Greetings.Match(a, first, limit, allowNames: true) > 0
                || (tokens[first].Kind == TokenKind.Cjk && OpensInChinese(tokens[first].Lower, first + 1 < limit && tokens[first + 1].Kind == TokenKind.Punct));
            if (!opens)
            {
                return;
            }

            for (var k = first + 1; k < Math.Min(limit, first + 8); k++)
            {
                var p = tokens[k].Lower;
                if (p == "," || p == "\n" || p == "!" || p == ":" || p == "\uFF0C" || p == "\uFF01" || p == "\uFF1A")
                {
                    for (var j = 0; j <= k; j++)
                    {
                        kinds[j] = MessageRegionKind.Greeting;
                    }

                    return;
                }
            }
        }

        // A Chinese greeting alone ("您好"), or with up to four characters after it and then a mark ("您好王先生，"). A loop,
        // not a lambda: that captured the method's locals, and every message paid for the closure, greeting or not.
        private bool OpensInChinese(string lower, bool markFollows)
        {
            foreach (var greeting in ChineseGreetings)
            {
                if (lower == greeting || (markFollows && lower.StartsWith(greeting, StringComparison.Ordinal) && lower.Length <= greeting.Length + 4))
                {
                    return true;
                }
            }

            return false;
        }

        // "此致", "祝好！": a closing, alone or with one mark after it. A loop, not a lambda over the token: that would
        // allocate a closure for every token this backward walk visits.
        private bool IsChineseClosing(string lower)
        {
            foreach (var closing in ChineseClosings)
            {
                if (lower.StartsWith(closing, StringComparison.Ordinal) && lower.Length <= closing.Length + 1)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
