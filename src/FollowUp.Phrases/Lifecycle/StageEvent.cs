using NodaTime;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>The order entered <paramref name="Stage"/> at <paramref name="At"/>.</summary>
    /// <param name="Stage">The stage entered.</param>
    /// <param name="At">When, as an instant on the global time line.</param>
    public sealed record StageEvent(OrderStage Stage, Instant At);
}
