namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>One region of the message: its kind and its range of the visible text and of tokens.</summary>
    internal readonly struct MessageRegion
    {
        public MessageRegion(MessageRegionKind kind, int start, int end, int firstToken, int endToken)
        {
            Kind = kind;
            Start = start;
            End = end;
            FirstToken = firstToken;
            EndToken = endToken;
        }

        public MessageRegionKind Kind { get; }

        /// <summary>Start in the visible text.</summary>
        public int Start { get; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; }

        public int FirstToken { get; }

        public int EndToken { get; }

        public override string ToString() => $"{Kind} [{Start}, {End})";
    }
}
