namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// The findings that report the checker's own limits (<see cref="WordingCheckerOptions.MaxFindings"/> and
    /// <see cref="WordingCheckerOptions.MaxInputLength"/>): output stays proportional to what a person can read, and
    /// a message too long to be a message is said to be so rather than silently skipped.
    /// </summary>
    internal static class CheckLimits
    {
        public static readonly RuleDescriptor TruncatedRule = new RuleDescriptor(
            "findings-truncated", Severity.Info, "More findings than the report shows",
            "Fix the findings shown, or raise WordingCheckerOptions.MaxFindings (followup check --max-findings).");

        public static readonly RuleDescriptor TooLongRule = new RuleDescriptor(
            "message-too-long", Severity.Error, "Message longer than the checker reads",
            "Check the message in parts, or raise WordingCheckerOptions.MaxInputLength (followup check --max-input).");

        private static string N(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        public static Diagnostic Truncated(int more, int limit) => new Diagnostic
        {
            Rule = TruncatedRule.Id,
            Severity = TruncatedRule.DefaultSeverity,
            Message = $"{more} more finding{(more == 1 ? "" : "s")} not reported: the report stops at {limit} (WordingCheckerOptions.MaxFindings).",
            Suggestion = TruncatedRule.Help,
        };

        public static Diagnostic TooLong(int length, int limit) => new Diagnostic
        {
            Rule = TooLongRule.Id,
            Severity = TooLongRule.DefaultSeverity,
            Message = $"The message is {N(length)} characters long; the checker reads at most {N(limit)} (WordingCheckerOptions.MaxInputLength), so it was not checked.",
            Suggestion = TooLongRule.Help,
        };
    }
}
