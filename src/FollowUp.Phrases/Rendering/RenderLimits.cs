namespace FollowUp.Phrases.Rendering
{
    /// <summary>Bounds on what one template may do, so a user's phrasebook can never hang or flood a host.</summary>
    public sealed record RenderLimits
    {
        /// <summary>Most iterations of any one loop, and most numbers in any range <c>(a..b)</c>. Default 1,000.</summary>
        public int LoopLimit { get; init; } = 1000;

        /// <summary>
        /// Deepest nesting of calls. Default 50. Phrases cannot include one another or define functions, so nothing
        /// nests today; the limit is validated and kept so that settings written for earlier versions still load.
        /// </summary>
        public int RecursionLimit { get; init; } = 50;

        /// <summary>
        /// Longest output of one template, in characters — literal text included — and longest text or list a
        /// template may build in a variable or through a filter. Default 100,000.
        /// </summary>
        public int OutputLimit { get; init; } = 100_000;

        /// <summary>
        /// Most steps (statements and loop iterations) one render of a template may take, counted across all its
        /// loops, so nested loops stay bounded too. Default 200,000.
        /// </summary>
        public int StepLimit { get; init; } = 200_000;
    }
}
