namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// A rule's finding in one language: the message (with <c>{text}</c> for the flagged words) and the suggestion
    /// (with <c>{date}</c> for a proposed date, when the check knows the time).
    /// </summary>
    public sealed class RuleWording
    {
        /// <summary>Creates a wording.</summary>
        public RuleWording(string message, string suggestion, string? suggestionWithDate = null)
        {
            Message = message;
            Suggestion = suggestion;
            SuggestionWithDate = suggestionWithDate;
        }

        /// <summary>What is wrong, with <c>{text}</c> standing for the flagged words.</summary>
        public string Message { get; }

        /// <summary>How to fix it when no date can be proposed.</summary>
        public string Suggestion { get; }

        /// <summary>How to fix it with a proposed date, <c>{date}</c>; null when the rule proposes none.</summary>
        public string? SuggestionWithDate { get; }
    }
}
