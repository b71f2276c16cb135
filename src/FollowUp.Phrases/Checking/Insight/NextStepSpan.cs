namespace FollowUp.Phrases.Checking
{
    /// <summary>A next step the message hands to someone.</summary>
    public sealed class NextStepSpan : AnalyzedSpan
    {
        /// <summary>Promise, request, in progress, done or passive.</summary>
        public StepKind Kind { get; init; }

        /// <summary>Who the step belongs to; <see cref="StepActor.Unknown"/> for an agentless passive.</summary>
        public StepActor Actor { get; init; }

        /// <summary>The timing in the same sentence that triggers or bounds the step, if any.</summary>
        public TimingSpan? Trigger { get; init; }
    }
}
