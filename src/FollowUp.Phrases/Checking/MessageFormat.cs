namespace FollowUp.Phrases.Checking
{
    /// <summary>What kind of text is checked.</summary>
    public enum MessageFormat
    {
        /// <summary>Plain text: every character is visible.</summary>
        Text,
        /// <summary>HTML: only the visible text and link targets are checked, never tags or attributes.</summary>
        Html,
    }
}
