using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;
using NodaTime;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>What the date-aware rules share: placing a yearless date, and telling a commitment from a report.</summary>
    internal static class DateRules
    {
        private static readonly HashSet<string> DeadlineLeads = Lexicon.Words("by", "before", "until", "till", "deadline", "latest", "due");

        private static readonly HashSet<string> PastMarkers = Lexicon.Words(
            "was", "were", "had", "did", "ago", "yesterday", "shipped", "received", "delivered", "sent", "arrived", "placed",
            "paid", "dispatched", "handed", "issued", "bought", "ordered", "since", "last");

        private static readonly string[] ChinesePast = { "已", "了" };

        private static readonly string[] ChineseCommitments = { "请", "前", "之前", "以前", "会", "将", "截止", "最晚" };

        public static DateTimeZone Zone(CheckContext context) => context.TimeZone ?? Timing.SellerTime.ChinaStandardTime;

        public static LocalDate Today(CheckContext context, Instant now) => now.InZone(Zone(context)).Date;

        /// <summary>The year that puts a yearless date nearest to now: "3 Jan" written in late December is next year.</summary>
        public static int NearestYear(TimeExpression e, Instant now, CheckContext context)
        {
            var today = Today(context, now);
            var best = today.Year;
            var bestDistance = int.MaxValue;
            for (var y = today.Year - 1; y <= today.Year + 1; y++)
            {
                if (e.DateIn(y) is LocalDate d)
                {
                    var distance = System.Math.Abs(Period.Between(today, d, PeriodUnits.Days).Days);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = y;
                    }
                }
            }

            return best;
        }

        /// <summary>Whether the date is something promised or asked for, rather than a report of what happened.</summary>
        public static bool IsCommitment(MessageAnalysis a, TimeExpression e)
        {
            var clause = a.ClauseOf(e.FirstToken);
            if (a.AnyWord(clause.First, clause.End, PastMarkers) || a.ChineseContains(clause.First, clause.End, ChinesePast))
            {
                return false;
            }

            if (a.ChineseContains(clause.First, clause.End, ChineseCommitments))
            {
                return true;
            }

            if (e.FirstToken > 0 && DeadlineLeads.Contains(a.Tokens[e.FirstToken - 1].Lower))
            {
                return true;
            }

            for (var k = clause.First; k < clause.End; k++)
            {
                var w = a.Tokens[k].Lower;
                if (Lexicon.FutureOrRequest.Contains(w) || Lexicon.IsContractedWill(w) || DeadlineLeads.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
