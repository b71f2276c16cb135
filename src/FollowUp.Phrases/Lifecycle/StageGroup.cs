namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>The broad part of the order's life a stage belongs to.</summary>
    public enum StageGroup
    {
        /// <summary>Before any order: inquiry and quotation.</summary>
        PreSale,
        /// <summary>The order and its payment.</summary>
        Order,
        /// <summary>Making and moving the goods, up to delivery.</summary>
        Fulfilment,
        /// <summary>Everything after delivery or instead of it: reviews, returns, complaints, refunds, closing.</summary>
        AfterSales,
    }
}
