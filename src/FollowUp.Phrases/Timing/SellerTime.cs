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
        /// <exception cref="ConfigurationException">The id is neither; <see cref="ResolveZoneOrNull"/> returns null instead.</exception>
        public static DateTimeZone ResolveZone(string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ConfigurationException("A time zone id is required, e.g. 'Asia/Shanghai' or 'UTC+8'.", "time zone", id);
            }

            return ResolveZoneOrNull(id)
                ?? throw new ConfigurationException($"Unknown time zone '{id}'. Use a tzdb id such as 'Asia/Shanghai' or 'Europe/Berlin', or an offset such as 'UTC+8'.", "time zone", id);
        }

        /// <summary>Like <see cref="ResolveZone"/>, returning null for an id that is neither a tzdb id nor an offset.</summary>
        public static DateTimeZone? ResolveZoneOrNull(string? id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return null;
            }

            var trimmed = id!.Trim();
            return TryParseOffsetLabel(trimmed, out var offset) ? DateTimeZone.ForOffset(offset) : DateTimeZoneProviders.Tzdb.GetZoneOrNull(trimmed);
        }

        /// <summary>The instant in the seller's zone: <c>2026-11-23 14:00 (UTC+8)</c>.</summary>
        public string Format(Instant instant) => FormatIn(instant, SellerZone, abbreviate: false);

        /// <summary>
        /// The instant in <paramref name="zone"/>. Zones with a well-known abbreviation print it
        /// (<c>2026-11-23 07:00 CET</c>); others print their offset (<c>2026-11-23 14:00 (UTC+8)</c>).
        /// </summary>
        public static string FormatIn(Instant instant, DateTimeZone zone, bool abbreviate = true)
        {
            // Written into one buffer: a render formats several of these, and each piece as a string of its own was most
            // of a render's time beyond the template itself.
            var zoned = instant.InZone(zone);
            var local = zoned.LocalDateTime;
            var text = new System.Text.StringBuilder(32);
            Text.InvariantDigits.Append(text, local.Year, 4).Append('-');
            Text.InvariantDigits.Append(text, local.Month, 2).Append('-');
            Text.InvariantDigits.Append(text, local.Day, 2).Append(' ');
            Text.InvariantDigits.Append(text, local.Hour, 2).Append(':');
            Text.InvariantDigits.Append(text, local.Minute, 2);
            var name = zoned.GetZoneInterval().Name;
            if (abbreviate && IsAbbreviation(name))
            {
                return text.Append(' ').Append(name).ToString();
            }

            return WriteOffset(text.Append(" ("), zoned.Offset).Append(')').ToString();
        }

        /// <summary>An offset as buyers read it: <c>UTC+8</c>, <c>UTC-5</c>, <c>UTC+5:30</c>, <c>UTC</c>.</summary>
        public static string OffsetLabel(Offset offset) => WriteOffset(new System.Text.StringBuilder(10), offset).ToString();

        private static System.Text.StringBuilder WriteOffset(System.Text.StringBuilder text, Offset offset)
        {
            var seconds = offset.Seconds;
            text.Append("UTC");
            if (seconds == 0)
            {
                return text;
            }

            text.Append(seconds < 0 ? '-' : '+');
            seconds = Math.Abs(seconds);
            var hours = seconds / 3600;
            var minutes = seconds % 3600 / 60;
            Text.InvariantDigits.Append(text, hours, 1);
            return minutes == 0 ? text : Text.InvariantDigits.Append(text.Append(':'), minutes, 2);
        }

        // Abbreviations that name one zone unambiguously. "CST" (China or US Central) and "IST" (India, Ireland,
        // Israel) are deliberately absent: an order system must not guess which one a buyer meant.
        private static readonly System.Collections.Generic.Dictionary<string, string> AbbreviationZones = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CET"] = "Europe/Berlin", ["CEST"] = "Europe/Berlin", ["GMT"] = "Europe/London", ["BST"] = "Europe/London",
            ["WET"] = "Europe/Lisbon", ["WEST"] = "Europe/Lisbon", ["EET"] = "Europe/Athens", ["EEST"] = "Europe/Athens",
            ["EST"] = "America/New_York", ["EDT"] = "America/New_York", ["CDT"] = "America/Chicago",
            ["MST"] = "America/Denver", ["MDT"] = "America/Denver", ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles",
            ["JST"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul", ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney",
        };

        /// <summary>
        /// Reads a stamp written by <see cref="Format"/> or <see cref="FormatIn"/> back to its instant:
        /// <c>2026-11-23 14:00 (UTC+8)</c>, <c>2026-11-23 07:00 CET</c>, <c>2026-11-23 06:00 UTC</c>.
        /// An abbreviation is checked against the date: <c>CEST</c> in January is an error, not a guess.
        /// </summary>
        /// <param name="text">The stamp.</param>
        /// <param name="zone">The zone an abbreviation refers to, when it is not one of the unambiguous ones (CET, EST…).</param>
        /// <exception cref="TimeParseException">The text is not such a stamp; the message says why.</exception>
        public static Instant Parse(string text, DateTimeZone? zone = null)
        {
            if (TryParse(text, zone, out var instant, out var problem))
            {
                return instant;
            }

            throw new TimeParseException(text, problem);
        }

        /// <summary>Like <see cref="Parse"/>, returning false instead of throwing.</summary>
        public static bool TryParse(string? text, DateTimeZone? zone, out Instant instant) => TryParse(text, zone, out instant, out _);

        /// <summary>
        /// Reads a moment as people type it into a tool: an ISO 8601 instant (<c>2026-11-23T06:00:00Z</c>) or one with an
        /// offset (<c>2026-11-23T14:00:00+08:00</c>), a stamp as <see cref="Parse"/> reads it, or a bare
        /// <c>2026-11-23 14:00</c> on the seller's clock (<paramref name="sellerZone"/>, UTC+8 when null). False for
        /// anything else; the range (1900–2199) is the caller's to check.
        /// </summary>
        public static bool TryParseAny(string? text, DateTimeZone? sellerZone, out Instant instant)
        {
            var trimmed = (text ?? "").Trim();
            var offset = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(trimmed);
            if (offset.Success)
            {
                instant = offset.Value.ToInstant();
                return true;
            }

            var iso = NodaTime.Text.InstantPattern.ExtendedIso.Parse(trimmed);
            if (iso.Success)
            {
                instant = iso.Value;
                return true;
            }

            if (TryParse(trimmed, null, out instant))
            {
                return true;
            }

            var local = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm").Parse(trimmed);
            instant = local.Success ? local.Value.InZoneLeniently(sellerZone ?? ChinaStandardTime).ToInstant() : default;
            return local.Success;
        }

        private static bool TryParse(string? text, DateTimeZone? zone, out Instant instant, out string problem)
        {
            instant = default;
            var trimmed = (text ?? "").Trim();
            var space = trimmed.IndexOf(' ', 11 < trimmed.Length ? 11 : 0);
            var pattern = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");
            if (trimmed.Length < 17 || space != 16 || !pattern.Parse(trimmed.Substring(0, 16)).Success)
            {
                problem = $"'{text}' is not a time stamp like '2026-11-23 14:00 (UTC+8)'.";
                return false;
            }

            var local = pattern.Parse(trimmed.Substring(0, 16)).Value;
            var suffix = trimmed.Substring(17).Trim();
            if (suffix.StartsWith("(", StringComparison.Ordinal) && suffix.EndsWith(")", StringComparison.Ordinal))
            {
                suffix = suffix.Substring(1, suffix.Length - 2);
            }

            if (TryParseOffsetLabel(suffix, out var offset))
            {
                instant = local.WithOffset(offset).ToInstant();
                problem = "";
                return true;
            }

            var abbreviationZone = zone;
            if (abbreviationZone is null && AbbreviationZones.TryGetValue(suffix, out var id))
            {
                abbreviationZone = DateTimeZoneProviders.Tzdb[id];
            }

            if (abbreviationZone is null)
            {
                problem = $"'{suffix}' in '{text}' is not an offset like UTC+8 and not an abbreviation this library can resolve alone; pass the zone it belongs to, or write the offset.";
                return false;
            }

            // In the autumn hour that happens twice, the abbreviation (CEST or CET) says which one is meant.
            var mapping = abbreviationZone.MapLocal(local);
            var candidates = mapping.Count == 0 ? new ZonedDateTime[0] : new[] { mapping.First(), mapping.Last() };
            foreach (var candidate in candidates)
            {
                if (candidate.GetZoneInterval().Name == suffix)
                {
                    instant = candidate.ToInstant();
                    problem = "";
                    return true;
                }
            }

            problem = $"'{suffix}' is not in use in {abbreviationZone.Id} at {trimmed.Substring(0, 16)}; the time there is {abbreviationZone.AtLeniently(local).GetZoneInterval().Name}.";
            return false;
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
    }
}
