namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// Wording that made the checker read a message as commercial or transactional, reported with
    /// <see cref="PurposeClassification"/> so a reviewer can see why a message counted as marketing.
    /// </summary>
    public sealed record PurposeSignal
    {
        /// <summary>Which way the wording points.</summary>
        public MessagePurpose Points { get; init; }

        /// <summary>The wording as it stands in the input ("20% off", "tracking number", "好评").</summary>
        public string Text { get; init; } = "";

        /// <summary>Where it starts: UTF-16 code units into the body, or into the subject when <see cref="InSubject"/>.</summary>
        public int Start { get; init; }

        /// <summary>Its length in UTF-16 code units.</summary>
        public int Length { get; init; }

        /// <summary>Whether it stands in the subject line (<see cref="CheckContext.Subject"/>) rather than the body.</summary>
        public bool InSubject { get; init; }
    }
}
