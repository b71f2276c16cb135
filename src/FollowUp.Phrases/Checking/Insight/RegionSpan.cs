namespace FollowUp.Phrases.Checking
{
    /// <summary>A region of the message: greeting, body, signature, footer, quoted reply or subject.</summary>
    public sealed class RegionSpan : AnalyzedSpan
    {
        /// <summary>Which region.</summary>
        public MessageRegionKind Kind { get; init; }
    }
}
