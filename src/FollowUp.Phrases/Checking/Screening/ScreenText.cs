using System;
using System.Runtime.CompilerServices;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// Characters as the screen reads them. It reads only text the normalizer leaves as it is — ASCII, Latin letters
    /// (é, ü, ñ, ß, ł), Chinese and a few marks — so its word characters are ASCII letters and digits and those Latin
    /// letters, and it lowers them as the reading does.
    /// </summary>
    internal static class ScreenText
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        /// <summary>A Latin letter beyond ASCII (U+00C0–U+024F but × and ÷), which the normalizer leaves as it is.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsLatinLetter(char c) => c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';

        /// <summary>A word character of the text the screen reads (<c>Tokenizer.IsWordChar</c> there).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsWordChar(char c) => IsAsciiLetterOrDigit(c) || IsLatinLetter(c);

        /// <summary>The lower case the reading gives a word's character (the curly apostrophe read as the straight one).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static char Lower(char c) => c == '\u2019' ? '\'' : Text.InvariantLower.Of(c);

        /// <summary>
        /// Whether the normalizer leaves <paramref name="text"/> as it is, so the reading's text is the screen's: what needs
        /// no normalizing (<c>TextNormalizer.NeedsNoWork</c>) and Latin letters, which it copies unchanged.
        /// </summary>
        public static bool ReadAsItIs(string text)
        {
            for (var i = Analysis.TextNormalizer.FirstNonAscii(text); i < text.Length; i++)
            {
                var c = text[i];
                if (c <= '\u007F')
                {
#if NET8_0_OR_GREATER
                    // Back in ASCII (a dash or an accent passed): the next character beyond it is found many at a step.
                    var next = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u007F');
                    if (next < 0)
                    {
                        return true;
                    }

                    i += next - 1;
#endif
                    continue;
                }

                if (!IsLatinLetter(c) && !Analysis.TextNormalizer.NeedsNoWork(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
