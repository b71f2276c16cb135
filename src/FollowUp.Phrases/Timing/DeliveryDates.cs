using System;
using FollowUp.Phrases.Lifecycle;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>Turns a carrier's "7–10 working days from dispatch" into the days a buyer can put in a diary.</summary>
    public static class DeliveryDates
    {
        /// <summary>
        /// The estimated delivery days: the dispatch day is taken in the buyer's calendar zone and not counted, then
        /// <see cref="DeliveryWindow.MinDays"/> and <see cref="DeliveryWindow.MaxDays"/> working (or calendar) days are
        /// added in the buyer's calendar. Dispatched on Sun 22 Nov 2026, 7–10 working days in Germany is
        /// <c>between Tue 1 Dec and Fri 4 Dec 2026</c>.
        /// </summary>
        public static DateRange Estimate(Instant dispatchedAt, DeliveryWindow window, WorkingCalendar buyerCalendar)
        {
            if (window is null)
            {
                throw new ArgumentNullException(nameof(window));
            }

            if (buyerCalendar is null)
            {
                throw new ArgumentNullException(nameof(buyerCalendar));
            }

            var dispatchDay = dispatchedAt.InZone(buyerCalendar.TimeZone).Date;
            if (window.Kind != DayKind.WorkingDays)
            {
                return new DateRange(dispatchDay.PlusDays(window.MinDays), dispatchDay.PlusDays(window.MaxDays));
            }

            // The last day counted on from the first (a window's ends are in order): each day is walked once.
            var first = buyerCalendar.AddWorkingDays(dispatchDay, window.MinDays);
            return new DateRange(first, buyerCalendar.AddWorkingDays(first, window.MaxDays - window.MinDays));
        }
    }
}
