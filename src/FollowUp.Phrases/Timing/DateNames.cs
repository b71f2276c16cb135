using System;
using System.Globalization;
using FollowUp.Phrases.Checking.Languages;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// Calendar dates written for buyers in their language (<c>Fri 4 Dec 2026</c>, <c>2026年12月4日（周五）</c>).
    /// Names come from the built-in language packs rather than <see cref="CultureInfo"/>, so the text is the same on every
    /// machine and matches what the checker reads.
    /// </summary>
    public static class DateNames
    {
        /// <summary>The date with its weekday in the language of <paramref name="locale"/> (English when no pack names its dates).</summary>
        public static string Format(LocalDate date, string? locale) => Write(date, WritingFor(locale), withYear: true);

        /// <summary>
        /// A date range for buyers: <c>between Tue 1 Dec and Fri 4 Dec 2026</c>; the year is written once when both
        /// ends share it, and a one-day range reads as that day (<c>on Fri 4 Dec 2026</c>).
        /// </summary>
        public static string FormatRange(DateRange range, string? locale)
        {
            var writing = WritingFor(locale);
            if (range.Earliest == range.Latest)
            {
                return writing.On.Replace("{date}", Write(range.Latest, writing, withYear: true));
            }

            var sameYear = range.Earliest.Year == range.Latest.Year;
            var first = Write(range.Earliest, writing, withYear: !(sameYear && writing.ShortenFirst));
            var last = Write(range.Latest, writing, withYear: !(sameYear && !writing.ShortenFirst));
            return writing.Between.Replace("{first}", first).Replace("{last}", last);
        }

        internal static string Language(string? locale) => LanguagePacks.LanguageOf(locale) ?? "en";

        // The packs are the single source of month and weekday names: the checker reads dates with the same names.
        private static DateWriting WritingFor(string? locale) =>
            LanguagePacks.BuiltIn.GetOrNull(Language(locale)) is LanguagePack pack && pack.Dates.HasNames
                ? pack.Dates
                : LanguagePacks.BuiltIn["en"].Dates;

        private static string Write(LocalDate date, DateWriting writing, bool withYear) =>
            (withYear ? writing.Full : writing.Short)
                .Replace("{weekday}", writing.Weekdays[(int)date.DayOfWeek - 1][0])
                .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture))
                .Replace("{month}", writing.Months[date.Month - 1][0])
                .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
