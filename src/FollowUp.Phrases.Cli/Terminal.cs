using System.Globalization;
using System.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// Text from input (a message, a file name, a JSON value) made safe to print on a terminal: control characters —
    /// ESC sequences that would recolour or move the cursor, CR that would overwrite the line — and bidi overrides
    /// are shown as <c>\uXXXX</c>. Tabs and line feeds between lines are the caller's, not the input's.
    /// </summary>
    internal static class Terminal
    {
        public static string Escape(string text)
        {
            var clean = true;
            foreach (var c in text)
            {
                if (NeedsEscape(c))
                {
                    clean = false;
                    break;
                }
            }

            if (clean)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length + 16);
            foreach (var c in text)
            {
                if (NeedsEscape(c))
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        private static bool NeedsEscape(char c) =>
            (c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029'
            || c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
