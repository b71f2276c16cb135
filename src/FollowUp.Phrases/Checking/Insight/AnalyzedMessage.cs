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
        /// <summary>The message as given (HTML included); every offset in this reading points into it.</summary>
        public string Text { get; init; } = "";

        /// <summary>
        /// The seller's own words, in order, as spans of <see cref="Text"/>: visible words only (no HTML markup, no links),
        /// leaving out words quoted from someone else and the quoted reply. Chinese text comes as runs of characters.
        /// </summary>
        public IReadOnlyList<AnalyzedSpan> Words { get; init; } = Array.Empty<AnalyzedSpan>();

        /// <summary>The languages the message was read in, main one first (ISO 639 codes).</summary>
        public IReadOnlyList<string> Languages { get; init; } = Array.Empty<string>();

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
