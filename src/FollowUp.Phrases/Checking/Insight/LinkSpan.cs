namespace FollowUp.Phrases.Checking
{
    /// <summary>A link: its target, its role and where its visible text stands.</summary>
    public sealed class LinkSpan : AnalyzedSpan
    {
        /// <summary>The target as written (an <c>href</c> or a URL in the text).</summary>
        public string Url { get; init; } = "";

        /// <summary>What the link is for, read from its address and label.</summary>
        public LinkRole Role { get; init; }

        /// <summary>Whether it can be followed: http, https or mailto, not <c>#</c> or <c>javascript:</c>.</summary>
        public bool IsWorking { get; init; }
    }
}
