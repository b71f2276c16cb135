using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking
{
    /// <summary>What <see cref="WordingChecker.Review"/> found: the findings and how the message was classified.</summary>
    public sealed record CheckReport
    {
        /// <summary>The findings, ordered by position; offsets are UTF-16 code units into the checked text.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = Array.Empty<Diagnostic>();

        /// <summary>Transactional or marketing, given by the caller or inferred, with the wording it rests on.</summary>
        public PurposeClassification Purpose { get; init; } = new PurposeClassification();

        /// <summary>
        /// The languages the message was read in, main one first, as ISO 639 codes: the locale's when
        /// <see cref="CheckContext.Locale"/> is set, else those detected (<c>["fr"]</c>, <c>["en", "zh"]</c>). English and
        /// Chinese lists are applied to every message whatever this says.
        /// </summary>
        public IReadOnlyList<string> Languages { get; init; } = Array.Empty<string>();

        /// <summary>Languages the message is written in that no pack covers (each also reported as <c>language-not-covered</c>).</summary>
        public IReadOnlyList<string> UncoveredLanguages { get; init; } = Array.Empty<string>();
    }
}
