using System;
using System.Collections.Generic;
using System.Text;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The words a reader sees, each character tied back to the input range it came from, so findings on the
    /// visible text can be reported at their exact place in the HTML the caller gave.
    /// </summary>
    internal sealed class VisibleText
    {
        private readonly int[]? _sourceStart;
        private readonly int[]? _sourceEnd;

        private VisibleText(string text, int[]? sourceStart, int[]? sourceEnd, IReadOnlyList<Link> hrefLinks, IReadOnlyList<(MessageRegionKind Kind, int Start, int End)>? marked = null)
        {
            Text = text;
            _sourceStart = sourceStart;
            _sourceEnd = sourceEnd;
            HrefLinks = hrefLinks;
            MarkedRegions = marked ?? Array.Empty<(MessageRegionKind, int, int)>();
        }

        /// <summary>Visible ranges the HTML marks as a region: <c>&lt;blockquote&gt;</c> (a quoted reply) and <c>&lt;footer&gt;</c>.</summary>
        public IReadOnlyList<(MessageRegionKind Kind, int Start, int End)> MarkedRegions { get; }

        public string Text { get; }

        /// <summary>Links from HTML anchors: their target and the visible range of their text.</summary>
        public IReadOnlyList<Link> HrefLinks { get; }

        public static VisibleText FromPlainText(string text)
        {
            var normalized = TextNormalizer.Normalize(text, null, null);
            return normalized is { } n
                ? new VisibleText(n.Text, n.Starts, n.Ends, Array.Empty<Link>())
                : new VisibleText(text, null, null, Array.Empty<Link>());
        }

        /// <summary>Maps a visible range to the input range that produced it.</summary>
        public (int Start, int Length) ToSource(int start, int end)
        {
            if (_sourceStart is null || _sourceEnd is null)
            {
                return (start, end - start);
            }

            if (end <= start)
            {
                var at = start < Text.Length ? _sourceStart[start] : (Text.Length == 0 ? 0 : _sourceEnd[Text.Length - 1]);
                return (at, 0);
            }

            var s = _sourceStart[start];
            var e = _sourceEnd[end - 1];
            return (s, Math.Max(0, e - s));
        }

        private static Func<int, int> Remap(int[] before, int beforeLength, int[] after, int afterLength) => index =>
        {
            if (index >= beforeLength)
            {
                return afterLength;
            }

            var source = before[index];
            var k = Array.BinarySearch(after, 0, afterLength, source);
            if (k < 0)
            {
                k = ~k;
            }

            while (k > 0 && after[k - 1] == source)
            {
                k--;
            }

            return k;
        };

        public static VisibleText FromHtml(string html)
        {
            var sb = new StringBuilder(html.Length);
            // One slot per input character at most: the visible text is never longer than the HTML. Arrays sized once
            // (rather than lists copied into arrays at the end) keep a long message's peak memory to one map.
            var starts = new int[html.Length + 1];
            var ends = new int[html.Length + 1];
            var count = 0;
            var links = new List<Link>();
            string? openHref = null;
            var openHrefVisibleStart = 0;
            var marked = new List<(MessageRegionKind Kind, int Start, int End)>();
            int quoteDepth = 0, quoteStart = 0, footerDepth = 0, footerStart = 0;

            void Emit(char c, int from, int to)
            {
                sb.Append(c);
                starts[count] = from;
                ends[count] = to;
                count++;
            }

            var i = 0;
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '<' && i + 1 < html.Length && (char.IsLetter(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!' || html[i + 1] == '?'))
                {
                    if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
                    {
                        var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                        i = close < 0 ? html.Length : close + 3;
                        continue;
                    }

                    var tag = HtmlTag.Read(html, i);
                    if (tag.Name == "script" || tag.Name == "style")
                    {
                        if (!tag.IsClosing)
                        {
                            var close = html.IndexOf("</" + tag.Name, tag.End, StringComparison.OrdinalIgnoreCase);
                            i = close < 0 ? html.Length : HtmlTag.Read(html, close).End;
                            continue;
                        }
                    }
                    else if (tag.Name == "a")
                    {
                        if (!tag.IsClosing)
                        {
                            openHref = tag.Href;
                            openHrefVisibleStart = sb.Length;
                        }
                        else if (openHref != null)
                        {
                            links.Add(new Link(openHref, openHrefVisibleStart, sb.Length, isHref: true));
                            openHref = null;
                        }
                    }

                    else if (tag.Name == "blockquote" || tag.Name == "footer")
                    {
                        // Only the outermost element counts: a quote inside a quote is still the same quoted reply.
                        var quote = tag.Name == "blockquote";
                        ref var depth = ref quote ? ref quoteDepth : ref footerDepth;
                        ref var start = ref quote ? ref quoteStart : ref footerStart;
                        if (!tag.IsClosing && depth++ == 0)
                        {
                            start = sb.Length;
                        }
                        else if (tag.IsClosing && depth > 0 && --depth == 0)
                        {
                            marked.Add((quote ? MessageRegionKind.QuotedReply : MessageRegionKind.Footer, start, sb.Length));
                        }
                    }

                    if (HtmlTag.BreaksLine(tag.Name))
                    {
                        Emit('\n', i, i);
                    }

                    i = tag.End;
                    continue;
                }

                if (c == '&')
                {
                    var semi = html.IndexOf(';', i + 1, Math.Min(12, html.Length - i - 1)); // entities are short
                    if (semi > i + 1 && semi - i <= 12)
                    {
                        var entity = html.Substring(i, semi - i + 1);
                        var decoded = System.Net.WebUtility.HtmlDecode(entity);
                        if (decoded != entity)
                        {
                            foreach (var d in decoded)
                            {
                                Emit(d == '\u00A0' ? ' ' : d, i, semi + 1);
                            }

                            i = semi + 1;
                            continue;
                        }
                    }
                }

                // Line breaks inside HTML source are just spaces to a reader.
                Emit(c == '\r' || c == '\n' || c == '\t' ? ' ' : c, i, i + 1);
                i++;
            }

            if (openHref != null)
            {
                links.Add(new Link(openHref, openHrefVisibleStart, sb.Length, isHref: true));
            }

            if (quoteDepth > 0)
            {
                marked.Add((MessageRegionKind.QuotedReply, quoteStart, sb.Length));
            }

            if (footerDepth > 0)
            {
                marked.Add((MessageRegionKind.Footer, footerStart, sb.Length));
            }

            var visible = sb.ToString();
            var startArray = starts;
            var endArray = ends;
            if (TextNormalizer.Normalize(visible, startArray, endArray) is { } n)
            {
                // Link text ranges index the visible text; carry them over to the normalised one.
                var remap = Remap(startArray, count, n.Starts, n.Text.Length);
                links = links.ConvertAll(l => new Link(l.Url, remap(l.VisibleStart), remap(l.VisibleEnd), l.IsHref));
                marked = marked.ConvertAll(m => (m.Kind, remap(m.Start), remap(m.End)));
                return new VisibleText(n.Text, n.Starts, n.Ends, links, marked);
            }

            return new VisibleText(visible, startArray, endArray, links, marked);
        }
    }
}
