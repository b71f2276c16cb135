namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// An instant, date or window outside the span the library works in (1900-01-01 to 2199-12-31, windows up to 366
    /// days): an order fact, <c>CheckContext.Now</c> or a planning time. Thrown instead of overflowing in date arithmetic.
    /// </summary>
    public sealed class TimeOutOfRangeException : FollowUpException
    {
        internal TimeOutOfRangeException(string field, string problem)
            : base($"{field}: {problem}")
        {
            Field = field;
        }

        /// <summary>What holds the value: a fact name (<c>shipment.dispatched_at</c>), <c>CheckContext.Now</c> or <c>now</c>.</summary>
        public string Field { get; }

        /// <summary>Throws when an order built in code holds a time outside the range.</summary>
        internal static void ThrowIfOutside(Lifecycle.OrderSnapshot order)
        {
            if (Lifecycle.OrderRange.KnownProblem(order) is (string fact, string problem))
            {
                throw new TimeOutOfRangeException(fact, problem);
            }
        }

        /// <summary>
        /// Throws when <paramref name="instant"/> lies outside the library's range (1900-01-01 to 2199-12-31), naming
        /// <paramref name="field"/>: for a host that takes a time from a person before handing it to the library.
        /// </summary>
        public static void ThrowIfOutside(string field, NodaTime.Instant? instant)
        {
            if (instant is NodaTime.Instant i && !SupportedTime.Contains(i))
            {
                throw new TimeOutOfRangeException(field, $"{i} is outside the supported range {SupportedTime.Range}.");
            }
        }
    }
}
