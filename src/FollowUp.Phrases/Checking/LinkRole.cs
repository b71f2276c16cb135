namespace FollowUp.Phrases.Checking
{
    /// <summary>What a link is for, read from its address and the words that label it.</summary>
    public enum LinkRole
    {
        /// <summary>Anything else: a home page, a policy page, an unlabelled address.</summary>
        Other,
        /// <summary>Opts the reader out of mail: "Unsubscribe: https://…", <c>…/unsubscribe?u=1</c>, "退订".</summary>
        Unsubscribe,
        /// <summary>Follows a parcel: a carrier's or tracker's page, or a link labelled "track".</summary>
        Tracking,
        /// <summary>Asks for a review or feedback.</summary>
        Review,
        /// <summary>Takes a payment: checkout, invoice, PayPal.</summary>
        Payment,
        /// <summary>Shows products: a listing, collection, sale or shop page.</summary>
        Product,
        /// <summary>Starts a conversation: <c>mailto:</c>, WhatsApp, a chat link.</summary>
        Contact,
    }
}
