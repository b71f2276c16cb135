using System;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>A span of calendar days, both ends included, such as an estimated delivery window.</summary>
    public readonly struct DateRange : IEquatable<DateRange>
    {
        /// <summary>Creates a range.</summary>
        /// <exception cref="ArgumentException"><paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
        public DateRange(LocalDate earliest, LocalDate latest)
        {
            if (latest < earliest)
            {
                throw new ArgumentException($"A date range cannot end ({latest:uuuu-MM-dd}) before it starts ({earliest:uuuu-MM-dd}).", nameof(latest));
            }

            Earliest = earliest;
            Latest = latest;
        }

        /// <summary>The first day.</summary>
        public LocalDate Earliest { get; }

        /// <summary>The last day.</summary>
        public LocalDate Latest { get; }

        /// <summary>Whether <paramref name="date"/> falls in the range.</summary>
        public bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

        /// <summary>The range in words for the buyer: <c>between Tue 1 Dec and Fri 4 Dec 2026</c>.</summary>
        public string Format(string? locale) => DateNames.FormatRange(this, locale);

        /// <inheritdoc />
        public bool Equals(DateRange other) => Earliest == other.Earliest && Latest == other.Latest;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Earliest.GetHashCode() * 31 + Latest.GetHashCode();

        /// <summary>The range in English.</summary>
        public override string ToString() => Format("en");
    }
}
