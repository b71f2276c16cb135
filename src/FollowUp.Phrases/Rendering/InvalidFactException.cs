namespace FollowUp.Phrases.Rendering
{
    /// <summary>A fact the order has is unsafe to put in a message (a <c>javascript:</c> tracking link, an http unsubscribe link).</summary>
    public sealed class InvalidFactException : FollowUpException
    {
        internal InvalidFactException(string fact, string problem)
            : base($"Fact '{fact}' cannot be used: {problem}")
        {
            Fact = fact;
        }

        /// <summary>The fact, by template name.</summary>
        public string Fact { get; }
    }
}
