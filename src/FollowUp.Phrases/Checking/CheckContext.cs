using FollowUp.Phrases.Lifecycle;
using NodaTime;

namespace FollowUp.Phrases.Checking
{
    /// <summary>What the checker needs to know about a message besides its words.</summary>
    public sealed record CheckContext
    {
        /// <summary>A plain-text email whose purpose the checker infers, the most common follow-up.</summary>
        public static readonly CheckContext Default = new CheckContext();

        /// <summary>How the message is sent. Default: email.</summary>
        public Channel Channel { get; init; } = Channel.Email;

        /// <summary>
        /// Why it is sent. Default: null, which lets the checker classify the message with CAN-SPAM's primary-purpose test
        /// (see <see cref="PurposeClassification"/>); set it when your system knows (a campaign tool sends marketing, an
        /// order system transactional mail).
        /// </summary>
        public MessagePurpose? Purpose { get; init; }

        /// <summary>
        /// The subject line of the email whose body is checked, when there is one. The primary-purpose test reads it: a
        /// commercial subject makes a mixed message marketing. Default: none.
        /// </summary>
        public string? Subject { get; init; }

        /// <summary>The order's stage, when known.</summary>
        public OrderStage? Stage { get; init; }

        /// <summary>
        /// The message's language as a BCP 47 tag. English and Simplified Chinese wording is checked in any message;
        /// <c>de…</c> and <c>es…</c> add the German and Spanish vague-timing and certainty lists. Default: none.
        /// </summary>
        public string? Locale { get; init; }

        /// <summary>Plain text or HTML. Default: plain text.</summary>
        public MessageFormat Format { get; init; } = MessageFormat.Text;

        /// <summary>When the message is sent. Enables <c>past-date</c>, and lets dates without a year be placed. Default: unknown.</summary>
        public Instant? Now { get; init; }

        /// <summary>The zone "today" is judged in for <c>past-date</c>. Default: UTC+8, the seller's clock.</summary>
        public DateTimeZone? TimeZone { get; init; }

        /// <summary>The order the message is about. Enables the check that a promised delivery date is not earlier than the carrier's window allows.</summary>
        public OrderSnapshot? Order { get; init; }

        /// <summary>Rules silenced for the whole text, e.g. by a template's <c>followup-ignore</c> comment. Default: none.</summary>
        public System.Collections.Generic.IReadOnlyCollection<string>? SuppressedRules { get; init; }

        /// <summary>Whether the message replies to one from the buyer; null when unknown. A new message should not start "Re:".</summary>
        public bool? IsReply { get; init; }

        /// <summary>How many files are attached to the message; null when unknown (then <c>attachment-missing</c> stays silent).</summary>
        public int? AttachmentCount { get; init; }

        /// <summary>Working-day calendars for date checks against the order. Default: built-in.</summary>
        public Timing.WorkingCalendars? Calendars { get; init; }
    }
}
