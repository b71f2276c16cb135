using System;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;
using NodaTime.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary>--now, --timezone and --order: what the date-aware checks need to know.</summary>
    internal sealed class TimeOptions
    {
        private TimeOptions(Instant? now, DateTimeZone? zone, OrderSnapshot? order)
        {
            Now = now;
            Zone = zone;
            Order = order;
        }

        public Instant? Now { get; }

        public DateTimeZone? Zone { get; }

        public OrderSnapshot? Order { get; }

        public static TimeOptions Read(CommandLine line)
        {
            var now = line.Get("--now") is string text ? ParseInstant(text, "--now") : (Instant?)null;
            DateTimeZone? zone = null;
            if (line.Get("--timezone") is string zoneText)
            {
                try
                {
                    zone = SellerTime.ResolveZone(zoneText);
                }
                catch (ConfigurationException e)
                {
                    throw new UsageException(e.Message);
                }
            }

            var order = line.Get("--order") is string path ? OrderFile.Load(path) : null;
            return new TimeOptions(now, zone, order);
        }

        /// <summary>Reads an ISO 8601 instant with a zone designator, or a stamp like '2026-11-23 14:00 (UTC+8)'.</summary>
        public static Instant ParseInstant(string text, string option)
        {
            var value = ParseAnyInstant(text, option);
            if (value < SupportedFirst || value > SupportedLast)
            {
                throw new UsageException($"{option} '{text}' is outside the supported range 1900-01-01 to 2199-12-31.");
            }

            return value;
        }

        private static readonly Instant SupportedFirst = Instant.FromUtc(1900, 1, 1, 0, 0);
        private static readonly Instant SupportedLast = Instant.FromUtc(2199, 12, 31, 23, 59, 59);

        private static Instant ParseAnyInstant(string text, string option)
        {
            var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (offset.Success)
            {
                return offset.Value.ToInstant();
            }

            var instant = InstantPattern.ExtendedIso.Parse(text);
            if (instant.Success)
            {
                return instant.Value;
            }

            if (SellerTime.TryParse(text, null, out var stamp))
            {
                return stamp;
            }

            throw new UsageException($"{option} '{text}' is not an instant; write 2026-11-23T06:00:00Z, 2026-11-23T14:00:00+08:00 or '2026-11-23 14:00 (UTC+8)'.");
        }

        public CheckContext Apply(CheckContext context) =>
            context with { Now = Now ?? context.Now, TimeZone = Zone ?? context.TimeZone, Order = Order ?? context.Order };
    }
}
