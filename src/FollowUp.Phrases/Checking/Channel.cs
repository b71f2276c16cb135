namespace FollowUp.Phrases.Checking
{
    /// <summary>How the message reaches the buyer.</summary>
    public enum Channel
    {
        /// <summary>Email, where anti-spam law (CAN-SPAM, GDPR, CASL) and bulk-sender rules apply.</summary>
        Email,
        /// <summary>A marketplace's buyer–seller messaging (Amazon, AliExpress, eBay, Alibaba.com…).</summary>
        Platform,
        /// <summary>Instant chat (WhatsApp, WeChat, Trade Manager).</summary>
        Chat,
    }
}
