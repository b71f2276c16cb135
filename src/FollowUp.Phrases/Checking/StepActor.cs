namespace FollowUp.Phrases.Checking
{
    /// <summary>Who a next step belongs to.</summary>
    public enum StepActor
    {
        /// <summary>Nobody is named: "your refund will be processed".</summary>
        Unknown,
        /// <summary>The seller or someone on the seller's side: "we will", "our QC team will", "Kevin will", "我们会".</summary>
        Seller,
        /// <summary>The buyer, asked to act: "please reply", "could you send", "let us know", "请确认".</summary>
        Buyer,
        /// <summary>A carrier, forwarder or other outside party: "DHL will collect it", "will be checked by customs".</summary>
        ThirdParty,
        /// <summary>A system acting on its own: "will be cancelled automatically", "the tracking will be updated".</summary>
        System,
    }
}
