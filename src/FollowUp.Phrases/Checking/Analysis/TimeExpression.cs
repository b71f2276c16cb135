using NodaTime;

namespace FollowUp.Phrases.Checking.Analysis
{
    internal enum TimeExpressionKind
    {
        /// <summary>A calendar date: "27 Nov 2026", "Nov 27", "2026-11-27", "11月27日".</summary>
        Date,
        /// <summary>A clock time: "16:00", "5 pm", "下午5点".</summary>
        ClockTime,
    }

    /// <summary>A date or clock time found in the visible text, with what it claims.</summary>
    internal sealed class TimeExpression
    {
        public TimeExpression(TimeExpressionKind kind, int firstToken, int endToken)
        {
            Kind = kind;
            FirstToken = firstToken;
            EndToken = endToken;
        }

        public TimeExpressionKind Kind { get; }

        /// <summary>First token of the expression (a weekday before a date included).</summary>
        public int FirstToken { get; set; }

        /// <summary>Token after the expression.</summary>
        public int EndToken { get; set; }

        /// <summary>Where the expression ends in the visible text when it stops inside a token ("5点" in "5点前付款"); else null.</summary>
        public int? VisibleEnd { get; set; }

        /// <summary>For dates: month and day, and the year when written.</summary>
        public int Month { get; set; }

        public int Day { get; set; }

        public int? Year { get; set; }

        /// <summary>For dates: the weekday written beside it, if any.</summary>
        public IsoDayOfWeek? Weekday { get; set; }

        /// <summary>For times: whether a zone is given nearby ("(UTC+8)", "CET", "Beijing time").</summary>
        public bool HasZone { get; set; }

        /// <summary>Whether the expression was copied from a line another reading wrote the same (its zone found there).</summary>
        public bool Lent { get; private set; }

        /// <summary>
        /// This expression as found on a line another reading wrote the same: <paramref name="tokenShift"/> tokens and
        /// <paramref name="charShift"/> characters further along.
        /// </summary>
        public TimeExpression MovedBy(int tokenShift, int charShift) => new TimeExpression(Kind, FirstToken + tokenShift, EndToken + tokenShift)
        {
            VisibleEnd = VisibleEnd + charShift,
            Month = Month,
            Day = Day,
            Year = Year,
            Weekday = Weekday,
            HasZone = HasZone,
            Lent = true,
        };

        /// <summary>The date, with <paramref name="defaultYear"/> when none was written; null when it is not a real day.</summary>
        public LocalDate? DateIn(int defaultYear)
        {
            var year = Year ?? defaultYear;
            if (Month < 1 || Month > 12 || Day < 1 || Day > CalendarSystem.Iso.GetDaysInMonth(year, Month))
            {
                return null;
            }

            return new LocalDate(year, Month, Day);
        }
    }
}
