namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// A step in a cross-border order's life, from the buyer's first question to the closed file.
    /// In data and JSON a stage is written in kebab-case (<c>order-placed</c>); see <see cref="OrderStages"/>.
    /// </summary>
    public enum OrderStage
    {
        /// <summary>The buyer asked about a product, price or terms; nothing is agreed yet.</summary>
        Inquiry,
        /// <summary>A quotation or proforma invoice (PI) was sent and awaits the buyer's confirmation.</summary>
        Quotation,
        /// <summary>The buyer placed the order; payment is not yet confirmed.</summary>
        OrderPlaced,
        /// <summary>Payment is confirmed; the seller owes the goods.</summary>
        PaymentConfirmed,
        /// <summary>Goods are being made or customised.</summary>
        InProduction,
        /// <summary>The parcel was handed to the carrier.</summary>
        Shipped,
        /// <summary>The carrier is moving the parcel.</summary>
        InTransit,
        /// <summary>The parcel is at import customs.</summary>
        Customs,
        /// <summary>The carrier reports the parcel delivered.</summary>
        Delivered,
        /// <summary>General after-sales contact: reviews, questions about use.</summary>
        AfterSales,
        /// <summary>The buyer is sending goods back.</summary>
        Return,
        /// <summary>Goods are being exchanged for others.</summary>
        Exchange,
        /// <summary>Goods are being repaired.</summary>
        Repair,
        /// <summary>The buyer complained to the seller.</summary>
        Complaint,
        /// <summary>The buyer opened a dispute or claim with the platform or payment provider.</summary>
        Dispute,
        /// <summary>The order is being cancelled.</summary>
        Cancellation,
        /// <summary>Money is being returned to the buyer.</summary>
        Refund,
        /// <summary>Nothing more is owed by either side.</summary>
        Closed,
    }
}
