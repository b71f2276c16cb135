namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>How far a rule reaches under a check's context (see <see cref="RuleReach"/>).</summary>
    internal enum RuleReachKind
    {
        /// <summary>The rule reports nothing in this context (past dates without a send time, a transactional email's unsubscribe link).</summary>
        Never,

        /// <summary>The rule reports something only where one of its <see cref="RuleTriggers"/> occurs.</summary>
        Screened,

        /// <summary>The rule may report on any message in this context (a missing link, a user's rule): the message is read.</summary>
        Always,
    }
}
