namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// One wording finding, precise enough for an editor to underline. Offsets are UTF-16 code units into the text
    /// the caller gave (HTML included), which is what C# and JavaScript strings index.
    /// </summary>
    public sealed record Diagnostic
    {
        /// <summary>The stable rule id, such as <c>vague-timing</c>.</summary>
        public string Rule { get; init; } = "";

        /// <summary>How much it matters.</summary>
        public Severity Severity { get; init; }

        /// <summary>Where the flagged text starts (UTF-16 code units from the start of the input).</summary>
        public int Start { get; init; }

        /// <summary>How long the flagged text is (UTF-16 code units). For a finding about the whole message it covers the whole input.</summary>
        public int Length { get; init; }

        /// <summary>1-based line of <see cref="Start"/>.</summary>
        public int Line { get; init; }

        /// <summary>1-based column of <see cref="Start"/>, in UTF-16 code units.</summary>
        public int Column { get; init; }

        /// <summary>The flagged text as it stands in the input, or <c>null</c> when the finding is about the whole message.</summary>
        public string? Text { get; init; }

        /// <summary>What is wrong and why it costs the seller.</summary>
        public string Message { get; init; } = "";

        /// <summary>What to write instead, when there is a standard fix.</summary>
        public string? Suggestion { get; init; }

        /// <summary>
        /// Text that can replace <see cref="Text"/> as it stands, when the rule knows the better wording from the context
        /// (the correct weekday, the zone, a date from the order's facts); null when a person must choose.
        /// </summary>
        public string? Replacement { get; init; }

        /// <summary>Whether the finding is about the whole message rather than a span of it.</summary>
        public bool IsWholeMessage => Text is null;

        /// <summary><c>3:14 warning vague-timing: …</c>, for logs.</summary>
        public override string ToString() => $"{Line}:{Column} {Severity.ToString().ToLowerInvariant()} {Rule}: {Message}";
    }
}
