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
        public static string? Next(StringBuilder text, string pattern, ref int i)
        {
            while (i < pattern.Length)
            {
                var close = pattern[i] == '{' ? pattern.IndexOf('}', i + 1) : -1;
                if (close > i)
                {
                    var name = pattern.Substring(i + 1, close - i - 1);
                    i = close + 1;
                    return name;
                }

                text.Append(pattern[i++]);
            }

            return null;
        }

        /// <summary>
        /// <paramref name="pattern"/> with each "{name}" of <paramref name="values"/> replaced by its value (a null value by
        /// nothing); fields not among them are kept as written.
        /// </summary>
        public static string Fill(string pattern, (string Name, string? Value)[] values)
        {
            var text = new StringBuilder(pattern.Length + 32);
            var i = 0;
            while (Next(text, pattern, ref i) is string name)
            {
                var found = false;
                foreach (var (field, value) in values)
                {
                    if (field == name)
                    {
                        text.Append(value);
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    text.Append('{').Append(name).Append('}');
                }
            }

            return text.ToString();
        }
    }
}
