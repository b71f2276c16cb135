using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Timing;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>vague-timing</c>: a time expression about an order action that gives the reader no checkable date, time or
    /// duration. Event-anchored wording ("as soon as the tracking updates"), closings ("hope to see you again soon"),
    /// the past, quotes, names and URLs are not vague timing.
    /// </summary>
    internal sealed class VagueTimingRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.VagueTiming,
            Severity.Warning,
            "Timing the buyer cannot check",
            "Words like 'soon', 'ASAP' or 'in a few days' give the buyer nothing to hold you to, so they ask again, open a " +
            "dispute or leave. Give a date ('by Fri 27 Nov 2026 (UTC+8)'), a duration ('within 24 hours', '7–10 working " +
            "days') or the event that triggers the step ('as soon as the carrier scans the parcel').");

        // Phrases that are vague wherever they stand.
        private static readonly PhraseSet VaguePhrases = new PhraseSet(
            "as soon as possible", "as soon as we can", "as soon as practicable", "as soon as we are able",
            "as quickly as possible", "as quickly as we can", "as fast as possible", "as fast as we can",
            "as early as possible", "as early as we can", "at your earliest convenience", "at the earliest opportunity",
            "at your convenience", "in the near future", "in a few days", "in a couple of days", "in a few weeks",
            "in the coming days", "in the next few days", "in the next couple of days", "within a few days",
            "within the next few days", "in due course", "before long", "any day now", "any time now", "without delay",
            "at some point", "sometime soon", "some time soon", "in a timely manner", "in a while", "one of these days",
            "sooner or later", "asap", "soonest", "at the earliest", "at your earliest", "in a few more days",
            "a few more days", "take some time", "takes some time", "take a while", "takes a while",
            "take a little longer", "takes a little longer", "some more time", "in the next days", "in no time",
            "any moment", "any moment now", "any minute now", "in a jiffy", "take a bit longer", "takes a bit longer",
            "take a little more time", "take a bit more time");

        // Single words that are vague only when they time an order action.
        private static readonly HashSet<string> VagueWords = Lexicon.Words("soon", "shortly", "later", "quickly", "promptly", "eventually");

        private static readonly HashSet<string> Anchors = Lexicon.Words("after", "before", "upon", "once", "when", "as");

        private static readonly HashSet<string> DurationUnits = Lexicon.Words(
            "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years");

        private static readonly HashSet<string> BoundedAfterLater = Lexicon.Words("than", "today", "tonight", "this", "that", "in");

        private static readonly string[] ChineseTerms = { "尽快", "尽早", "马上", "很快", "稍后", "近期", "过几天", "不久", "早日", "第一时间", "抓紧时间" };

        // "发货后第一时间": the trigger is stated.
        private static readonly string[] ChineseAnchors = { "后", "一旦", "收到", "只要" };

        /// <summary>Every word and phrase the rule looks for, for baselines and documentation.</summary>
        internal static IEnumerable<string> Terms =>
            VaguePhrases.All.Select(p => string.Join(" ", p)).Concat(VagueWords).Concat(ChineseTerms);

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var tokens = a.Tokens;
            foreach (var sentence in a.Sentences)
            {
                foreach (var clause in sentence.Clauses)
                {
                    var pleasantry = Lexicon.Pleasantries.AnyIn(a, clause.First, clause.End)
                        || a.ChineseContains(clause.First, clause.End, Lexicon.ChinesePleasantries);
                    if (pleasantry)
                    {
                        continue;
                    }

                    var i = clause.First;
                    while (i < clause.End)
                    {
                        var matched = VaguePhrases.Match(a, i, clause.End);
                        if (matched == 0)
                        {
                            matched = FewUnits(a, i, clause.End);
                        }

                        if (matched > 0 && FollowedByDate(a, i + matched, clause.End))
                        {
                            matched = 0; // "at the earliest on 4 Dec" names the date
                        }

                        if (matched > 0)
                        {
                            Add(a, severity, findings, tokens[i].Start, tokens[i + matched - 1].End);
                            i += matched;
                            continue;
                        }

                        var t = tokens[i];
                        if (t.Kind == TokenKind.Word && VagueWords.Contains(t.Lower) && !t.IsQuoted && !t.IsName
                            && IsVagueWord(a, i, clause))
                        {
                            Add(a, severity, findings, t.Start, t.End);
                        }
                        else if (t.Kind == TokenKind.Cjk && !t.IsQuoted)
                        {
                            CheckChinese(a, severity, findings, t);
                        }

                        i++;
                    }
                }
            }
        }

        private static readonly HashSet<string> FewLeads = Lexicon.Words("in", "within", "over");
        private static readonly string[][] Quantifiers = { new[] { "a", "few" }, new[] { "few" }, new[] { "several" }, new[] { "some" }, new[] { "a", "couple", "of" }, new[] { "a", "couple" } };
        private static readonly HashSet<string> DayKinds = Lexicon.Words("business", "working", "more", "extra");
        private static readonly HashSet<string> Units = Lexicon.Words("days", "weeks", "hours", "months");

        /// <summary>"in a few business days", "within the next several weeks": a span with no number in it.</summary>
        private static int FewUnits(MessageAnalysis a, int i, int end)
        {
            var t = a.Tokens;
            if (!FewLeads.Contains(t[i].Lower) || t[i].IsQuoted)
            {
                return 0;
            }

            var k = i + 1;
            if (k + 1 < end && t[k].Lower == "the" && t[k + 1].Lower == "next")
            {
                k += 2;
            }

            foreach (var q in Quantifiers)
            {
                if (!a.WordsAt(k, q, end))
                {
                    continue;
                }

                var u = k + q.Length;
                while (u < end && DayKinds.Contains(t[u].Lower))
                {
                    u++;
                }

                return u < end && Units.Contains(t[u].Lower) ? u + 1 - i : 0;
            }

            return 0;
        }

        private static bool FollowedByDate(MessageAnalysis a, int next, int end)
        {
            if (next >= end)
            {
                return false;
            }

            var t = a.Tokens[next];
            if (t.IsDigitStart)
            {
                return true;
            }

            return (t.Lower == "on" || t.Lower == "by") && next + 1 < end && a.Tokens[next + 1].IsDigitStart;
        }

        private static bool IsVagueWord(MessageAnalysis a, int i, Clause clause)
        {
            var tokens = a.Tokens;
            var word = tokens[i].Lower;
            var prev = i > clause.First ? tokens[i - 1] : null;
            var next = i + 1 < clause.End ? tokens[i + 1] : null;
            var prevLower = prev?.Lower ?? "";
            var nextLower = next?.Lower ?? "";

            switch (word)
            {
                case "soon":
                case "shortly":
                    // "as soon as the tracking updates", "shortly after dispatch": the trigger is stated.
                    if (prevLower == "as" || prevLower == "how" || Anchors.Contains(nextLower))
                    {
                        return false;
                    }

                    break;
                case "later":
                    // "no later than 25 Nov", "two days later", "later today" are bounded.
                    if (prevLower == "no" || prevLower == "not" || DurationUnits.Contains(prevLower) || BoundedAfterLater.Contains(nextLower))
                    {
                        return false;
                    }

                    break;
            }

            // The past is not a promise: "it shipped quickly", "a few days ago".
            if (a.AnyWord(clause.First, clause.End, PastMarkers))
            {
                return false;
            }

            // A lone adverb times an order action only when the clause speaks of one or of the future.
            for (var k = clause.First; k < clause.End; k++)
            {
                var t = tokens[k];
                if (t.Kind == TokenKind.Word && !t.IsQuoted
                    && (Lexicon.FutureOrRequest.Contains(t.Lower) || Lexicon.OrderWords.Contains(t.Lower) || Lexicon.IsContractedWill(t.Lower)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly HashSet<string> PastMarkers = Lexicon.Words("ago", "yesterday", "was", "were", "had", "did");

        private static void CheckChinese(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings, Token t)
        {
            foreach (var term in ChineseTerms)
            {
                var at = t.Lower.IndexOf(term, StringComparison.Ordinal);
                while (at >= 0)
                {
                    var after = at + term.Length < t.Lower.Length ? t.Lower[at + term.Length] : '\0';
                    var before = t.Lower.Substring(0, at);
                    var skip = (term == "很快" && after == '乐')
                        || (term == "不久" && after == '前')
                        || (term == "第一时间" && Array.Exists(ChineseAnchors, x => before.IndexOf(x, StringComparison.Ordinal) >= 0));
                    if (!skip)
                    {
                        Add(a, severity, findings, t.Start + at, t.Start + at + term.Length);
                    }

                    at = t.Lower.IndexOf(term, at + term.Length, StringComparison.Ordinal);
                }
            }
        }

        private static readonly HashSet<string> ShipWords = Lexicon.Words("ship", "shipped", "shipping", "send", "sent", "dispatch", "dispatched", "deliver", "post", "mail");
        private static readonly HashSet<string> ReplyWords = Lexicon.Words("reply", "respond", "answer", "back", "update", "contact", "check", "review", "investigate");
        private static readonly HashSet<string> MakeWords = Lexicon.Words("produce", "production", "finish", "finished", "complete", "make", "ready");

        /// <summary>"by Mon 23 Nov 2026" from the order's facts, when the clause says what the date is for.</summary>
        private static string? ReplacementFor(MessageAnalysis a, int start)
        {
            if (a.Context.Order is not Lifecycle.OrderSnapshot order)
            {
                return null;
            }

            var clause = a.ClauseOf(a.TokenAtOrAfter(start));
            var zone = a.Context.TimeZone ?? SellerTime.ChinaStandardTime;
            NodaTime.LocalDate? date = null;
            if (a.AnyWord(clause.First, clause.End, ShipWords))
            {
                date = order.ShipBy;
            }
            else if (a.AnyWord(clause.First, clause.End, MakeWords))
            {
                date = order.ExpectedCompletion;
            }
            else if (a.AnyWord(clause.First, clause.End, ReplyWords))
            {
                date = order.ReplyBy?.InZone(zone).Date;
            }

            return date is NodaTime.LocalDate d ? "by " + DateNames.Format(d, a.Context.Locale) : null;
        }

        private static void Add(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings, int start, int end)
        {
            var text = a.Text.Substring(start, end - start);
            var replacement = ReplacementFor(a, start);
            findings.Add(a.Report(
                Rule,
                severity,
                start,
                end,
                $"'{text}' gives the buyer no date to check; buyers read it as no commitment and ask again or open a dispute.",
                replacement is null
                    ? "Give a date or duration ('by Fri 27 Nov 2026 (UTC+8)', 'within 24 hours') or the event that triggers the step ('as soon as the carrier scans the parcel')."
                    : $"Write '{replacement}', the date the order's facts give.") with { Replacement = replacement });
        }
    }
}
