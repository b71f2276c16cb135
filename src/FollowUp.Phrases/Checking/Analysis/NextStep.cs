namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A next step the message hands to someone: how, to whom, and the timing that triggers or bounds it.</summary>
    internal sealed class NextStep
    {
        public NextStep(StepKind kind, StepActor actor, int start, int end)
        {
            Kind = kind;
            Actor = actor;
            Start = start;
            End = end;
        }

        public StepKind Kind { get; }

        public StepActor Actor { get; }

        /// <summary>Start in the visible text: where the wording that hands on the step begins ("we will", "please", "will be processed").</summary>
        public int Start { get; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; }

        /// <summary>The timing in the same sentence ("by 27 Nov 2026", "as soon as the tracking updates", "soon"), if any.</summary>
        public TimingPhrase? Trigger { get; set; }

        /// <summary>Whether someone — seller, buyer or an outside party — owns the step.</summary>
        public bool HasOwner => Actor == StepActor.Seller || Actor == StepActor.Buyer || Actor == StepActor.ThirdParty;

        public override string ToString() => $"{Kind} by {Actor} [{Start}, {End})";
    }
}
