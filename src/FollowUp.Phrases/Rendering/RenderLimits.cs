namespace FollowUp.Phrases.Rendering
{
    /// <summary>Bounds on what one template may do, so a user's phrasebook can never hang or flood a host.</summary>
    public sealed record RenderLimits
    {
        /// <summary>Most iterations of any one loop. Default 1,000.</summary>
        public int LoopLimit { get; init; } = 1000;

        /// <summary>Deepest nesting of calls. Default 50.</summary>
        public int RecursionLimit { get; init; } = 50;

        /// <summary>Longest output of one template, in characters. Default 100,000.</summary>
        public int OutputLimit { get; init; } = 100_000;
    }
}
