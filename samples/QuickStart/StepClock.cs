using NodaTime;

namespace QuickStart
{
    /// <summary>
    /// The library never reads the wall clock; it asks an <see cref="IClock"/>. This sample walks an order through
    /// its life, so its clock is set to each event as it happens.
    /// </summary>
    internal sealed class StepClock : IClock
    {
        public Instant Now { get; set; }

        public Instant GetCurrentInstant() => Now;
    }
}
