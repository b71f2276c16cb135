using System.Runtime.CompilerServices;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// Characters as the screen reads them. It reads only text the normalizer leaves alone (ASCII, Chinese and a few
    /// marks), so its word characters are ASCII letters and digits, and it lowers them as the reading does.
    /// </summary>
    internal static class ScreenText
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        /// <summary>The lower case the reading gives a word's character (the curly apostrophe read as the straight one).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c == '\u2019' ? '\'' : c;

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
                '\'' or '\u2019' => (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'),
                '-' => IsAsciiLetterOrDigit(next) && !(text[j - 1] >= '0' && text[j - 1] <= '9'),
                '.' or ',' => next >= '0' && next <= '9' && text[j - 1] >= '0' && text[j - 1] <= '9',
                _ => false,
            };
        }
    }
}
