using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// The checker's reading of a message, the same one every rule queries: its regions, time expressions, next steps,
    /// commitments, links, placeholders, the problems it reports and its purpose. Use it to build your own checks or UI
    /// (highlight the quoted reply, list who owes what by when) without re-parsing the text.
    /// </summary>
    public sealed record AnalyzedMessage
    {
        /// <summary>Greeting, body, signature, footer and quoted reply, in order.</summary>
        public IReadOnlyList<RegionSpan> Regions { get; init; } = Array.Empty<RegionSpan>();

        /// <summary>Every time expression, classified, in order.</summary>
        public IReadOnlyList<TimingSpan> Timing { get; init; } = Array.Empty<TimingSpan>();

        /// <summary>The next steps handed to someone, with actor and trigger, in order.</summary>
        public IReadOnlyList<NextStepSpan> NextSteps { get; init; } = Array.Empty<NextStepSpan>();

        /// <summary>What the message commits to, in order.</summary>
        public IReadOnlyList<CommitmentSpan> Commitments { get; init; } = Array.Empty<CommitmentSpan>();

        /// <summary>Links with their roles, in order (links in a quoted reply are left out).</summary>
        public IReadOnlyList<LinkSpan> Links { get; init; } = Array.Empty<LinkSpan>();

        /// <summary>Unfilled template text (×××, [Date], <c>{{ … }}</c>).</summary>
        public IReadOnlyList<AnalyzedSpan> Placeholders { get; init; } = Array.Empty<AnalyzedSpan>();

        /// <summary>Problems or pending items the message reports ("delayed", "not received", "延误").</summary>
        public IReadOnlyList<AnalyzedSpan> Problems { get; init; } = Array.Empty<AnalyzedSpan>();

        /// <summary>Transactional or marketing, and why.</summary>
        public PurposeClassification Purpose { get; init; } = new PurposeClassification();
    }
}
