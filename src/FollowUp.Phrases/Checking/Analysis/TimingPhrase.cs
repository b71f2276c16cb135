namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A time expression in the message, classified, with its visible range.</summary>
    internal sealed class TimingPhrase
    {
        public TimingPhrase(TimingKind kind, int start, int end, TimeExpression? expression = null)
        {
            Kind = kind;
            Start = start;
            End = end;
            Expression = expression;
        }

        public TimingKind Kind { get; }

        /// <summary>Start in the visible text.</summary>
        public int Start { get; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; }

        /// <summary>For absolute timing: the date or clock time read from it.</summary>
        public TimeExpression? Expression { get; }

        public override string ToString() => $"{Kind} [{Start}, {End})";
    }
}
