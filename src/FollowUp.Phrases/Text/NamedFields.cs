using System.Text;

namespace FollowUp.Phrases.Text
{
    /// <summary>
    /// Patterns with named fields in braces ("'{text}' has no date; try {date}.", "{weekday} {day} {month}"), written out
    /// in one pass. A value is put in as it is: a value that itself holds "{date}" (a quoted message with a template's
    /// field in it) is not filled again, as replacing each field in turn did.
    /// </summary>
    internal static class NamedFields
    {
        /// <summary>
        /// Copies <paramref name="pattern"/> from <paramref name="i"/> into <paramref name="text"/> up to its next
        /// "{name}", moves <paramref name="i"/> past it and returns the name; null at the pattern's end. A '{' with no
        /// '}' after it is copied as written.
        /// </summary>
        public static string? Next(StringBuilder text, string pattern, ref int i) =>
            NextField(text, pattern, ref i, out var start, out var length) ? pattern.Substring(start, length) : null;

        /// <summary>
        /// <paramref name="pattern"/> with each "{name}" of <paramref name="values"/> replaced by its value (a null value by
        /// nothing); fields not among them are kept as written.
        /// </summary>
        public static string Fill(string pattern, (string Name, string? Value)[] values)
        {
            // One builder per thread, reused: a long message's hundreds of findings each fill two patterns, and a
            // builder apiece was most of what a check allocated. The field's name is compared where it stands.
            var text = t_text ??= new StringBuilder(256);
            text.Clear();
            var i = 0;
            while (NextField(text, pattern, ref i, out var start, out var length))
            {
                var found = false;
                foreach (var (field, value) in values)
                {
                    if (field.Length == length && string.CompareOrdinal(pattern, start, field, 0, length) == 0)
                    {
                        text.Append(value);
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    text.Append(pattern, start - 1, length + 2); // "{name}" as written
                }
            }

            var filled = text.ToString();
            t_text = text.Capacity <= 4096 ? text : null; // a builder grown by a huge value is not kept for the thread
            return filled;
        }

        [System.ThreadStatic]
        private static StringBuilder? t_text;

        // The scan both share: copies the pattern from i up to its next "{name}" into text, moves i past it and gives
        // where the name stands; false at the pattern's end. A '{' with no '}' after it is copied as written.
        private static bool NextField(StringBuilder text, string pattern, ref int i, out int nameStart, out int nameLength)
        {
            while (i < pattern.Length)
            {
                // The text up to the next '{' is copied in one piece (a pattern is mostly words).
                var open = pattern.IndexOf('{', i);
                if (open < 0)
                {
                    text.Append(pattern, i, pattern.Length - i);
                    i = pattern.Length;
                    break;
                }

                text.Append(pattern, i, open - i);
                i = open;
                var close = pattern.IndexOf('}', i + 1);
                if (close > i)
                {
                    nameStart = i + 1;
                    nameLength = close - i - 1;
                    i = close + 1;
                    return true;
                }

                text.Append('{');
                i++;
            }

            nameStart = nameLength = 0;
            return false;
        }
    }
}
