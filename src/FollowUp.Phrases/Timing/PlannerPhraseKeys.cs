namespace FollowUp.Phrases.Timing
{
    /// <summary>Which phrase the planner proposes for each step; point them at your own phrases if you renamed them.</summary>
    public sealed record PlannerPhraseKeys
    {
        /// <summary>Payment confirmed. Default <c>payment.received</c>.</summary>
        public string PaymentReceived { get; init; } = "payment.received";

        /// <summary>First unpaid reminder. Default <c>order.unpaid-reminder-1</c>.</summary>
        public string FirstUnpaidReminder { get; init; } = "order.unpaid-reminder-1";

        /// <summary>Second unpaid reminder. Default <c>order.unpaid-reminder-2</c>.</summary>
        public string SecondUnpaidReminder { get; init; } = "order.unpaid-reminder-2";

        /// <summary>Production update. Default <c>production.update</c>.</summary>
        public string ProductionUpdate { get; init; } = "production.update";

        /// <summary>Dispatch notice. Default <c>shipment.dispatched</c>.</summary>
        public string Dispatched { get; init; } = "shipment.dispatched";

        /// <summary>Tracking silent too long. Default <c>transit.no-tracking-update</c>.</summary>
        public string NoTrackingUpdate { get; init; } = "transit.no-tracking-update";

        /// <summary>Parcel at customs. Default <c>customs.arrived</c>.</summary>
        public string Customs { get; init; } = "customs.arrived";

        /// <summary>Feedback request. Default <c>after-sales.feedback-request</c>.</summary>
        public string FeedbackRequest { get; init; } = "after-sales.feedback-request";

        /// <summary>The one feedback reminder. Default <c>after-sales.feedback-reminder</c>.</summary>
        public string FeedbackReminder { get; init; } = "after-sales.feedback-reminder";

        /// <summary>The holiday closure notice to a buyer with an open order (transactional).</summary>
        public string ClosureNotice { get; init; } = "notice.holiday-closure";

        /// <summary>The holiday closure notice to a buyer whose recent orders are all closed (marketing: opt-out rules apply).</summary>
        public string ClosureNoticeToRecentBuyer { get; init; } = "marketing.holiday-closure";
    }
}
