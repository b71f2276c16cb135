namespace FollowUp.Phrases.Checking
{
    /// <summary>Something the message commits to, who decides it and whether the seller controls it.</summary>
    public sealed class CommitmentSpan : AnalyzedSpan
    {
        /// <summary>Who decides the outcome: the seller, an outside party (carrier, customs), or nobody named.</summary>
        public StepActor Actor { get; init; }

        /// <summary>Whether the seller can make it true (a refund, its own dispatch date, its own conduct).</summary>
        public bool SellerControls { get; init; }

        /// <summary>Stated as certain ("guaranteed", "definitely", "never", "保证") rather than planned.</summary>
        public bool IsCertain { get; init; }

        /// <summary>The outcome word the certainty is about ("arrive", "customs", "refund"), when there is one.</summary>
        public string? Outcome { get; init; }
    }
}
