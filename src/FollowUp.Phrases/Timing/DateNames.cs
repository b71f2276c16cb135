using System;
using System.Globalization;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// Calendar dates written for buyers in their language (<c>Fri 4 Dec 2026</c>, <c>2026年12月4日（周五）</c>).
    /// Names are built in rather than read from <see cref="CultureInfo"/> so the text is the same on every machine.
    /// </summary>
    public static class DateNames
    {
        private static readonly string[] EnMonths = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        private static readonly string[] EnDays = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
        private static readonly string[] DeMonths = { "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez." };
        private static readonly string[] DeDays = { "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So." };
        private static readonly string[] EsMonths = { "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic" };
        private static readonly string[] EsDays = { "lun", "mar", "mié", "jue", "vie", "sáb", "dom" };
        private static readonly string[] ZhDays = { "周一", "周二", "周三", "周四", "周五", "周六", "周日" };

        /// <summary>The date with its weekday in the language of <paramref name="locale"/> (English when unknown).</summary>
        public static string Format(LocalDate date, string? locale)
        {
            var day = date.Day.ToString(CultureInfo.InvariantCulture);
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            var weekday = (int)date.DayOfWeek - 1;
            var month = date.Month - 1;
            switch (Language(locale))
            {
                case "zh":
                    return $"{year}年{date.Month.ToString(CultureInfo.InvariantCulture)}月{day}日（{ZhDays[weekday]}）";
                case "de":
                    return $"{DeDays[weekday]}, {day}. {DeMonths[month]} {year}";
                case "es":
                    return $"{EsDays[weekday]} {day} {EsMonths[month]} {year}";
                default:
                    return $"{EnDays[weekday]} {day} {EnMonths[month]} {year}";
            }
        }

        /// <summary>
        /// A date range for buyers: <c>between Tue 1 Dec and Fri 4 Dec 2026</c>; the year is written once when both
        /// ends share it, and a one-day range reads as that day (<c>on Fri 4 Dec 2026</c>).
        /// </summary>
        public static string FormatRange(DateRange range, string? locale)
        {
            var language = Language(locale);
            var sameYear = range.Earliest.Year == range.Latest.Year;
            var last = Format(range.Latest, locale);
            if (range.Earliest == range.Latest)
            {
                return language switch
                {
                    "zh" => last,
                    "de" => "am " + last,
                    "es" => "el " + last,
                    _ => "on " + last,
                };
            }

            var first = sameYear ? WithoutYear(range.Earliest, language) : Format(range.Earliest, locale);
            return language switch
            {
                "zh" => first + "至" + (sameYear ? Format(range.Latest, locale).Substring(5) : last) + "之间",
                "de" => "zwischen " + first + " und " + last,
                "es" => "entre el " + first + " y el " + last,
                _ => "between " + first + " and " + last,
            };
        }

        private static string WithoutYear(LocalDate date, string language)
        {
            var day = date.Day.ToString(CultureInfo.InvariantCulture);
            var weekday = (int)date.DayOfWeek - 1;
            var month = date.Month - 1;
            return language switch
            {
                "zh" => $"{date.Year.ToString(CultureInfo.InvariantCulture)}年{date.Month.ToString(CultureInfo.InvariantCulture)}月{day}日（{ZhDays[weekday]}）",
                "de" => $"{DeDays[weekday]}, {day}. {DeMonths[month]}",
                "es" => $"{EsDays[weekday]} {day} {EsMonths[month]}",
                _ => $"{EnDays[weekday]} {day} {EnMonths[month]}",
            };
        }

        internal static string Language(string? locale)
        {
            if (string.IsNullOrEmpty(locale))
            {
                return "en";
            }

            var dash = locale!.IndexOfAny(new[] { '-', '_' });
            return (dash < 0 ? locale : locale.Substring(0, dash)).ToLowerInvariant();
        }
    }
}
