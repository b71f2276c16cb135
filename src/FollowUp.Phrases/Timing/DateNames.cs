using System;
using System.Globalization;
using System.Text;
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
            var text = new StringBuilder(48);
            if (range.Earliest == range.Latest)
            {
                FillRange(text, writing.OnPattern, writing, range.Latest, range.Latest, firstWithYear: true, lastWithYear: true);
                return text.ToString();
            }

            var sameYear = range.Earliest.Year == range.Latest.Year;
            FillRange(text, writing.BetweenPattern, writing, range.Earliest, range.Latest, firstWithYear: !(sameYear && writing.ShortenFirst), lastWithYear: !(sameYear && !writing.ShortenFirst));
            return text.ToString();
        }

        internal static string Language(string? locale) => LanguagePacks.LanguageOf(locale) ?? "en";

        // The packs are the single source of month and weekday names: the checker reads dates with the same names.
        private static DateWriting WritingFor(string? locale) =>
            LanguagePacks.BuiltIn.GetOrNull(Language(locale)) is LanguagePack pack && pack.Dates.HasNames
                ? pack.Dates
                : LanguagePacks.BuiltIn["en"].Dates;

        private static string Write(LocalDate date, DateWriting writing, bool withYear)
        {
            var text = new StringBuilder(24);
            Write(text, date, writing, withYear);
            return text.ToString();
        }

        // A date's pattern ("{weekday} {day} {month} {year}"), read once per pack (DatePattern), names its parts.
        private static void Write(StringBuilder text, LocalDate date, DateWriting writing, bool withYear)
        {
            var pattern = withYear ? writing.FullPattern : writing.ShortPattern;
            for (var k = 0; k < pattern.Count; k++)
            {
                text.Append(pattern.Before(k));
                switch (pattern.Field(k))
                {
                    case 0: // weekday
                        text.Append(writing.Weekdays[(int)date.DayOfWeek - 1][0]);
                        break;
                    case 1: // day
                        Text.InvariantDigits.Append(text, date.Day);
                        break;
                    case 2: // month
                        text.Append(writing.Months[date.Month - 1][0]);
                        break;
                    default: // year
                        Text.InvariantDigits.Append(text, date.Year);
                        break;
                }
            }

            text.Append(pattern.Tail);
        }

        // A range's pattern ("between {first} and {last}", "on {date}") names whole dates.
        private static void FillRange(StringBuilder text, DatePattern pattern, DateWriting writing, LocalDate first, LocalDate last, bool firstWithYear, bool lastWithYear)
        {
            for (var k = 0; k < pattern.Count; k++)
            {
                text.Append(pattern.Before(k));
                switch (pattern.Field(k))
                {
                    case 0: // date
                        Write(text, last, writing, withYear: true);
                        break;
                    case 1: // first
                        Write(text, first, writing, firstWithYear);
                        break;
                    default: // last
                        Write(text, last, writing, lastWithYear);
                        break;
                }
            }

            text.Append(pattern.Tail);
        }
    }
}
