using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases
{
    /// <summary>
    /// When the planner proposes each follow-up, in plain numbers a configuration file can hold (hours and days);
    /// <see cref="ToOptions"/> gives the planner's own options. Defaults are the planner's.
    /// </summary>
    public sealed class PlannerSettings
    {
        private static readonly FollowUpPlannerOptions Defaults = new FollowUpPlannerOptions();

        /// <summary>Hours after the order is placed unpaid before the first reminder.</summary>
        public double FirstUnpaidReminderHours { get; set; } = Defaults.FirstUnpaidReminder.TotalHours;

        /// <summary>Hours after the order is placed unpaid before the second reminder.</summary>
        public double SecondUnpaidReminderHours { get; set; } = Defaults.SecondUnpaidReminder.TotalHours;

        /// <summary>Days between production updates.</summary>
        public double ProductionUpdateEveryDays { get; set; } = Defaults.ProductionUpdateEvery.TotalDays;

        /// <summary>Hours after hand-over within which the dispatch notice is due.</summary>
        public double DispatchNoticeWithinHours { get; set; } = Defaults.DispatchNoticeWithin.TotalHours;

        /// <summary>Days without a tracking update before the buyer is told.</summary>
        public double NoTrackingUpdateAfterDays { get; set; } = Defaults.NoTrackingUpdateAfter.TotalDays;

        /// <summary>Days after delivery before the feedback request.</summary>
        public double FeedbackRequestAfterDeliveryDays { get; set; } = Defaults.FeedbackRequestAfterDelivery.TotalDays;

        /// <summary>Working days before a holiday closure of three days or more that its notice is due (Spring Festival, National Day).</summary>
        public int ClosureNoticeWorkingDays { get; set; } = Defaults.ClosureNoticeWorkingDays;

        /// <summary>The planner's options.</summary>
        public FollowUpPlannerOptions ToOptions() => new FollowUpPlannerOptions
        {
            FirstUnpaidReminder = Duration.FromHours(FirstUnpaidReminderHours),
            SecondUnpaidReminder = Duration.FromHours(SecondUnpaidReminderHours),
            ProductionUpdateEvery = Duration.FromDays(ProductionUpdateEveryDays),
            DispatchNoticeWithin = Duration.FromHours(DispatchNoticeWithinHours),
            NoTrackingUpdateAfter = Duration.FromDays(NoTrackingUpdateAfterDays),
            FeedbackRequestAfterDelivery = Duration.FromDays(FeedbackRequestAfterDeliveryDays),
            ClosureNoticeWorkingDays = ClosureNoticeWorkingDays,
        };
    }
}
