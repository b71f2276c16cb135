using System;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// What makes a link safe to put in front of a buyer and into a mail header: an absolute http(s) address with a
    /// host and no white space, control, bidirectional-override or delimiter characters (<c>&lt; &gt; "</c>), re-serialised
    /// by <see cref="Uri"/> so that what is printed and sent is the parsed address, never the raw text.
    /// </summary>
    /// <remarks>
    /// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> accepts "https://x.example/u\r\nBcc: victim@example.com":
    /// written into <c>List-Unsubscribe</c> that becomes a second header. A <c>&gt;</c> closes the header's angle
    /// brackets early ("…/u&gt;, &lt;mailto:evil@example.com"), and bidi controls make an address read differently
    /// from where it goes.
    /// </remarks>
    internal static class WebLink
    {
        /// <summary>What is wrong with <paramref name="text"/> as a link, or null when it is fine.</summary>
        public static string? Problem(string text, bool httpsOnly)
        {
            var bad = BadCharacterAt(text);
            if (bad >= 0)
            {
                return $"'{Visible(text)}' contains {Describe(text[bad])} at position {bad + 1}; a link may not contain white space, control or bidi characters, quotes or angle brackets.";
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !(uri.Scheme == "https" || (!httpsOnly && uri.Scheme == "http")) || uri.Host.Length == 0)
            {
                return httpsOnly ? $"'{Visible(text)}' must be an absolute https URL." : $"'{Visible(text)}' must be an absolute http or https URL.";
            }

            return null;
        }

        /// <summary>What is wrong with an already parsed <paramref name="uri"/> as a link, or null when it is fine.</summary>
        public static string? Problem(Uri uri, bool httpsOnly)
        {
            var text = uri.OriginalString;
            if (!uri.IsAbsoluteUri || !(uri.Scheme == "https" || (!httpsOnly && uri.Scheme == "http")) || uri.Host.Length == 0)
            {
                return Problem(text, httpsOnly); // words the scheme problem (or an earlier character problem) as for text
            }

            return BadCharacterAt(text) >= 0 ? Problem(text, httpsOnly) : null;
        }

        /// <summary>Where the first character a link may not hold stands in <paramref name="text"/>, or -1.</summary>
        private static int BadCharacterAt(string text)
        {
#if NET8_0_OR_GREATER
            // Most links are printable ASCII without quotes, angle brackets or backslashes: settled by two searches that
            // run many characters at a step (a link is checked at every render of a message that prints it).
            if (text.AsSpan().IndexOfAnyExceptInRange('!', '~') < 0 && text.AsSpan().IndexOfAny(AsciiRefused) < 0)
            {
                return -1;
            }
#endif

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c) || IsBidiControl(c) || c == '<' || c == '>' || c == '"' || c == '\\' || (char.IsSurrogate(c) && !IsPaired(text, i)))
                {
                    return i;
                }
            }

            return -1;
        }

#if NET8_0_OR_GREATER
        // The printable ASCII characters a link may not hold.
        private static readonly System.Buffers.SearchValues<char> AsciiRefused = System.Buffers.SearchValues.Create("<>\"\\");
#endif

        /// <summary>The address as it is printed and sent: parsed, then written back by <see cref="Uri"/>.</summary>
        public static string Serialize(Uri uri) => uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;

        /// <summary>Bidirectional formatting characters (LRM, RLM, ALM, embeddings, overrides, isolates).</summary>
        public static bool IsBidiControl(char c) =>
            c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        /// <summary>The text with control characters shown as <c>\uXXXX</c>, safe to print in a message or terminal.</summary>
        public static string Visible(string text)
        {
            var sb = new System.Text.StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsControl(c) || IsBidiControl(c) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        private static bool IsPaired(string text, int i) =>
            char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

        private static string Describe(char c) => c switch
        {
            '\r' => "a carriage return (U+000D)",
            '\n' => "a line feed (U+000A)",
            '\0' => "a NUL (U+0000)",
            ' ' => "a space",
            '\t' => "a tab",
            '<' or '>' => "an angle bracket",
            '"' => "a double quote",
            '\\' => "a backslash",
            _ => $"U+{(int)c:X4}",
        };
    }
}
