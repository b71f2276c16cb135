namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// A marketing phrase was rendered for a buyer who opted out of marketing (<c>Buyer.OptedOutOfMarketing</c>): sending
    /// it breaks GDPR, CAN-SPAM and every platform's messaging rules. Transactional phrases still render. For a notice the
    /// law requires whatever the buyer chose, set <see cref="RenderOptions.LegallyRequiredNotice"/>.
    /// </summary>
    public sealed class BuyerOptedOutException : FollowUpException
    {
        internal BuyerOptedOutException(string phraseKey, string? orderId, string? buyerName)
            : base($"Phrase '{phraseKey}' is marketing, and the buyer{(buyerName is null ? "" : $" '{buyerName}'")} of order '{orderId}' opted out of marketing (Buyer.OptedOutOfMarketing). " +
                   "Render a transactional phrase instead; for a notice the law requires regardless, set RenderOptions.LegallyRequiredNotice.")
        {
            PhraseKey = phraseKey;
            OrderId = orderId;
        }

        /// <summary>The marketing phrase that was refused.</summary>
        public string PhraseKey { get; }

        /// <summary>The order whose buyer opted out.</summary>
        public string? OrderId { get; }
    }
}
