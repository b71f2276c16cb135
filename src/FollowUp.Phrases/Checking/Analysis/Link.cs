using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A link in a message: its target and where its visible text is.</summary>
    internal sealed class Link
    {
        public Link(string url, int visibleStart, int visibleEnd, bool isHref)
        {
            Url = url;
            VisibleStart = visibleStart;
            VisibleEnd = visibleEnd;
            IsHref = isHref;
        }

        public string Url { get; }

        public int VisibleStart { get; }

        public int VisibleEnd { get; }

        /// <summary>From an HTML anchor rather than a URL written out in the text.</summary>
        public bool IsHref { get; }

        /// <summary>What the link is for; set once by the analysis.</summary>
        public LinkRole Role { get; set; }

        /// <summary>Whether the target can be followed: http, https or mailto, not <c>#</c> or <c>javascript:</c>.</summary>
        public bool IsWorking =>
            (Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && Url.Length > 8)
            || (Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && Url.Length > 7)
            || (Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && Url.IndexOf('@') > 7)
            || (Url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && Url.Length > 4);
    }
}
