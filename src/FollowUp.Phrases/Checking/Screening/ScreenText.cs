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

        /// <summary>A word character of the text the screen reads (<c>MessageAnalysis.IsWordChar</c> there).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsWordChar(char c) => IsAsciiLetterOrDigit(c) || IsLatinLetter(c);

        /// <summary>The lower case the reading gives a word's character (the curly apostrophe read as the straight one).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c < '\u0080' ? c : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

        /// <summary>
        /// Whether the normalizer leaves <paramref name="text"/> as it is, so the reading's text is the screen's:
        /// <c>TextNormalizer.NeedsWork</c>'s exceptions (Chinese, its punctuation, dashes, curly quotes) and Latin letters.
        /// </summary>
        public static bool ReadAsItIs(string text)
        {
            foreach (var c in text)
            {
                if (c > '\u007F' && !IsLatinLetter(c) && !Analysis.MessageAnalysis.IsCjk(c) && !(c >= '\u3001' && c <= '\u303F')
                    && c != '\u2013' && c != '\u2014' && c != '\u2019' && c != '\u201C' && c != '\u201D')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the character at <paramref name="j"/> joins the word before it to the next, as
        /// <c>MessageAnalysis.WordEnd</c> joins: an apostrophe before a letter, a hyphen after a letter, a point or comma
        /// between digits.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool JoinsWord(string text, int j)
        {
            if (j + 1 >= text.Length)
            {
                return false;
            }

            var d = text[j];
            var next = text[j + 1];
            return d switch
            {
                '\'' or '\u2019' => (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || IsLatinLetter(next),
                '-' => IsWordChar(next) && !(text[j - 1] >= '0' && text[j - 1] <= '9'),
                '.' or ',' => next >= '0' && next <= '9' && text[j - 1] >= '0' && text[j - 1] <= '9',
                _ => false,
            };
        }
    }
}
