using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// The span of time the library works in: instants and dates from 1900-01-01 to 2199-12-31, delivery windows up to
    /// 366 days. Orders, check times and deadlines outside it are refused when read (naming the field) instead of
    /// overflowing somewhere in date arithmetic — "dispatched at 9999-12-31T23:59:59Z" is a typo, not an order.
    /// </summary>
    internal static class SupportedTime
    {
        public static readonly LocalDate FirstDate = new LocalDate(1900, 1, 1);

        public static readonly LocalDate LastDate = new LocalDate(2199, 12, 31);

        public static readonly Instant First = Instant.FromUtc(1900, 1, 1, 0, 0);

        public static readonly Instant Last = Instant.FromUtc(2199, 12, 31, 23, 59, 59);

        /// <summary>Longest delivery window, in days.</summary>
        public const int MaxWindowDays = 366;

        public const string Range = "1900-01-01 to 2199-12-31";

        public static bool Contains(Instant instant) => instant >= First && instant <= Last;

        public static bool Contains(LocalDate date) => date >= FirstDate && date <= LastDate;
    }
}
