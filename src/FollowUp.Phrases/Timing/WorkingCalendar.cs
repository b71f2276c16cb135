using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// Which days a country works: weekends, public holidays and — in China — the weekend days worked to make up for
    /// bridged holidays (调休). Immutable data, loaded from JSON; see <see cref="WorkingCalendars"/>.
    /// </summary>
    /// <remarks>
    /// Outside the years the calendar covers (<see cref="Covers"/>) only weekends count as days off; check
    /// <see cref="Years"/> before relying on dates far ahead.
    /// </remarks>
    public sealed class WorkingCalendar
    {
        private readonly int _weekendDays; // bit (int)day set for each weekend day
        private readonly Dictionary<LocalDate, string> _holidays;
        private readonly HashSet<LocalDate> _workingWeekendDays;
        private readonly Dictionary<int, CalendarYear> _years;

        internal WorkingCalendar(string id, string name, DateTimeZone zone, IEnumerable<IsoDayOfWeek> weekend,
            IDictionary<LocalDate, string> holidays, IEnumerable<LocalDate> workingWeekendDays, IEnumerable<CalendarYear> years, LocalDate checkedOn)
        {
            Id = id;
            Name = name;
            TimeZone = zone;
            _weekendDays = weekend.Aggregate(0, (bits, day) => bits | (1 << (int)day));
            _holidays = new Dictionary<LocalDate, string>(holidays);
            _workingWeekendDays = new HashSet<LocalDate>(workingWeekendDays);
            _years = years.ToDictionary(y => y.Year);
            CheckedOn = checkedOn;
        }

        /// <summary>The calendar's id, usually an ISO 3166 country code (<c>CN</c>, <c>DE</c>).</summary>
        public string Id { get; }

        /// <summary>A readable name.</summary>
        public string Name { get; }

        /// <summary>The zone working days are counted in.</summary>
        public DateTimeZone TimeZone { get; }

        /// <summary>When the data was last checked against its sources.</summary>
        public LocalDate CheckedOn { get; }

        /// <summary>The years with holiday data, and where each comes from.</summary>
        public IReadOnlyCollection<CalendarYear> Years => _years.Values;

        /// <summary>The days off that are not weekends, with their names.</summary>
        public IReadOnlyDictionary<LocalDate, string> Holidays => _holidays;

        /// <summary>Whether the calendar has holiday data for <paramref name="year"/>.</summary>
        public bool Covers(int year) => _years.ContainsKey(year);

        /// <summary>Whether people work on <paramref name="date"/>.</summary>
        public bool IsWorkingDay(LocalDate date)
        {
            // A weekend day is worked only when made up for a bridged holiday; any other day unless it is a holiday (or,
            // data aside, listed as worked all the same). The weekend is a bit per weekday: a day's test asks one table
            // at most, where counting working days asked two or three per day.
            return (_weekendDays & (1 << (int)date.DayOfWeek)) != 0
                ? _workingWeekendDays.Contains(date)
                : !_holidays.ContainsKey(date) || _workingWeekendDays.Contains(date);
        }

        /// <summary>The holiday's name, or null when <paramref name="date"/> is not a holiday.</summary>
        public string? HolidayOn(LocalDate date) => _holidays.TryGetValue(date, out var name) ? name : null;

        /// <summary><paramref name="date"/> itself when it is a working day, else the next one.</summary>
        public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
        {
            var d = date;
            for (var guard = 0; guard < 366 && !IsWorkingDay(d); guard++)
            {
                d = d.PlusDays(1);
            }

            return d;
        }

        /// <summary>
        /// The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day itself does not
        /// count): 3 working days after Fri 27 Nov 2026 is Wed 2 Dec 2026. Zero returns <paramref name="start"/>.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
        public LocalDate AddWorkingDays(LocalDate start, int days)
        {
            if (days < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "Count working days forward only.");
            }

            var d = start;
            var counted = 0;
            while (counted < days)
            {
                d = d.PlusDays(1);
                if (IsWorkingDay(d))
                {
                    counted++;
                }
            }

            return d;
        }

        /// <summary>The working day <paramref name="days"/> working days before <paramref name="date"/> (1: the last working day before it).</summary>
        internal LocalDate WorkingDaysBefore(LocalDate date, int days)
        {
            var d = date;
            for (var counted = 0; counted < days;)
            {
                d = d.PlusDays(-1);
                counted += IsWorkingDay(d) ? 1 : 0;
            }

            return d;
        }

        /// <summary>Working days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
        public int WorkingDaysBetween(LocalDate start, LocalDate end)
        {
            var count = 0;
            for (var d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
            {
                if (IsWorkingDay(d))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>A copy with more days off (for regional holidays or company closures).</summary>
        public WorkingCalendar WithHolidays(IEnumerable<KeyValuePair<LocalDate, string>> extra)
        {
            var holidays = new Dictionary<LocalDate, string>(_holidays);
            foreach (var pair in extra)
            {
                holidays[pair.Key] = pair.Value;
            }

            var weekend = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(d => (_weekendDays & (1 << (int)d)) != 0);
            return new WorkingCalendar(Id, Name, TimeZone, weekend, holidays, _workingWeekendDays, _years.Values, CheckedOn);
        }

        /// <inheritdoc />
        public override string ToString() => $"{Id} ({Name})";
    }
}
