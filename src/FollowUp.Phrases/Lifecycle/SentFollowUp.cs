using NodaTime;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>A follow-up that went out: its phrase key and when.</summary>
    /// <param name="Key">The phrase key, e.g. <c>shipment.dispatched</c>.</param>
    /// <param name="At">When it was sent.</param>
    public sealed record SentFollowUp(string Key, Instant At);
}
