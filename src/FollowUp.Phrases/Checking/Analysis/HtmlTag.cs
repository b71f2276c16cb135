using System;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>One HTML tag read leniently: broken markup never throws, it just ends at the next '>' or the input's end.</summary>
    internal readonly struct HtmlTag
    {
        private HtmlTag(string name, bool isClosing, int end, string? href, bool breaksLine)
        {
            Name = name;
            IsClosing = isClosing;
            End = end;
            Href = href;
            BreaksLine = breaksLine;
        }

        public string Name { get; }

        /// <summary>Whether the element starts a new line for a reader (<see cref="Breaks"/>): known from its name as it is read.</summary>
        public bool BreaksLine { get; }

        public bool IsClosing { get; }

        /// <summary>Index just after the tag's closing '>'.</summary>
        public int End { get; }

        public string? Href { get; }

        public static HtmlTag Read(string html, int start)
        {
            var i = start + 1;
            var closing = false;
            if (i < html.Length && html[i] == '/')
            {
                closing = true;
                i++;
            }

            var nameStart = i;
            while (i < html.Length && (char.IsLetterOrDigit(html[i]) || html[i] == '-' || html[i] == ':'))
            {
                i++;
            }

            var known = Known(html, nameStart, i - nameStart);
            var name = known >= 0 ? KnownNames[known] : html.Substring(nameStart, i - nameStart).ToLowerInvariant();
            string? href = null;
            while (i < html.Length && html[i] != '>')
            {
                var c = html[i];
                if (c == '"' || c == '\'')
                {
                    var close = html.IndexOf(c, i + 1);
                    i = close < 0 ? html.Length : close + 1;
                    continue;
                }

                if (char.IsLetter(c))
                {
                    var attrStart = i;
                    while (i < html.Length && (char.IsLetterOrDigit(html[i]) || html[i] == '-' || html[i] == '_' || html[i] == ':'))
                    {
                        i++;
                    }

                    // Only href is read: other attributes' names and values are passed over without copying them.
                    var isHref = i - attrStart == 4 && string.Compare(html, attrStart, "href", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
                    var j = i;
                    while (j < html.Length && char.IsWhiteSpace(html[j]))
                    {
                        j++;
                    }

                    if (j < html.Length && html[j] == '=')
                    {
                        j++;
                        while (j < html.Length && char.IsWhiteSpace(html[j]))
                        {
                            j++;
                        }

                        int valueStart, valueEnd;
                        if (j < html.Length && (html[j] == '"' || html[j] == '\''))
                        {
                            var quote = html[j];
                            var close = html.IndexOf(quote, j + 1);
                            (valueStart, valueEnd) = (j + 1, close < 0 ? html.Length : close);
                            i = close < 0 ? html.Length : close + 1;
                        }
                        else
                        {
                            var k = j;
                            while (k < html.Length && !char.IsWhiteSpace(html[k]) && html[k] != '>')
                            {
                                k++;
                            }

                            (valueStart, valueEnd) = (j, k);
                            i = k;
                        }

                        if (isHref)
                        {
                            href = System.Net.WebUtility.HtmlDecode(html.Substring(valueStart, valueEnd - valueStart)).Trim();
                        }
                    }

                    continue;
                }

                i++;
            }

            return new HtmlTag(name, closing, Math.Min(html.Length, i + 1), href, known >= 0 ? KnownBreaks[known] : Breaks(name));
        }

        // The names the reading asks about, and the commonest others, as their lower-case literals: a tag costs no string.
        private static readonly string[] KnownNames =
        {
            "a", "b", "i", "p", "u", "br", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "td", "th", "tr", "ul",
            "div", "img", "pre", "body", "font", "head", "html", "meta", "span", "table", "tbody", "thead", "title",
            "style", "script", "strong", "center", "header", "footer", "section", "article", "blockquote",
        };

        // Whether each known name breaks a line, worked out once: a switch on the name hashed it at every tag.
        private static readonly bool[] KnownBreaks = Array.ConvertAll(KnownNames, Breaks);

        // The index of the name written at start among KnownNames, or -1.
        private static int Known(string html, int start, int length)
        {
            if (length == 0)
            {
                return -1;
            }

            // Compared a character at a time, ASCII case folded inline: a call into the culture-free comparer for each of
            // forty names cost more than the rest of reading a tag. Only the names with the same first letter are compared
            // (a walk through all forty to reach "strong" was most of reading the tag); a first character outside ASCII,
            // which case folding might still match, is compared with every name.
            var first = html[start] is >= 'A' and <= 'Z' ? (char)(html[start] | 0x20) : html[start];
            if (first >= 0x80)
            {
                for (var k = 0; k < KnownNames.Length; k++)
                {
                    if (KnownNames[k].Length == length && SameName(html, start, KnownNames[k], 0))
                    {
                        return k;
                    }
                }

                return -1;
            }

            if (first < 'a' || first > 'z')
            {
                return -1;
            }

            foreach (var k in KnownByFirst[first - 'a'])
            {
                if (KnownNames[k].Length == length && SameName(html, start, KnownNames[k], 1))
                {
                    return k;
                }
            }

            return -1;
        }

        // For each letter a to z, the indices in KnownNames of the names that start with it.
        private static readonly int[][] KnownByFirst = Enumerable.Range('a', 26)
            .Select(c => Enumerable.Range(0, KnownNames.Length).Where(k => KnownNames[k][0] == c).ToArray()).ToArray();

        // Whether the name written at start is known (a lower-case ASCII literal), case ignored as OrdinalIgnoreCase does.
        private static bool SameName(string html, int start, string known, int from)
        {
            for (var k = from; k < known.Length; k++)
            {
                var c = html[start + k];
                if (c >= 0x80)
                {
                    return string.Compare(html, start, known, 0, known.Length, StringComparison.OrdinalIgnoreCase) == 0;
                }

                if ((c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) != known[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether an element named <paramref name="name"/> (lower case) starts a new line for a reader.</summary>
        public static bool Breaks(string name)
        {
            switch (name)
            {
                case "p": case "div": case "br": case "li": case "ul": case "ol": case "tr": case "td": case "th":
                case "table": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "hr":
                case "blockquote": case "section": case "article": case "header": case "footer": case "body":
                case "title": case "pre":
                    return true;
                default:
                    return false;
            }
        }
    }
}
