using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>One HTML tag read leniently: broken markup never throws, it just ends at the next '>' or the input's end.</summary>
    internal readonly struct HtmlTag
    {
        private HtmlTag(string name, bool isClosing, int end, string? href)
        {
            Name = name;
            IsClosing = isClosing;
            End = end;
            Href = href;
        }

        public string Name { get; }

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

            var name = Known(html, nameStart, i - nameStart) ?? html.Substring(nameStart, i - nameStart).ToLowerInvariant();
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

            return new HtmlTag(name, closing, Math.Min(html.Length, i + 1), href);
        }

        // The names the reading asks about, and the commonest others, as their lower-case literals: a tag costs no string.
        private static readonly string[] KnownNames =
        {
            "a", "b", "i", "p", "u", "br", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "td", "th", "tr", "ul",
            "div", "img", "pre", "body", "font", "head", "html", "meta", "span", "table", "tbody", "thead", "title",
            "style", "script", "strong", "center", "header", "footer", "section", "article", "blockquote",
        };

        private static string? Known(string html, int start, int length)
        {
            foreach (var known in KnownNames)
            {
                if (known.Length == length && string.Compare(html, start, known, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return known;
                }
            }

            return null;
        }

        public static bool BreaksLine(string name)
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
