using System;
using System.Collections.Generic;
using System.Text;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Undoes the tricks that hide a word from a word list — zero-width characters, soft hyphens, full-width forms,
    /// compatibility characters, Cyrillic and Greek look-alikes inside Latin words — while keeping every character tied
    /// to the input range it came from, so findings still point at the text as the caller gave it.
    /// </summary>
    internal static class TextNormalizer
    {
        private static readonly Dictionary<char, char> LookAlikes = new Dictionary<char, char>
        {
            // Cyrillic
            ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i',
            ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l',
            ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
            ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
            // Greek
            ['ο'] = 'o', ['α'] = 'a', ['ρ'] = 'p', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['τ'] = 't', ['υ'] = 'u',
            ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
            ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['Ζ'] = 'Z',
        };

        /// <summary>
        /// Normalises <paramref name="text"/>. <paramref name="map"/> ties each character to its input range (null: the
        /// identity); the result's map ties the normalised text to the same input. Returns null when nothing needed changing.
        /// </summary>
        public static (string Text, OffsetMap Map)? Normalize(string text, OffsetMap? map)
        {
            if (!NeedsWork(text))
            {
                return null;
            }

            var sb = new StringBuilder(text.Length);
            var result = new OffsetMap();
            var lookAlike = false; // most texts that need work have none: then the letters are not walked again
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (map is null && KeptAsItIs(c))
                {
                    // Input offsets are the text's own: a run of characters kept as they are is copied in one step, as
                    // one entry of the map (a long message that needs work in one place is otherwise copied a character
                    // at a time).
                    var run = RunKeptAsItIs(text, i);
                    sb.Append(text, i, run - i);
                    result.AddCopied(i, run - i);
                    i = run - 1;
                    continue;
                }

                var from = map?.StartOf(i) ?? i;
                var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var to = map?.EndOf(i + width - 1) ?? i + width;
                if (IsInvisible(c))
                {
                    continue;
                }

                if (c >= '\uFF01' && c <= '\uFF5E')
                {
                    Emit((char)(c - 0xFEE0), from, to);
                }
                else if (c == '\u3000')
                {
                    Emit(' ', from, to);
                }
                else if (char.IsSurrogate(c) && width == 1)
                {
                    Emit(c, from, to); // a lone surrogate cannot be normalised; keep it as it is
                }
                else if (width == 2 || MayHaveCompatibilityForm(c))
                {
                    foreach (var n in SafeNormalize(text.Substring(i, width)))
                    {
                        Emit(n, from, to);
                    }
                }
                else
                {
                    Emit(c, from, to);
                }

                i += width - 1;
            }

            if (lookAlike)
            {
                UnmaskLookAlikes(sb);
            }

            return (sb.ToString(), result);

            void Emit(char ch, int a, int b)
            {
                lookAlike |= IsLookAlike(ch); // NFKC can make one too: a mathematical bold Α is a Greek capital alpha
                sb.Append(ch);
                result.Add(a, b);
            }
        }

        // Non-characters such as U+FFFE make Normalize throw; they carry no words, so they stay as they are.
        private static string SafeNormalize(string piece)
        {
            try
            {
                return piece.Normalize(NormalizationForm.FormKC);
            }
            catch (System.ArgumentException)
            {
                return piece;
            }
        }

        /// <summary>
        /// Characters beyond ASCII that a text may hold and still need no normalizing: Chinese, its punctuation, dashes and
        /// curly quotes.
        /// </summary>
        internal static bool NeedsNoWork(char c) =>
            IsCjk(c) || (c >= '\u3001' && c <= '\u303F') || c == '\u2013' || c == '\u2014' || c == '\u2019' || c == '\u201C' || c == '\u201D';

        /// <summary>
        /// Where the first character beyond ASCII stands in <paramref name="text"/>, or its length: most messages are ASCII,
        /// and on .NET 8+ one vectorised search settles them (netstandard2.0 starts at 0 and lets the caller's loop decide).
        /// </summary>
        internal static int FirstNonAscii(string text)
        {
#if NET8_0_OR_GREATER
            var at = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
            return at < 0 ? text.Length : at;
#else
            return 0;
#endif
        }

        /// <summary>
        /// Whether <see cref="Normalize"/> would change anything in <paramref name="text"/>: a character it drops, rewrites or
        /// may rewrite, or a look-alike that can hide a Latin word. Accented letters (é, ü, ñ, ß), Chinese, dashes and curly
        /// quotes, and symbols without a compatibility form (×, €) are kept as they are, so text of only those is read as given.
        /// </summary>
        internal static bool NeedsWork(string text) => RunKeptAsItIs(text, FirstNonAscii(text)) < text.Length;

        // Where the run of characters kept as they are that starts at `i` ends; ASCII stretches are skipped a vector at a
        // time on .NET 8+, and so are Chinese ones.
        private static int RunKeptAsItIs(string text, int i)
        {
            var j = i;
            while (j < text.Length && KeptAsItIs(text[j]))
            {
#if NET8_0_OR_GREATER
                var c = text[j];
                if (c <= '\u007F' || (c >= '\u4E00' && c <= '\u9FFF'))
                {
                    var next = c <= '\u007F' ? text.AsSpan(j).IndexOfAnyExceptInRange('\0', '\u007F') : text.AsSpan(j).IndexOfAnyExceptInRange('\u4E00', '\u9FFF');
                    j = next < 0 ? text.Length : j + next;
                    continue;
                }
#endif
                j++;
            }

            return j;
        }

        /// <summary>
        /// A character the normalizing loop copies unchanged that is no look-alike: exactly those for which it does nothing,
        /// so a text of only these is its own normal form.
        /// </summary>
        private static bool KeptAsItIs(char c) =>
            c <= '\u007F' || NeedsNoWork(c)
            || (!IsInvisible(c) && !(c >= '\uFF01' && c <= '\uFF5E') && c != '\u3000' && !char.IsSurrogate(c) && !MayHaveCompatibilityForm(c) && !IsLookAlike(c));

        private static bool IsLookAlike(char c) => c >= '\u0370' && c <= '\u052F' && LookAlikes.ContainsKey(c);

        // The blocks whose characters NFKC rewrites (ligatures, letter-like symbols, enclosed and small forms, no-break
        // and typographic spaces, ellipsis). Everything else — Chinese included — is already in its normal form, so it
        // is copied without allocating.
        private static bool MayHaveCompatibilityForm(char c) =>
            (c >= '\u00A0' && c <= '\u00BF') || (c >= '\u2000' && c <= '\u2BFF' && c != '\u2013' && c != '\u2014' && c != '\u2018' && c != '\u2019' && c != '\u201C' && c != '\u201D')
            || (c >= '\u3200' && c <= '\u33FF') || (c >= '\uFB00' && c <= '\uFB4F') || (c >= '\uFE10' && c <= '\uFE6F')
            || (c >= '\uFF60' && c <= '\uFFEF') || (c >= '\u02B0' && c <= '\u02FF') || (c >= '\u1D00' && c <= '\u1DBF');

        private static bool IsInvisible(char c) =>
            c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';

        private static bool IsCjk(char c) =>
            (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');

        // "sооn" with Cyrillic о: a word that mixes Latin letters with look-alikes is read as the Latin word.
        private static void UnmaskLookAlikes(StringBuilder sb)
        {
            var i = 0;
            while (i < sb.Length)
            {
                if (!char.IsLetter(sb[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                var latin = false;
                var lookAlike = false;
                while (i < sb.Length && char.IsLetter(sb[i]))
                {
                    var c = sb[i];
                    latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    lookAlike |= LookAlikes.ContainsKey(c);
                    i++;
                }

                if (latin && lookAlike)
                {
                    for (var k = start; k < i; k++)
                    {
                        if (LookAlikes.TryGetValue(sb[k], out var plain))
                        {
                            sb[k] = plain;
                        }
                    }
                }
            }
        }
    }
}
