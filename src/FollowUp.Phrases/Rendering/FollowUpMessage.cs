using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using NodaTime;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>A rendered follow-up with the wording findings for each of its parts. Offsets in each list index that part's text.</summary>
    public sealed record FollowUpMessage
    {
        // Kept by content: two messages with the same parts are equal (see OrderSnapshot).
        private readonly Values.ValueMap _headers = Values.ValueMap.Empty;
        private readonly Values.ValueList<Diagnostic> _subjectDiagnostics = Values.ValueList<Diagnostic>.Empty;
        private readonly Values.ValueList<Diagnostic> _textDiagnostics = Values.ValueList<Diagnostic>.Empty;
        private readonly Values.ValueList<Diagnostic> _htmlDiagnostics = Values.ValueList<Diagnostic>.Empty;

        /// <summary>The phrase rendered.</summary>
        public PhraseKey Key { get; init; }

        /// <summary>The locale actually used after fallback (<c>de-AT</c> asked, <c>de</c> used).</summary>
        public string Locale { get; init; } = "en";

        /// <summary>The order stage the phrase belongs to.</summary>
        public OrderStage Stage { get; init; }

        /// <summary>Transactional or marketing.</summary>
        public MessagePurpose Purpose { get; init; }

        /// <summary>The channel it was rendered for.</summary>
        public Channel Channel { get; init; }

        /// <summary>The subject, one line.</summary>
        public string Subject { get; init; } = "";

        /// <summary>The plain-text body.</summary>
        public string TextBody { get; init; } = "";

        /// <summary>The HTML body, when the phrase has one.</summary>
        public string? HtmlBody { get; init; }

        /// <summary>Mail headers the message needs, such as <c>List-Unsubscribe</c> for marketing email.</summary>
        public IReadOnlyDictionary<string, string> Headers { get => _headers; init => _headers = Values.ValueMap.Of(value); }

        /// <summary>When it was rendered, from the engine's clock.</summary>
        public Instant CreatedAt { get; init; }

        /// <summary>Findings in <see cref="Subject"/>.</summary>
        public IReadOnlyList<Diagnostic> SubjectDiagnostics { get => _subjectDiagnostics; init => _subjectDiagnostics = Values.ValueList<Diagnostic>.Of(value); }

        /// <summary>Findings in <see cref="TextBody"/>.</summary>
        public IReadOnlyList<Diagnostic> TextBodyDiagnostics { get => _textDiagnostics; init => _textDiagnostics = Values.ValueList<Diagnostic>.Of(value); }

        /// <summary>Findings in <see cref="HtmlBody"/>.</summary>
        public IReadOnlyList<Diagnostic> HtmlBodyDiagnostics { get => _htmlDiagnostics; init => _htmlDiagnostics = Values.ValueList<Diagnostic>.Of(value); }

        /// <summary>Every finding: subject, then text body, then HTML body.</summary>
        public IEnumerable<Diagnostic> Diagnostics => SubjectDiagnostics.Concat(TextBodyDiagnostics).Concat(HtmlBodyDiagnostics);

        /// <summary>Whether any finding is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }
}
