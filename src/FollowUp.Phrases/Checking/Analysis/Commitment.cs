namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Something the message commits to: who decides whether it comes true, whether the seller controls that, and
    /// whether it is stated as certain ("guaranteed", "definitely", "100%", "never", "保证").
    /// </summary>
    internal sealed class Commitment
    {
        public Commitment(int start, int end, StepActor actor, bool sellerControls, bool isCertain, string? outcome)
        {
            Start = start;
            End = end;
            Actor = actor;
            SellerControls = sellerControls;
            IsCertain = isCertain;
            Outcome = outcome;
        }

        /// <summary>Start in the visible text.</summary>
        public int Start { get; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; }

        /// <summary>Who decides the outcome: the seller, an outside party (carrier, customs), or nobody named (the product, chance).</summary>
        public StepActor Actor { get; }

        /// <summary>Whether the seller can make it true: a refund, a reshipment, its own conduct, its dispatch date.</summary>
        public bool SellerControls { get; }

        /// <summary>Stated as certain rather than planned or estimated.</summary>
        public bool IsCertain { get; }

        /// <summary>The outcome word the certainty is about ("arrive", "customs", "refund"), when there is one.</summary>
        public string? Outcome { get; }

        /// <summary>Certainty about what the seller does not control: the overpromise.</summary>
        public bool IsOverpromise => IsCertain && !SellerControls;

        public override string ToString() => $"{(IsCertain ? "certain" : "planned")} {Outcome} by {Actor}{(SellerControls ? " (seller controls)" : "")} [{Start}, {End})";
    }
}
