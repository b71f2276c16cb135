using System;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>A delivery estimate the carrier gives, such as "7–10 working days from dispatch".</summary>
    public sealed record DeliveryWindow
    {
        /// <summary>Creates a window; both ends are whole days and <paramref name="minDays"/> ≤ <paramref name="maxDays"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The days are negative, longer than 366 or out of order.</exception>
        public DeliveryWindow(int minDays, int maxDays, DayKind kind = DayKind.WorkingDays)
        {
            if (minDays < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(minDays), minDays, "A delivery window cannot start before dispatch.");
            }

            if (maxDays > Timing.SupportedTime.MaxWindowDays)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDays), maxDays, $"A delivery window of more than {Timing.SupportedTime.MaxWindowDays} days is not an estimate.");
            }

            if (maxDays < minDays)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDays), maxDays, $"The longest delivery time ({maxDays}) is shorter than the shortest ({minDays}).");
            }

            MinDays = minDays;
            MaxDays = maxDays;
            Kind = kind;
        }

        /// <summary>The fewest days from dispatch.</summary>
        public int MinDays { get; }

        /// <summary>The most days from dispatch.</summary>
        public int MaxDays { get; }

        /// <summary>Whether the days are working days or calendar days.</summary>
        public DayKind Kind { get; }
    }
}
