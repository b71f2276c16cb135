using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// How a language names months and weekdays and writes a date: the single source for reading dates in messages
    /// ("vendredi 4 décembre 2026") and for writing them in rendered phrases ("ven. 4 déc. 2026").
    /// </summary>
    public sealed class DateWriting
    {
        internal DateWriting(IReadOnlyList<IReadOnlyList<string>> months, IReadOnlyList<IReadOnlyList<string>> weekdays, string full, string @short, string on, string between, bool shortenFirst)
        {
            Months = months;
            Weekdays = weekdays;
            Full = full;
            Short = @short;
            On = on;
            Between = between;
            ShortenFirst = shortenFirst;
        }

        /// <summary>No names: a pack that leaves dates out is read without them and writes dates in English.</summary>
        internal static readonly DateWriting None = new DateWriting(
            System.Array.Empty<IReadOnlyList<string>>(), System.Array.Empty<IReadOnlyList<string>>(), "", "", "", "", true);

        /// <summary>Whether the pack names months and weekdays.</summary>
        public bool HasNames => Months.Count == 12 && Weekdays.Count == 7;

        /// <summary>Twelve months, January first; each holds the name dates are written with, then every other form read.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Months { get; }

        /// <summary>Seven weekdays, Monday first; each holds the name dates are written with, then every other form read.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; }

        /// <summary>A date with its year: <c>{weekday} {day} {month} {year}</c>.</summary>
        public string Full { get; }

        /// <summary>A date without its year, for the shortened end of a range: <c>{weekday} {day} {month}</c>.</summary>
        public string Short { get; }

        /// <summary>A one-day range: <c>on {date}</c>.</summary>
        public string On { get; }

        /// <summary>A range: <c>between {first} and {last}</c>.</summary>
        public string Between { get; }

        // The patterns read once, for writing (Timing.DateNames); a race reads one twice, to equal results.
        private Timing.DatePattern? _fullPattern, _shortPattern, _onPattern, _betweenPattern;

        internal Timing.DatePattern FullPattern => _fullPattern ??= Timing.DatePattern.Parse(Full, Timing.DatePattern.DateFields);

        internal Timing.DatePattern ShortPattern => _shortPattern ??= Timing.DatePattern.Parse(Short, Timing.DatePattern.DateFields);

        internal Timing.DatePattern OnPattern => _onPattern ??= Timing.DatePattern.Parse(On, Timing.DatePattern.RangeFields);

        internal Timing.DatePattern BetweenPattern => _betweenPattern ??= Timing.DatePattern.Parse(Between, Timing.DatePattern.RangeFields);

        /// <summary>Whether a range within one year drops the year from its first date (English) rather than its last (Chinese).</summary>
        public bool ShortenFirst { get; }
    }
}
