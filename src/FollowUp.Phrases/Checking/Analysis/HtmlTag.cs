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

            var name = html.Substring(nameStart, i - nameStart).ToLowerInvariant();
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

                    var attr = html.Substring(attrStart, i - attrStart);
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

                        string value;
                        if (j < html.Length && (html[j] == '"' || html[j] == '\''))
                        {
                            var quote = html[j];
                            var close = html.IndexOf(quote, j + 1);
                            var valueEnd = close < 0 ? html.Length : close;
                            value = html.Substring(j + 1, valueEnd - j - 1);
                            i = close < 0 ? html.Length : close + 1;
                        }
                        else
                        {
                            var k = j;
                            while (k < html.Length && !char.IsWhiteSpace(html[k]) && html[k] != '>')
                            {
                                k++;
                            }

                            value = html.Substring(j, k - j);
                            i = k;
                        }

                        if (string.Equals(attr, "href", StringComparison.OrdinalIgnoreCase))
                        {
                            href = System.Net.WebUtility.HtmlDecode(value).Trim();
                        }
                    }

                    continue;
                }

                i++;
            }

            return new HtmlTag(name, closing, Math.Min(html.Length, i + 1), href);
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
