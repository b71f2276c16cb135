namespace FollowUp.Phrases.Checking
{
    /// <summary>How a sentence hands on the next step.</summary>
    public enum StepKind
    {
        /// <summary>Someone will act: "we will refund you", "DHL will collect it".</summary>
        Promise,
        /// <summary>The reader is asked to act: "please confirm", "could you send a photo", "Contact us on WhatsApp".</summary>
        Request,
        /// <summary>Someone is acting now: "we are checking with DHL".</summary>
        InProgress,
        /// <summary>Someone already acted on it: "we have sent a replacement", "我们已经联系物流".</summary>
        Done,
        /// <summary>Passive voice: "will be refunded", "is being looked into"; the actor is the agent, if one is named.</summary>
        Passive,
    }
}
