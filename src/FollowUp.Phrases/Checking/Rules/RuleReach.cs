namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>Whether a rule can report anything under a check's context, and whether its triggers decide that.</summary>
    internal enum RuleReach
    {
        /// <summary>The rule reports nothing in this context (past dates without a send time, a transactional email's unsubscribe link).</summary>
        Never,

        /// <summary>The rule reports something only where one of its <see cref="RuleTriggers"/> occurs.</summary>
        Screened,

        /// <summary>The rule may report on any message in this context (a missing link, a user's rule): the message is read.</summary>
        Always,
    }
}
