using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Checking
{
    /// <summary>What the checker needs to know about a message besides its words.</summary>
    public sealed record CheckContext
    {
        /// <summary>A transactional plain-text email, the most common follow-up.</summary>
        public static readonly CheckContext Default = new CheckContext();

        /// <summary>How the message is sent. Default: email.</summary>
        public Channel Channel { get; init; } = Channel.Email;

        /// <summary>Why it is sent. Default: transactional.</summary>
        public MessagePurpose Purpose { get; init; } = MessagePurpose.Transactional;

        /// <summary>The order's stage, when known.</summary>
        public OrderStage? Stage { get; init; }

        /// <summary>The message's language as a BCP 47 tag. English and Simplified Chinese wording is checked in any message; the locale is reported back for callers.</summary>
        public string? Locale { get; init; }

        /// <summary>Plain text or HTML. Default: plain text.</summary>
        public MessageFormat Format { get; init; } = MessageFormat.Text;
    }
}
