namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>The person and company that sign the follow-up.</summary>
    public sealed record Seller
    {
        /// <summary>The person who writes ("Lily Chen").</summary>
        public string? Name { get; init; }

        /// <summary>The company or store ("Shenzhen Brightway Co.").</summary>
        public string? Company { get; init; }

        /// <summary>The company's postal address, which commercial email must show (CAN-SPAM, CASL).</summary>
        public string? Address { get; init; }

        /// <summary>The team that owns after-sales cases ("our after-sales team"); phrases use it as the owner of the next step.</summary>
        public string? Team { get; init; }
    }
}
