using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>A follow-up the planner says the order needs.</summary>
    public sealed record DueFollowUp
    {
        /// <summary>The phrase to send, e.g. <c>shipment.dispatched</c>.</summary>
        public string Key { get; init; } = "";

        /// <summary>When to send it: the planned moment, moved into the buyer's working hours when their zone is known.</summary>
        public Instant DueAt { get; init; }

        /// <summary>The latest moment it still meets its rule, when the rule has one (a dispatch notice within 24 hours of handover).</summary>
        public Instant? Deadline { get; init; }

        /// <summary>Why it is due, in words for the person who sends it.</summary>
        public string Reason { get; init; } = "";

        /// <summary>Whether it is due at <paramref name="now"/>.</summary>
        public bool IsDue(Instant now) => DueAt <= now;

        /// <summary>Whether its deadline has passed at <paramref name="now"/>: still to send, but late — send it first, and say so.</summary>
        public bool IsOverdue(Instant now) => Deadline is Instant deadline && deadline < now && IsDue(now);
    }
}
