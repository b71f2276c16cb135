namespace FollowUp.Phrases.Checking
{
    /// <summary>The parts of an email or chat message a reader tells apart at a glance.</summary>
    public enum MessageRegionKind
    {
        /// <summary>The body: what the seller is saying now.</summary>
        Body,
        /// <summary>A subject line checked on its own.</summary>
        Subject,
        /// <summary>"Dear Anna," / "您好！": the salutation before the body.</summary>
        Greeting,
        /// <summary>Earlier messages quoted below a reply ("&gt;" lines, "On … wrote:", <c>&lt;blockquote&gt;</c>): not the seller's words now.</summary>
        QuotedReply,
        /// <summary>"Best regards, Lily – Brightway Store": the closing and the sender's name.</summary>
        Signature,
        /// <summary>Legal and list text after the signature: unsubscribe, postal address, "you receive this because…".</summary>
        Footer,
    }
}
