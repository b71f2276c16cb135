using System.Text;

namespace FollowUp.Phrases.Text
{
    /// <summary>
    /// Whole numbers written into a builder as the invariant culture writes them, with no string of their own: the
    /// seller's time stamps and the dates of rendered phrases write several per render.
    /// </summary>
    internal static class InvariantDigits
    {
        /// <summary>Appends <paramref name="value"/>'s decimal digits, at least <paramref name="width"/> of them (zero-padded).</summary>
        public static StringBuilder Append(StringBuilder text, int value, int width = 1)
        {
            if (value < 0)
            {
                return text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var digits = 1;
            for (var rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            for (var k = digits; k < width; k++)
            {
                text.Append('0');
            }

            var at = text.Length;
            text.Append('0', digits);
            for (var k = digits - 1; k >= 0; k--)
            {
                text[at + k] = (char)('0' + value % 10);
                value /= 10;
            }

            return text;
        }
    }
}
