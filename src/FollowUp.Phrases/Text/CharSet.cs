using System;

namespace FollowUp.Phrases.Text
{
    /// <summary>
    /// A fixed set of characters a scan skips to (or skips over) many at a time: rules that look at every character of a
    /// long message for the few that can start something (a digit, a capital, a bracket) pass over the rest with the
    /// runtime's vectorised search where it has one (.NET 8 and later), and with a plain loop elsewhere.
    /// </summary>
    internal sealed class CharSet
    {
#if NET8_0_OR_GREATER
        private readonly System.Buffers.SearchValues<char> _values;
#else
        private readonly bool[] _ascii = new bool[128];
#endif

        /// <param name="chars">The characters of the set; only ASCII ones may be given (others are judged by the caller).</param>
        public CharSet(string chars)
        {
            foreach (var c in chars)
            {
                if (c >= 128)
                {
                    throw new ArgumentException($"'{c}' is not ASCII; a CharSet holds ASCII characters only.", nameof(chars));
                }
            }
#if NET8_0_OR_GREATER
            _values = System.Buffers.SearchValues.Create(chars);
#else
            foreach (var c in chars)
            {
                _ascii[c] = true;
            }
#endif
        }

        /// <summary>The set of every ASCII character but <paramref name="chars"/>.</summary>
        public static CharSet AsciiExcept(string chars)
        {
            var all = new System.Text.StringBuilder(128);
            for (var c = '\0'; c < 128; c++)
            {
                if (chars.IndexOf(c) < 0)
                {
                    all.Append(c);
                }
            }

            return new CharSet(all.ToString());
        }

        /// <summary>
        /// The first index at or after <paramref name="start"/> whose character is not in the set (any character outside
        /// ASCII counts as not in it), or the text's length when there is none.
        /// </summary>
        public int SkipFrom(string text, int start) => SkipFrom(text, start, text.Length);

        /// <summary>As <see cref="SkipFrom(string, int)"/>, looking no further than <paramref name="end"/> (returned when all before it are in the set).</summary>
        public int SkipFrom(string text, int start, int end)
        {
            if (start >= end)
            {
                return end;
            }
#if NET8_0_OR_GREATER
            var at = text.AsSpan(start, end - start).IndexOfAnyExcept(_values);
            return at < 0 ? end : start + at;
#else
            var i = start;
            while (i < end && text[i] < 128 && _ascii[text[i]])
            {
                i++;
            }

            return i;
#endif
        }
    }
}
