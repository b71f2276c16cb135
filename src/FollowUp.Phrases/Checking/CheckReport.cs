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
    }
}
