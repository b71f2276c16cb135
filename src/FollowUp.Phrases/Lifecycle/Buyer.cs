namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>The person the follow-up is written to.</summary>
    public sealed record Buyer
    {
        /// <summary>How to address the buyer ("Anna", "Mr. Novak").</summary>
        public string? Name { get; init; }

        /// <summary>The buyer's email address, if known.</summary>
        public string? Email { get; init; }

        /// <summary>The buyer's language as a BCP 47 tag (<c>en</c>, <c>de-AT</c>, <c>zh-CN</c>); phrases fall back to <c>en</c>.</summary>
        public string? Locale { get; init; }

        /// <summary>The buyer's country as an ISO 3166 code (<c>DE</c>, <c>US</c>): picks the working-day calendar for delivery dates and follow-up times.</summary>
        public string? Country { get; init; }

        /// <summary>Whether the buyer opted out of marketing messages; the planner then schedules none.</summary>
        public bool OptedOutOfMarketing { get; init; }

        /// <summary>The buyer's time zone as a tzdb id (<c>Europe/Berlin</c>), used to show times in their clock.</summary>
        [System.Text.Json.Serialization.JsonPropertyName("timeZone")]
        public string? TimeZoneId { get; init; }
    }
}
