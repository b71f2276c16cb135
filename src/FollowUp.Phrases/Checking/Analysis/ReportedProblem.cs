namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A problem or pending item the message reports: "delayed", "not received", "still pending", "延误".</summary>
    internal readonly struct ReportedProblem
    {
        public ReportedProblem(int start, int end)
        {
            Start = start;
            End = end;
        }

        /// <summary>Start in the visible text.</summary>
        public int Start { get; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; }
    }
}
