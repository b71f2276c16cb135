using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// Whether a message counts as transactional or marketing for the rules that depend on it (<c>missing-unsubscribe</c>,
    /// <c>missing-sender-identity</c>, purpose-bound policy terms), and why.
    /// </summary>
    /// <remarks>
    /// When the caller sets <see cref="CheckContext.Purpose"/> that answer stands and <see cref="IsInferred"/> is false.
    /// Otherwise the checker applies the primary-purpose test of the US CAN-SPAM rule (16 CFR 316.3): a message with
    /// commercial content and no transactional content is marketing; a message with both is marketing when the subject
    /// reads as commercial or when the transactional content does not come first in the body; a message with no
    /// commercial content is transactional. Review requests and cold outreach count as commercial, as the platforms and
    /// the corpus treat them.
    /// </remarks>
    public sealed record PurposeClassification
    {
        /// <summary>The purpose the rules used.</summary>
        public MessagePurpose Purpose { get; init; }

        /// <summary>True when the checker classified the message; false when the caller said.</summary>
        public bool IsInferred { get; init; }

        /// <summary>One sentence on why, for logs and reviewers.</summary>
        public string Reason { get; init; } = "";

        /// <summary>
        /// The wording the classification rests on, sentence by sentence (subject first): the first 25 signals of each
        /// kind and the body's first, so the list stays short however long the message; empty when the caller said.
        /// </summary>
        public IReadOnlyList<PurposeSignal> Signals { get; init; } = Array.Empty<PurposeSignal>();

        /// <summary><c>marketing (inferred): …</c>, for logs.</summary>
        public override string ToString() =>
            $"{Purpose.ToString().ToLowerInvariant()} ({(IsInferred ? "inferred" : "given")}): {Reason}";
    }
}
