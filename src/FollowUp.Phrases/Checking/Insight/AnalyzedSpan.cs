namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// A stretch of the message the analysis found. Offsets are UTF-16 code units into the text the caller gave (HTML
    /// included), like <see cref="Diagnostic.Start"/>.
    /// Immutable: every property is set once when the analysis is built.
    /// </summary>
    public class AnalyzedSpan
    {
        /// <summary>Where it starts (UTF-16 code units from the start of the input).</summary>
        public int Start { get; init; }

        /// <summary>How long it is (UTF-16 code units).</summary>
        public int Length { get; init; }

        /// <summary>The text as it stands in the input.</summary>
        public string Text { get; init; } = "";

        /// <summary><c>[12, 27) 'will be processed'</c>, for logs.</summary>
        public override string ToString() => $"[{Start}, {Start + Length}) '{Text}'";
    }
}
