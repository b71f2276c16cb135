using System;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>The follow-up cadence. Every interval and phrase key can be changed; the planner validates them once.</summary>
    public sealed class FollowUpPlannerOptions
    {
        /// <summary>First unpaid reminder after the order. Default 12 hours.</summary>
        public Duration FirstUnpaidReminder { get; set; } = Duration.FromHours(12);

        /// <summary>Second and last unpaid reminder after the order. Default 48 hours.</summary>
        public Duration SecondUnpaidReminder { get; set; } = Duration.FromHours(48);

        /// <summary>Production updates, every so often until the goods ship. Default 3 days.</summary>
        public Duration ProductionUpdateEvery { get; set; } = Duration.FromDays(3);

        /// <summary>How soon after handover the dispatch notice must go. Default 24 hours.</summary>
        public Duration DispatchNoticeWithin { get; set; } = Duration.FromHours(24);

        /// <summary>Silence from the carrier before the buyer hears from you. Default 5 days.</summary>
        public Duration NoTrackingUpdateAfter { get; set; } = Duration.FromDays(5);

        /// <summary>Feedback request after delivery. Default 3 days.</summary>
        public Duration FeedbackRequestAfterDelivery { get; set; } = Duration.FromDays(3);

        /// <summary>The one feedback reminder, no earlier than this after the request. Default 10 days.</summary>
        public Duration FeedbackReminderEarliest { get; set; } = Duration.FromDays(10);

        /// <summary>…and no later than this; after it, no reminder is sent. Default 15 days.</summary>
        public Duration FeedbackReminderLatest { get; set; } = Duration.FromDays(15);

        /// <summary>Platforms that allow only one review request per order. Default: Amazon.</summary>
        public string[] SingleReviewRequestPlatforms { get; set; } = { "amazon" };

        /// <summary>When buyers read messages. Default 09:00–18:00 in their zone.</summary>
        public WorkingHours BuyerWorkingHours { get; set; } = WorkingHours.Default;

        /// <summary>Calendars for the buyer's working days, picked by <c>Buyer.Country</c>. Default: built-in.</summary>
        public WorkingCalendars Calendars { get; set; } = WorkingCalendars.BuiltIn;

        /// <summary>How many of the seller's working days before a holiday closure its notice is due. Default 10.</summary>
        public int ClosureNoticeWorkingDays { get; set; } = 10;

        /// <summary>The shortest run of days off that gets a closure notice. Default 3 (every Chinese public holiday break).</summary>
        public int MinimumClosureDays { get; set; } = 3;

        /// <summary>A buyer whose order closed within this many days still hears about a closure (as marketing). Default 90 days.</summary>
        public Duration RecentBuyerWithin { get; set; } = Duration.FromDays(90);

        /// <summary>The phrase keys the planner proposes.</summary>
        public PlannerPhraseKeys Phrases { get; set; } = new PlannerPhraseKeys();

        internal void Validate()
        {
            foreach (var (name, value) in new[]
            {
                (nameof(FirstUnpaidReminder), FirstUnpaidReminder), (nameof(SecondUnpaidReminder), SecondUnpaidReminder),
                (nameof(ProductionUpdateEvery), ProductionUpdateEvery), (nameof(DispatchNoticeWithin), DispatchNoticeWithin),
                (nameof(NoTrackingUpdateAfter), NoTrackingUpdateAfter), (nameof(FeedbackRequestAfterDelivery), FeedbackRequestAfterDelivery),
                (nameof(FeedbackReminderEarliest), FeedbackReminderEarliest), (nameof(FeedbackReminderLatest), FeedbackReminderLatest),
                (nameof(RecentBuyerWithin), RecentBuyerWithin),
            })
            {
                if (value <= Duration.Zero)
                {
                    throw new ConfigurationException($"FollowUpPlannerOptions.{name} must be positive, not {value}.", "FollowUpPlannerOptions");
                }
            }

            if (ClosureNoticeWorkingDays < 1 || ClosureNoticeWorkingDays > 60 || MinimumClosureDays < 2 || MinimumClosureDays > 30)
            {
                throw new ConfigurationException($"FollowUpPlannerOptions.ClosureNoticeWorkingDays must be 1–60 (is {ClosureNoticeWorkingDays}) and MinimumClosureDays 2–30 (is {MinimumClosureDays}).", "FollowUpPlannerOptions");
            }

            if (SecondUnpaidReminder <= FirstUnpaidReminder)
            {
                throw new ConfigurationException("FollowUpPlannerOptions.SecondUnpaidReminder must come after FirstUnpaidReminder.", "FollowUpPlannerOptions");
            }

            if (FeedbackReminderLatest < FeedbackReminderEarliest)
            {
                throw new ConfigurationException("FollowUpPlannerOptions.FeedbackReminderLatest must not be before FeedbackReminderEarliest.", "FollowUpPlannerOptions");
            }

            if (BuyerWorkingHours is null || Calendars is null || Phrases is null || SingleReviewRequestPlatforms is null)
            {
                throw new ConfigurationException("FollowUpPlannerOptions: BuyerWorkingHours, Calendars, Phrases and SingleReviewRequestPlatforms are required.", "FollowUpPlannerOptions");
            }
        }
    }
}
