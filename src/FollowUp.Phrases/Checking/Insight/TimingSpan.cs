namespace FollowUp.Phrases.Checking
{
    /// <summary>A time expression and how it tells the reader when.</summary>
    public sealed class TimingSpan : AnalyzedSpan
    {
        /// <summary>Absolute, range, event-anchored, vague or pleasantry.</summary>
        public TimingKind Kind { get; init; }
    }
}
