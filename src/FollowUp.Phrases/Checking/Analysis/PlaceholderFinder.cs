using System;
using System.Linq;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Finds template text that was never filled in — <c>×××</c>, <c>XXX</c>, <c>[Date]</c>, <c>(Your name)</c>,
    /// <c>{{ buyer.name }}</c>, <c>&lt;tracking number&gt;</c>, <c>【订单号】</c> — in the seller's own words (not in
    /// quotes or a quoted reply). Hand-written and bounded: each candidate looks at most 120 characters ahead.
    /// </summary>
    internal sealed class PlaceholderFinder
    {
        public PlaceholderFinder(Vocabulary v)
        {
            FactWords = v.SpacedEntries("placeholders.fact-words");
            Leads = new[] { "" }.Concat(v.Entries("placeholders.leads").Select(l => Vocabulary.IsUnspaced(l) ? l : l + " ")).ToArray();
            ChineseFactWords = v.Terms("placeholders.fact-words").ToArray();
            _insides = new HashSet<int>(Leads
                .SelectMany(lead => (IsChinese(lead) ? ChineseFactWords : FactWords).Select(word => Hash((lead + word).AsSpan())))
                .Concat(ChineseFactWords.Select(word => Hash(word.AsSpan()))));
        }

        // What brackets may hold to be a placeholder — a lead and a fact word, or a Chinese fact word — by its hash: most
        // brackets ("(UTC+8)", "[1]") hold none of them, and are ruled out with one look-up rather than a comparison with
        // every lead and word (about 3 % of screening a clean message with one "(UTC+8)" in it).
        private readonly HashSet<int> _insides;

        private static bool IsChinese(string lead) => lead.Length > 0 && lead[0] >= '\u3000';

        // The word pool's hash (FNV-1a), of characters already lower-cased.
        private static int Hash(ReadOnlySpan<char> chars)
        {
            var hash = WordPool.HashStart;
            foreach (var c in chars)
            {
                hash = WordPool.HashStep(hash, c);
            }

            return hash;
        }

        // Words that name a fact inside brackets: "[Date]", "(Your name)", "<tracking number>".
        private string[] FactWords { get; }

        // Words that may stand before a fact word: "[Your name]", "(insert date)", "【填写订单号】".
        private string[] Leads { get; }

        private string[] ChineseFactWords { get; }

        /// <summary>The visible ranges of unfilled placeholders, by position.</summary>
        public List<(int Start, int End)> Find(MessageAnalysis a)
        {
            var found = new List<(int, int)>();
            var text = a.Text;
            var i = 0;
            while ((i = Inert.SkipFrom(text, i)) < text.Length)
            {
                var end = MayStart(text[i]) ? MatchAt(text, i) : i;
                if (end > i)
                {
                    var token = a.TokenAtOrAfter(i);
                    if (token >= a.Tokens.Count || !a.Tokens[token].IsQuoted)
                    {
                        found.Add((i, end));
                    }

                    i = end;
                    continue;
                }

                i++;
            }

            return found;
        }

        /// <summary>The ASCII characters no placeholder starts with (<see cref="MayStart"/>'s): passed over many at a time.</summary>
        internal static readonly Text.CharSet Inert = Text.CharSet.AsciiExcept("Xx{$[(<");

        /// <summary>Whether a placeholder can start with <paramref name="c"/> (<see cref="MatchAt"/> finds none elsewhere).</summary>
        internal static bool MayStart(char c) => c switch
        {
            '×' or 'X' or 'x' or '{' or '$' or '[' or '(' or '<' or '【' or '［' or '（' => true,
            _ => false,
        };

        /// <summary>
        /// The characters <see cref="MayStart"/> accepts other than 'x', 'X' and '×' (the marks that open a bracketed or
        /// template placeholder, whose closing mark the screen seeks after them), in ASCII, and in full width.
        /// </summary>
        internal const string AsciiOpeners = "{$[(<", WideOpeners = "【［（";

        [ThreadStatic]
        private static char[]? t_inside;

        // The text between the brackets as the finder compares it: trimmed, without a closing '.' or ':', lower case.
        private static ReadOnlySpan<char> Inside(string text, int start, int end)
        {
            var inner = text.AsSpan(start, end - start).Trim().TrimEnd(".:".AsSpan());
            var buffer = t_inside is { } b && b.Length >= inner.Length ? b : t_inside = new char[Math.Max(64, inner.Length)];
            for (var k = 0; k < inner.Length; k++)
            {
                buffer[k] = Text.InvariantLower.Of(inner[k]);
            }

            return new ReadOnlySpan<char>(buffer, 0, inner.Length);
        }

        /// <summary>
        /// The mark that closes template syntax opening at <paramref name="i"/> ("{{" or "${" → "}}", "{%" or "$%" → "%}"),
        /// when the opening's two characters stand before <paramref name="end"/>; null when none opens there.
        /// </summary>
        internal static string? TemplateCloserAt(string text, int i, int end) =>
            (text[i] == '{' || text[i] == '$') && i + 1 < end && (text[i + 1] == '{' || text[i + 1] == '%')
                ? (text[i + 1] == '%' ? "%}" : "}}")
                : null;

        /// <summary>The mark that closes a placeholder opened with <paramref name="c"/> ("[" → "]"), or '\0' for a mark that opens none.</summary>
        internal static char CloserOf(char c) => c switch
        {
            '[' => ']',
            '(' => ')',
            '<' => '>',
            '{' => '}',
            '【' => '】',
            '［' => '］',
            '（' => '）',
            _ => '\0',
        };

        /// <summary>The end of a placeholder starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
        internal int MatchAt(string text, int i)
        {
            var c = text[i];

            // ××× / xxx / XXX runs (three or more), standing alone.
            if (c == '×' || c == 'X' || c == 'x')
            {
                var j = i;
                while (j < text.Length && text[j] == c)
                {
                    j++;
                }

                // Standing alone from Latin words ("XXL" is a size), while Chinese may run right up to it ("亲爱的×××").
                var alone = (i == 0 || !Tokenizer.IsLatinLetterOrDigit(text[i - 1])) && (j >= text.Length || !Tokenizer.IsLatinLetterOrDigit(text[j]));
                return j - i >= 3 && alone ? j : i;
            }

            // {{ … }} and {% … %}: template syntax that reached the buyer.
            if (TemplateCloserAt(text, i, text.Length) is { } templateCloser)
            {
                var close = text.IndexOf(templateCloser, i + 2, Math.Min(120, text.Length - i - 2), StringComparison.Ordinal);
                return close > 0 ? close + 2 : i;
            }

            // [Date], (Your name), <tracking number>, 【订单号】, {name}
            var closer = CloserOf(c);
            if (closer == '\0')
            {
                return i;
            }

            var end = text.IndexOf(closer, i + 1, Math.Min(40, text.Length - i - 1));
            if (end < 0)
            {
                return i;
            }

            // "[Your name]" = an optional lead word and a fact word; the inside is trimmed and lower-cased into a buffer, so
            // brackets ("(UTC+8)", "[1]") cost no strings.
            var inner = Inside(text, i + 1, end);
            if (!_insides.Contains(Hash(inner)))
            {
                return i;
            }

            foreach (var lead in Leads)
            {
                if (!inner.StartsWith(lead.AsSpan(), StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = inner.Slice(lead.Length);
                foreach (var word in IsChinese(lead) ? ChineseFactWords : FactWords)
                {
                    if (rest.Length == word.Length && rest.SequenceEqual(word.AsSpan()))
                    {
                        return end + 1;
                    }
                }
            }

            foreach (var word in ChineseFactWords)
            {
                if (inner.SequenceEqual(word.AsSpan()))
                {
                    return end + 1;
                }
            }

            return i;
        }
    }
}
