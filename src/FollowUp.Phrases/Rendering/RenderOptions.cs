using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>Per-message choices; anything left null comes from the order's buyer or the engine's defaults.</summary>
    public sealed record RenderOptions
    {
        /// <summary>The language to write in (BCP 47). Default: the buyer's locale, else the engine's default locale.</summary>
        public string? Locale { get; init; }

        /// <summary>How the message will be sent. Default: the engine's default channel.</summary>
        public Channel? Channel { get; init; }

        /// <summary>The buyer's tzdb zone for <c>buyer_time</c>. Default: the buyer's zone on the order.</summary>
        public string? BuyerTimeZoneId { get; init; }

        /// <summary>
        /// The message is a notice the law requires whatever the buyer chose (a safety recall, a change to terms), so a
        /// buyer's marketing opt-out does not stop it. Default: false — a marketing phrase for a buyer who opted out
        /// throws <see cref="BuyerOptedOutException"/>. Say why in your own records when you set it.
        /// </summary>
        public bool LegallyRequiredNotice { get; init; }
    }
}
