using System;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// A run of at least a few days on which the seller does not work, holding a public holiday — the Spring Festival,
    /// National Day — with what a buyer must know before it: the last day orders are dispatched, the last time to order
    /// for that, and the day work resumes.
    /// </summary>
    public sealed record HolidayClosure
    {
        /// <summary>The holiday's name as the calendar writes it ("Spring Festival (春节)").</summary>
        public string Name { get; init; } = "";

        /// <summary>A stable id from the name's first words ("spring-festival", "national-day"), for templates to name it in their language.</summary>
        public string Holiday { get; init; } = "";

        /// <summary>The first day off.</summary>
        public LocalDate FirstDay { get; init; }

        /// <summary>The last day off.</summary>
        public LocalDate LastDay { get; init; }

        /// <summary>The first working day after the closure.</summary>
        public LocalDate ReopensOn { get; init; }

        /// <summary>The last working day before the closure: the last day parcels leave.</summary>
        public LocalDate LastDispatchDay { get; init; }

        /// <summary>The last moment an order can be paid and still leave before the closure (18:00 seller time, one working day before the last dispatch day).</summary>
        public Instant LastOrderAt { get; init; }

        /// <summary>Calendar days closed.</summary>
        public int Days => Period.Between(FirstDay, LastDay, PeriodUnits.Days).Days + 1;

        /// <summary>
        /// The next closure of at least <paramref name="minimumDays"/> days in <paramref name="calendar"/> that starts after
        /// <paramref name="today"/> and within <paramref name="lookAheadDays"/>; null when there is none (or the calendar
        /// does not cover the dates).
        /// </summary>
        public static HolidayClosure? Next(WorkingCalendar calendar, LocalDate today, int minimumDays = 3, int lookAheadDays = 120)
        {
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendar));
            }

            if (minimumDays < 1 || lookAheadDays < 1)
            {
                throw new ArgumentOutOfRangeException(minimumDays < 1 ? nameof(minimumDays) : nameof(lookAheadDays), "Both must be at least 1.");
            }

            var day = today.PlusDays(1);
            var end = today.PlusDays(lookAheadDays);
            while (day <= end)
            {
                if (calendar.IsWorkingDay(day) || !calendar.Covers(day.Year))
                {
                    day = day.PlusDays(1);
                    continue;
                }

                // A run of days off; it counts when it is long enough and a holiday (not just a weekend) is in it.
                var first = day;
                string? name = null;
                while (!calendar.IsWorkingDay(day) && calendar.Covers(day.Year))
                {
                    name ??= calendar.HolidayOn(day);
                    day = day.PlusDays(1);
                }

                var last = day.PlusDays(-1);
                if (name is null || Period.Between(first, last, PeriodUnits.Days).Days + 1 < minimumDays)
                {
                    continue;
                }

                var lastDispatch = calendar.WorkingDaysBefore(first, 1);
                var orderDay = calendar.WorkingDaysBefore(lastDispatch, 1);

                return new HolidayClosure
                {
                    Name = name,
                    Holiday = IdOf(name),
                    FirstDay = first,
                    LastDay = last,
                    ReopensOn = day,
                    LastDispatchDay = lastDispatch,
                    LastOrderAt = orderDay.At(new LocalTime(18, 0)).InZoneLeniently(calendar.TimeZone).ToInstant(),
                };
            }

            return null;
        }

        private static string IdOf(string name)
        {
            var bracket = name.IndexOf('(');
            var words = (bracket > 0 ? name.Substring(0, bracket) : name).Trim().ToLowerInvariant();
            var id = new System.Text.StringBuilder(words.Length);
            foreach (var c in words)
            {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                {
                    id.Append(c);
                }
                else if (id.Length > 0 && id[id.Length - 1] != '-')
                {
                    id.Append('-');
                }
            }

            return id.ToString().Trim('-');
        }
    }
}
