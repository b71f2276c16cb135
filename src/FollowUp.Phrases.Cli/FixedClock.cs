using NodaTime;

namespace FollowUp.Phrases.Cli
{
    /// <summary>A clock stopped at the instant given by <c>--now</c>.</summary>
    internal sealed class FixedClock : IClock
    {
        private readonly Instant _now;

        public FixedClock(Instant now)
        {
            _now = now;
        }

        public Instant GetCurrentInstant() => _now;
    }
}
