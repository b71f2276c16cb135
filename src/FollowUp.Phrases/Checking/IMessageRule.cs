namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// A rule of your own, run by <see cref="WordingChecker"/> beside the built-in ones: it reads the same
    /// <see cref="AnalyzedMessage"/> they read and reports through <see cref="RuleFindings"/>, so its findings get the
    /// rule's id and severity (changeable in <see cref="WordingCheckerOptions.Severities"/>), positions, fixes,
    /// suppressions (<c>followup-ignore my-rule: reason</c>) and the findings limit like any other.
    /// Register it in <see cref="WordingCheckerOptions.CustomRules"/>. Implementations must be thread-safe: one checker
    /// runs a rule for many messages at once.
    /// </summary>
    /// <example>
    /// <code>
    /// public sealed class BannedPhraseRule : IMessageRule
    /// {
    ///     private readonly string[] _banned;
    ///     public BannedPhraseRule(string file) =&gt; _banned = File.ReadAllLines(file);
    ///     public RuleDescriptor Descriptor { get; } = new RuleDescriptor("brand-banned-phrase", Severity.Warning,
    ///         "Phrase our brand does not use", "Our style guide lists phrases we never send.");
    ///     public void Check(AnalyzedMessage message, RuleFindings findings)
    ///     {
    ///         foreach (var phrase in _banned)
    ///             for (var at = message.Text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at &gt;= 0;
    ///                  at = message.Text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
    ///                 findings.Add(at, phrase.Length, $"'{phrase}' is on the banned list.");
    ///     }
    /// }
    /// </code>
    /// </example>
    public interface IMessageRule
    {
        /// <summary>The rule's id (kebab-case, unlike every built-in id), default severity, title and help.</summary>
        RuleDescriptor Descriptor { get; }

        /// <summary>Reads one message and reports what it finds. Offsets are UTF-16 code units into <see cref="AnalyzedMessage.Text"/>.</summary>
        void Check(AnalyzedMessage message, RuleFindings findings);
    }
}
