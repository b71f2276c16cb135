using System;
using NodaTime;
using NodaTime.TimeZones;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// Shows instants the way buyers can check them: <c>2026-11-23 14:00 (UTC+8)</c> in the seller's zone and
    /// <c>2026-11-23 07:00 CET</c> in the buyer's. The output never depends on the machine's culture or zone.
    /// </summary>
    public sealed class SellerTime
    {
        /// <summary>China Standard Time as a fixed offset: the clock most cross-border sellers work to.</summary>
        public static readonly DateTimeZone ChinaStandardTime = DateTimeZone.ForOffset(Offset.FromHours(8));

        /// <summary>The default: seller times shown in UTC+8.</summary>
        public static readonly SellerTime Default = new SellerTime(ChinaStandardTime);

        /// <summary>Creates a formatter for a seller in <paramref name="sellerZone"/>.</summary>
        public SellerTime(DateTimeZone sellerZone)
        {
            SellerZone = sellerZone ?? throw new ArgumentNullException(nameof(sellerZone));
        }

        /// <summary>The seller's zone.</summary>
        public DateTimeZone SellerZone { get; }

        /// <summary>Finds a zone by tzdb id (<c>Asia/Shanghai</c>) or fixed offset (<c>UTC+8</c>, <c>UTC+05:30</c>).</summary>
        /// <exception cref="ArgumentException">The id is neither.</exception>
        public static DateTimeZone ResolveZone(string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A time zone id is required, e.g. 'Asia/Shanghai' or 'UTC+8'.", nameof(id));
            }

            var trimmed = id.Trim();
            if (TryParseOffsetLabel(trimmed, out var offset))
            {
                return DateTimeZone.ForOffset(offset);
            }

            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(trimmed);
            return zone ?? throw new ArgumentException($"Unknown time zone '{id}'. Use a tzdb id such as 'Asia/Shanghai' or 'Europe/Berlin', or an offset such as 'UTC+8'.", nameof(id));
        }

        /// <summary>The instant in the seller's zone: <c>2026-11-23 14:00 (UTC+8)</c>.</summary>
        public string Format(Instant instant) => FormatIn(instant, SellerZone, abbreviate: false);

        /// <summary>
        /// The instant in <paramref name="zone"/>. Zones with a well-known abbreviation print it
        /// (<c>2026-11-23 07:00 CET</c>); others print their offset (<c>2026-11-23 14:00 (UTC+8)</c>).
        /// </summary>
        public static string FormatIn(Instant instant, DateTimeZone zone, bool abbreviate = true)
        {
            var zoned = instant.InZone(zone);
            var local = zoned.LocalDateTime;
            var stamp = string.Concat(
                local.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "-",
                Two(local.Month), "-", Two(local.Day), " ", Two(local.Hour), ":", Two(local.Minute));
            var name = zone.GetZoneInterval(instant).Name;
            if (abbreviate && IsAbbreviation(name))
            {
                return stamp + " " + name;
            }

            return stamp + " (" + OffsetLabel(zoned.Offset) + ")";
        }

        /// <summary>An offset as buyers read it: <c>UTC+8</c>, <c>UTC-5</c>, <c>UTC+5:30</c>, <c>UTC</c>.</summary>
        public static string OffsetLabel(Offset offset)
        {
            var seconds = offset.Seconds;
            if (seconds == 0)
            {
                return "UTC";
            }

            var sign = seconds < 0 ? "-" : "+";
            seconds = Math.Abs(seconds);
            var hours = seconds / 3600;
            var minutes = seconds % 3600 / 60;
            var h = hours.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return minutes == 0 ? "UTC" + sign + h : "UTC" + sign + h + ":" + Two(minutes);
        }

        internal static bool TryParseOffsetLabel(string text, out Offset offset)
        {
            offset = Offset.Zero;
            if (!(text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || text.StartsWith("GMT", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            var rest = text.Substring(3);
            if (rest.Length == 0)
            {
                return true;
            }

            if (rest[0] != '+' && rest[0] != '-')
            {
                return false;
            }

            var sign = rest[0] == '-' ? -1 : 1;
            var parts = rest.Substring(1).Split(':');
            if (parts.Length > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hours) || hours > 14)
            {
                return false;
            }

            var minutes = 0;
            if (parts.Length == 2 && (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minutes) || minutes >= 60))
            {
                return false;
            }

            offset = Offset.FromSeconds(sign * (hours * 3600 + minutes * 60));
            return true;
        }

        // tzdb names like "CET" or "EST" help buyers; numeric ones like "+08" or "LMT" do not.
        private static bool IsAbbreviation(string name)
        {
            if (name.Length < 2 || name.Length > 5 || name == "LMT")
            {
                return false;
            }

            foreach (var c in name)
            {
                if (c < 'A' || c > 'Z')
                {
                    return false;
                }
            }

            return true;
        }

        private static string Two(int value) => value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }
}
