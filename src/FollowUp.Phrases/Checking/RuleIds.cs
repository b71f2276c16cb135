namespace FollowUp.Phrases.Checking
{
    /// <summary>The stable ids of the wording rules. They never change meaning once published.</summary>
    public static class RuleIds
    {
        /// <summary>A time expression about an order action that gives no checkable date, time or duration.</summary>
        public const string VagueTiming = "vague-timing";

        /// <summary>Certainty about an outcome the seller does not control, or an absolute claim.</summary>
        public const string Overpromise = "overpromise";

        /// <summary>Nobody owns the next step.</summary>
        public const string MissingOwner = "missing-owner";

        /// <summary>A marketing email with no working way to opt out.</summary>
        public const string MissingUnsubscribe = "missing-unsubscribe";

        /// <summary>A clock time with no zone: "by 5 pm".</summary>
        public const string MissingTimezone = "missing-timezone";

        /// <summary>A weekday that does not match its date: "Friday, 26 Nov 2026" (a Thursday).</summary>
        public const string WeekdayMismatch = "weekday-mismatch";

        /// <summary>A date promised or asked for that is already past when the message is sent.</summary>
        public const string PastDate = "past-date";

        /// <summary>Template text left in a message: ×××, XXX, [Date], (Your name), {{ … }}.</summary>
        public const string UnfilledPlaceholder = "unfilled-placeholder";

        /// <summary>All-caps sentences, runs of exclamation marks, "URGENT" used for pressure.</summary>
        public const string Shouting = "shouting";

        /// <summary>A bank account, IBAN or card number in a message.</summary>
        public const string PaymentDetails = "payment-details";

        /// <summary>An incentive to leave, change or remove a review.</summary>
        public const string ReviewManipulation = "review-manipulation";

        /// <summary>"Please find attached" with no attachment.</summary>
        public const string AttachmentMissing = "attachment-missing";

        /// <summary>An empty or generic subject, "Re:" on a new message, or no order or PI number when the message is about one.</summary>
        public const string SubjectLine = "subject-line";

        /// <summary>A marketing email without the sender's postal address (CAN-SPAM, CASL).</summary>
        public const string MissingSenderIdentity = "missing-sender-identity";

        /// <summary>A term an active platform or jurisdiction policy restricts.</summary>
        public const string SensitiveTerm = "sensitive-term";

        /// <summary>The message is written in a language no language pack covers, so the wording rules could not read it.</summary>
        public const string LanguageNotCovered = "language-not-covered";
    }
}
