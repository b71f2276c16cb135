using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>Thrown by an engine with <see cref="PhraseEngineOptions.RefuseOnErrors"/> when a rendered message has error-level findings.</summary>
    public sealed class WordingRejectedException : FollowUpException
    {
        internal WordingRejectedException(string phraseKey, IReadOnlyList<Diagnostic> diagnostics)
            : base($"Phrase '{phraseKey}' rendered with wording errors:\n" + string.Join("\n", diagnostics.Where(d => d.Severity == Severity.Error).Select(d => "  " + d)))
        {
            PhraseKey = phraseKey;
            Diagnostics = diagnostics;
        }

        /// <summary>The phrase that was rendered.</summary>
        public string PhraseKey { get; }

        /// <summary>All findings, not only the errors.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
