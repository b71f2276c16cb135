namespace FollowUp.Phrases.Checking
{
    /// <summary>How much a finding matters. The CLI exits 1 and strict rendering refuses when any finding is an <see cref="Error"/>.</summary>
    public enum Severity
    {
        /// <summary>Worth knowing; nothing to fix.</summary>
        Info,
        /// <summary>Weakens the message; fix it before sending if you can.</summary>
        Warning,
        /// <summary>Loses buyers, breaks a platform rule or the law; do not send.</summary>
        Error,
    }
}
