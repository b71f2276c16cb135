namespace FollowUp.Phrases.Checking
{
    /// <summary>Why the message is sent, in the sense of CAN-SPAM's primary-purpose test.</summary>
    public enum MessagePurpose
    {
        /// <summary>About an order or request the buyer made.</summary>
        Transactional,
        /// <summary>Promotion, cross-sell, review request or cold outreach: needs a way to opt out.</summary>
        Marketing,
    }
}
