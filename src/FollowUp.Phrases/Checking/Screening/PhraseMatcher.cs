using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// Whether the words after a trigger word complete one of the phrases it starts ("order" + "now"), compared token by
    /// token as the reading compares a phrase: spaces separate tokens, a line break or a mark is a token of its own, a
    /// link matches no word, shorthand is read as what it stands for.
    /// </summary>
    internal sealed class PhraseMatcher
    {
        private readonly ScreenLexicon _lexicon;

        [ThreadStatic]
        private static char[]? t_following;

        [ThreadStatic]
        private static char[]? t_later;

        public PhraseMatcher(ScreenLexicon lexicon)
        {
            _lexicon = lexicon;
        }

        // The bits of the phrases (starting with the word that ends at `from`) whose other words follow. The next token is
        // cut, lowered and hashed once; each phrase's second word is compared by hash first.
        public ulong Match(string text, int from, ScreenWord first, ulong seen)
        {
            var next = NextToken(text, from);
            if (next.Start < 0)
            {
                return 0;
            }

            // Shorthand ("as soon as poss") is compared by what it stands for; any other word by its hash, then its letters.
            var shorthand = _lexicon.MayBeShorthand(next.Hash) || !ScreenText.IsWordChar(text[next.Start]);
            var phrases = first.PhraseArray!;
            var bits = 0UL;
            string? readAs = null;
            var readAsKnown = false;
            for (var k = 0; k < phrases.Length; k++)
            {
                var phrase = phrases[k];
                if (((seen | bits) & phrase.Bit) != 0 || (phrase.Hashes[0] != next.Hash && !shorthand)
                    || !TokenIs(text, next, false, phrase.Following[0], phrase.Hashes[0], ref readAs, ref readAsKnown))
                {
                    continue;
                }

                if (phrase.Following.Length == 1 || Follows(text, next.End, phrase))
                {
                    bits |= phrase.Bit;
                }
            }

            return bits;
        }

        /// <summary>
        /// The bits of <paramref name="first"/>'s phrases whose second word is the word just read — <paramref name="word"/>
        /// (lower case, with its hash and what the table knows of it), ending at <paramref name="end"/> — and whose later
        /// words follow. The scan calls this with the word after a phrase's first, so most phrases cost an integer compare.
        /// </summary>
        public ulong Continue(string text, ScreenWord first, ReadOnlySpan<char> word, uint hash, ScreenWord? known, int end, ulong seen)
        {
            var readAs = known?.ReadAs;
            if (readAs is null && !first.MayBeSecond(hash))
            {
                return 0;
            }

            var phrases = first.PhraseArray!;
            var bits = 0UL;
            for (var k = 0; k < phrases.Length; k++)
            {
                var phrase = phrases[k];
                if (((seen | bits) & phrase.Bit) != 0)
                {
                    continue;
                }

                var second = phrase.Following[0];
                if (!(phrase.Hashes[0] == hash && word.SequenceEqual(second.AsSpan())) && !Fits(readAs, second))
                {
                    continue;
                }

                if (phrase.Following.Length == 1 || Follows(text, end, phrase))
                {
                    bits |= phrase.Bit;
                }
            }

            return bits;
        }

        /// <summary>Whether the character separates tokens without being one (a line break is a token of its own).</summary>
        public static bool Separates(char c) => c <= ' ' && c != '\n' && c != '\r';

        // The token after position `from` as the reading cuts it — spaces separate tokens, a line break or a mark is a token
        // of its own — lowered into the following-word buffer, with its hash; Start is -1 at the end of the text or at a
        // link, which no phrase word matches.
        private static (int Start, int End, uint Hash) NextToken(string text, int from, bool later = false)
        {
            var i = from;
            while (i < text.Length && Separates(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                return (-1, -1, 0);
            }

            if (!ScreenText.IsWordChar(text[i]))
            {
                return (i, i + 1, 0);
            }

            if (Tokenizer.StartsUrl(text, i))
            {
                return (-1, -1, 0);
            }

            var end = Tokenizer.WordEnd(text, i);
            // The second word of the phrases stays in one buffer while later words are compared in another.
            var buffer = later ? (t_later is { } l && l.Length >= end - i ? l : t_later = new char[Math.Max(64, end - i)])
                : t_following is { } b && b.Length >= end - i ? b : t_following = new char[Math.Max(64, end - i)];
            var hash = WordTable.Start;
            for (var k = i; k < end; k++)
            {
                var c = ScreenText.Lower(text[k]);
                buffer[k - i] = c;
                hash = WordTable.Step(hash, c);
            }

            return (i, end, hash);
        }

        // Whether the token reads as `expected`: the same word, the same mark, or shorthand standing for it.
        private bool TokenIs(string text, (int Start, int End, uint Hash) token, bool later, string expected, uint expectedHash, ref string? readAs, ref bool readAsKnown)
        {
            if (!ScreenText.IsWordChar(text[token.Start]))
            {
                return expected.Length == 1 && text[token.Start] == expected[0];
            }

            var lower = new ReadOnlySpan<char>(later ? t_later : t_following, 0, token.End - token.Start);
            if (token.Hash == expectedHash && lower.SequenceEqual(expected.AsSpan()))
            {
                return true;
            }

            if (!readAsKnown)
            {
                readAs = _lexicon.Words.Find(lower, token.Hash)?.ReadAs;
                readAsKnown = true;
            }

            return Fits(readAs, expected);
        }

        // Shorthand is compared by what it stands for; standing for several words, it is assumed to fit.
        private static bool Fits(string? readAs, string expected) => readAs != null && (readAs == expected || readAs.IndexOf(' ') >= 0);

        // Whether the tokens after position `from` are the phrase's words from its third on.
        private bool Follows(string text, int from, ScreenPhrase phrase)
        {
            var i = from;
            for (var w = 1; w < phrase.Following.Length; w++)
            {
                var next = NextToken(text, i, later: true);
                string? readAs = null;
                var readAsKnown = false;
                if (next.Start < 0 || !TokenIs(text, next, true, phrase.Following[w], phrase.Hashes[w], ref readAs, ref readAsKnown))
                {
                    return false;
                }

                i = next.End;
            }

            return true;
        }
    }
}
