using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;
using NodaTime;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>What the date-aware rules share: placing a yearless date, and telling a commitment from a report.</summary>
    internal static class DateRules
    {
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
                    var distance = System.Math.Abs(Period.DaysBetween(today, d)); // no Period object per year tried
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
            if (a.AnyWord(clause.First, clause.End, a.Vocabulary.Words("dates.past-markers")) || a.ChineseContains(clause.First, clause.End, a.Vocabulary.Terms("dates.past-markers")))
            {
                return false;
            }

            if (a.ChineseContains(clause.First, clause.End, a.Vocabulary.Terms("dates.commitments")))
            {
                return true;
            }

            var deadlineLeads = a.Vocabulary.Words("dates.deadline-leads");
            if (e.FirstToken > 0 && deadlineLeads.Contains(a.Tokens[e.FirstToken - 1]))
            {
                return true;
            }

            var futureOrRequest = a.Vocabulary.Common.FutureOrRequest;
            for (var k = clause.First; k < clause.End; k++)
            {
                ref readonly var t = ref a.Tokens[k];
                if (futureOrRequest.Contains(t) || Lexicon.IsContractedWill(t.Lower) || deadlineLeads.Contains(t))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
