using System;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>The part of a working day when a buyer reads messages; follow-ups due outside it wait for the next opening.</summary>
    public sealed record WorkingHours
    {
        /// <summary>09:00–18:00.</summary>
        public static readonly WorkingHours Default = new WorkingHours(new LocalTime(9, 0), new LocalTime(18, 0));

        /// <summary>Creates working hours.</summary>
        /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
        public WorkingHours(LocalTime start, LocalTime end)
        {
            if (end <= start)
            {
                throw new ArgumentException($"Working hours must end after they start ({start:HH:mm}–{end:HH:mm}).", nameof(end));
            }

            Start = start;
            End = end;
        }

        /// <summary>When the working day starts.</summary>
        public LocalTime Start { get; }

        /// <summary>When it ends.</summary>
        public LocalTime End { get; }

        /// <summary>
        /// <paramref name="instant"/> when it falls in working hours on a working day in <paramref name="zone"/>,
        /// else the next opening. Days come from <paramref name="calendar"/>; the clock from <paramref name="zone"/>,
        /// so daylight-saving changes are handled by NodaTime.
        /// </summary>
        public Instant NextOpening(Instant instant, DateTimeZone zone, WorkingCalendar calendar)
        {
            var local = instant.InZone(zone).LocalDateTime;
            var date = local.Date;
            if (calendar.IsWorkingDay(date) && local.TimeOfDay >= Start && local.TimeOfDay < End)
            {
                return instant;
            }

            if (!calendar.IsWorkingDay(date) || local.TimeOfDay >= End)
            {
                date = calendar.NextWorkingDayOnOrAfter(date.PlusDays(calendar.IsWorkingDay(date) ? 1 : 0));
            }

            return zone.AtLeniently(date + Start).ToInstant();
        }
    }
}
