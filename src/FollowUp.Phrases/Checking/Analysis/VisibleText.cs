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
        private readonly OffsetMap? _map;

        private VisibleText(string text, OffsetMap? map, IReadOnlyList<Link> hrefLinks, IReadOnlyList<(MessageRegionKind Kind, int Start, int End)>? marked = null)
        {
            Text = text;
            _map = map;
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
            var normalized = TextNormalizer.Normalize(text, null);
            return normalized is { } n
                ? new VisibleText(n.Text, n.Map, Array.Empty<Link>())
                : new VisibleText(text, null, Array.Empty<Link>());
        }

        /// <summary>Whether the visible text is the input as it was given: every range maps to itself.</summary>
        public bool IsInput => _map is null;

        /// <summary>Maps a visible range to the input range that produced it.</summary>
        public (int Start, int Length) ToSource(int start, int end)
        {
            if (_map is null)
            {
                return (start, end - start);
            }

            if (end <= start)
            {
                var at = start < Text.Length ? _map.StartOf(start) : (Text.Length == 0 ? 0 : _map.EndOf(Text.Length - 1));
                return (at, 0);
            }

            var s = _map.StartOf(start);
            var e = _map.EndOf(end - 1);
            return (s, Math.Max(0, e - s));
        }

        // A visible index before normalisation → the index of the same input place after it.
        private static Func<int, int> Remap(OffsetMap before, OffsetMap after) => index =>
            index >= before.Length ? after.Length : after.FirstAtOrAfter(before.StartOf(index));

        [ThreadStatic]
        private static StringBuilder? t_builder;

        // A thread keeps a builder of at most this many characters between checks.
        private const int MaxKeptBuilder = 64 * 1024;

        // The map's first size: a run per ten characters of HTML, as a tag and the text up to the next one rarely take
        // fewer. Guessed rather than counted: a pass to count the tags and entities of a mail's HTML cost a sixth of
        // reading it; markup denser than that grows the map, by doubling.
        private static int RunsFor(string html) => html.Length / 10 + 8;

        // The characters of HTML that are not copied to the visible text as they are (or may not be).
        private static readonly char[] NotCopied = { '<', '&', '\r', '\n', '\t' };

        // The last HTML this thread read and what it made of it: a template's renders repeat their HTML body, and the
        // screen and the reading of one check both ask for it. A pure function of the HTML, so kept by its characters
        // alone (HTML up to MaxKeptHtml characters: the kept strings are held until the next HTML replaces them).
        [ThreadStatic]
        private static VisibleText? t_lastVisible;

        [ThreadStatic]
        private static string? t_lastHtml;

        /// <summary>The longest HTML whose visible text a thread keeps for the next time it meets the same HTML.</summary>
        internal const int MaxKeptHtml = 16 * 1024;

        /// <summary>
        /// The visible text of <paramref name="html"/>: the text a reader sees (tags dropped, entities decoded, blocks on
        /// lines of their own), with the anchors' links and the regions the markup marks.
        /// </summary>
        public static VisibleText FromHtml(string html)
        {
            if (t_lastVisible is { } last && string.Equals(t_lastHtml, html, StringComparison.Ordinal))
            {
                // Each reading classifies its links (LinkClassifier sets their roles): its own.
                return last.HrefLinks.Count == 0 ? last : new VisibleText(last.Text, last._map, Fresh(last.HrefLinks), last.MarkedRegions);
            }

            var visible = Read(html);
            (t_lastHtml, t_lastVisible) = html.Length <= MaxKeptHtml ? (html, visible) : (null, null);
            return visible;
        }

        private static Link[] Fresh(IReadOnlyList<Link> links)
        {
            var fresh = new Link[links.Count];
            for (var k = 0; k < fresh.Length; k++)
            {
                fresh[k] = new Link(links[k].Url, links[k].VisibleStart, links[k].VisibleEnd, links[k].IsHref);
            }

            return fresh;
        }

        private static VisibleText Read(string html)
        {
            // The builder is the thread's (its characters were an allocation as long as the HTML per check), cleared.
            var sb = t_builder ?? new StringBuilder(html.Length);
            t_builder = null; // taken: a reading inside a reading (a user's rule that checks) builds its own
            sb.Clear();
            var map = new OffsetMap(RunsFor(html));
            var links = new List<Link>();
            string? openHref = null;
            var openHrefVisibleStart = 0;
            var marked = new List<(MessageRegionKind Kind, int Start, int End)>();
            int quoteDepth = 0, quoteStart = 0, footerDepth = 0, footerStart = 0;

            void Emit(char c, int from, int to)
            {
                sb.Append(c);
                map.Add(from, to);
            }

            var i = 0;
            while (i < html.Length)
            {
                var c = html[i];
                if (c != '<' && c != '&' && c != '\r' && c != '\n' && c != '\t')
                {
                    // Text between tags and entities is copied as it is, a run at a time.
                    var next = html.IndexOfAny(NotCopied, i + 1);
                    next = next < 0 ? html.Length : next;
                    sb.Append(html, i, next - i);
                    map.AddCopied(i, next - i);
                    i = next;
                    continue;
                }

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

                    if (tag.BreaksLine)
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
            if (sb.Capacity <= MaxKeptBuilder)
            {
                t_builder = sb;
            }

            if (TextNormalizer.Normalize(visible, map) is { } n)
            {
                // Link text ranges index the visible text; carry them over to the normalised one.
                var remap = Remap(map, n.Map);
                links = links.ConvertAll(l => new Link(l.Url, remap(l.VisibleStart), remap(l.VisibleEnd), l.IsHref));
                marked = marked.ConvertAll(m => (m.Kind, remap(m.Start), remap(m.End)));
                return new VisibleText(n.Text, n.Map, links, marked);
            }

            return new VisibleText(visible, map, links, marked);
        }
    }
}
