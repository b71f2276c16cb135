using System;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Timing
{
    /// <summary>How long something takes, as a range of days: production of apparel takes 15–20 working days.</summary>
    public sealed record LeadTime
    {
        /// <summary>Creates a lead time.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The days are negative or out of order.</exception>
        public LeadTime(int minDays, int maxDays, DayKind kind = DayKind.WorkingDays)
        {
            if (minDays < 0 || maxDays < minDays)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDays), $"A lead time needs 0 ≤ minDays ≤ maxDays, got {minDays}–{maxDays}.");
            }

            MinDays = minDays;
            MaxDays = maxDays;
            Kind = kind;
        }

        /// <summary>The fewest days.</summary>
        public int MinDays { get; }

        /// <summary>The most days.</summary>
        public int MaxDays { get; }

        /// <summary>Working or calendar days.</summary>
        public DayKind Kind { get; }
    }
}
