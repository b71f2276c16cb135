using System;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;

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

        /// <summary>Reads a time as <see cref="SellerTime.TryParseAny"/> does, within the library's range.</summary>
        public static Instant ParseInstant(string text, string option)
        {
            var value = ParseAnyInstant(text, option);
            if (!SupportedTime.Contains(value))
            {
                throw new UsageException($"{option} '{text}' is outside the supported range {SupportedTime.Range}.");
            }

            return value;
        }

        private static Instant ParseAnyInstant(string text, string option) =>
            SellerTime.TryParseAny(text, null, out var instant)
                ? instant
                : throw new UsageException($"{option} '{text}' is not an instant; write 2026-11-23T06:00:00Z, 2026-11-23T14:00:00+08:00, '2026-11-23 14:00 (UTC+8)' or '2026-11-23 14:00' (seller time, UTC+8).");

        public CheckContext Apply(CheckContext context) =>
            context with { Now = Now ?? context.Now, TimeZone = Zone ?? context.TimeZone, Order = Order ?? context.Order };
    }
}
