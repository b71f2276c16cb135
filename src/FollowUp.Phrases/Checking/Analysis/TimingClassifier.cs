using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Finds every time expression in the message and says how it tells the reader when: absolute, range,
    /// event-anchored, vague or pleasantry. The definitions are the corpus README's: a vague expression times an order
    /// action with no checkable date, duration or trigger; closings, the past, quotes, names and URLs are not vague.
    /// </summary>
    internal static class TimingClassifier
    {
        // Phrases that are vague wherever they stand.
        public static readonly PhraseSet VaguePhrases = new PhraseSet(
            "as soon as possible", "as soon as we can", "as soon as practicable", "as soon as we are able",
            "as quickly as possible", "as quickly as we can", "as fast as possible", "as fast as we can",
            "as early as possible", "as early as we can", "at your earliest convenience", "at the earliest opportunity",
            "at our earliest convenience", "at the earliest convenience", "at our earliest",
            "at your convenience", "in the near future", "in a few days", "in a couple of days", "in a few weeks",
            "in the coming days", "in the next few days", "in the next couple of days", "within a few days",
            "within the next few days", "in due course", "before long", "any day now", "any time now", "without delay",
            "at some point", "sometime soon", "some time soon", "in a timely manner", "in a while", "one of these days",
            "sooner or later", "asap", "soonest", "at the earliest", "at your earliest", "in a few more days",
            "a few more days", "take some time", "takes some time", "take a while", "takes a while",
            "take a little longer", "takes a little longer", "some more time", "in the next days", "in no time",
            "any moment", "any moment now", "any minute now", "in a jiffy", "take a bit longer", "takes a bit longer",
            "take a little more time", "take a bit more time", "in a short time", "in a short while", "within a short time",
            "in due time", "within a reasonable time", "in a reasonable time", "within a reasonable period",
            "as soon as i can", "as quickly as i can", "as fast as i can", "as early as i can", "as soon as we possibly can",
            "as quickly as we possibly can", "as fast as we possibly can", "as soon as i possibly can",
            "as quickly as i possibly can", "as fast as i possibly can");

        // Single words that are vague only when they time an order action.
        public static readonly HashSet<string> VagueWords = Lexicon.Words("soon", "shortly", "later", "quickly", "promptly", "eventually");

        public static readonly string[] ChineseTerms = { "尽快", "尽早", "马上", "很快", "稍后", "近期", "过几天", "不久", "早日", "第一时间", "抓紧时间" };

        private static readonly HashSet<string> Anchors = Lexicon.Words("after", "before", "upon", "once", "when", "as");

        // A clause opening with one of these waits for an event: "once we receive your payment, …".
        private static readonly HashSet<string> ClauseAnchors = Lexicon.Words("once", "upon", "whenever");

        private static readonly HashSet<string> DurationUnits = Lexicon.Words(
            "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years");

        // "promptly after payment", "quickly once it is scanned": the event that starts the step is named.
        private static readonly HashSet<string> EventAnchors = Lexicon.Words("after", "upon", "once", "when");

        private static readonly HashSet<string> BoundedAfterLater = Lexicon.Words("than", "today", "tonight", "this", "that", "in");

        // "发货后第一时间": the trigger is stated.
        private static readonly string[] ChineseAnchors = { "后", "一旦", "收到", "只要", "有消息", "一有" };

        // "第一时间" and "马上" after a stated trigger mean "as soon as it happens"; "尽快" stays vague, like "ASAP" after "once".
        private static readonly HashSet<string> AnchorableChinese = new HashSet<string>(StringComparer.Ordinal) { "第一时间", "马上" };

        private static readonly string[] ChineseUnits = { "个工作日", "个工作天", "工作日", "个小时", "小时", "个星期", "个月", "天", "周" };

        private static readonly HashSet<string> FewLeads = Lexicon.Words("in", "within", "over");
        private static readonly string[][] Quantifiers = { new[] { "a", "few" }, new[] { "few" }, new[] { "several" }, new[] { "some" }, new[] { "a", "couple", "of" }, new[] { "a", "couple" } };
        private static readonly HashSet<string> DayKinds = Lexicon.Words("business", "working", "more", "extra", "calendar");
        private static readonly HashSet<string> Units = Lexicon.Words("days", "weeks", "hours", "months");
        private static readonly HashSet<string> RangeJoiners = Lexicon.Words("-", "\u2013", "\u2014", "to", "~", "or");
        private static readonly HashSet<string> NumberWords = Lexicon.Words(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fourteen",
            "fifteen", "twenty", "thirty", "forty-eight", "seventy-two");

        private static readonly HashSet<string> RangeLeads = Lexicon.Words("within", "in", "for", "over", "about", "around", "approximately", "approx");

        // Days named relative to the send time: checkable once the message carries its date.
        private static readonly PhraseSet RelativeDays = new PhraseSet("today", "tomorrow", "tonight", "this afternoon", "this evening", "this morning", "the day after tomorrow");

        private static readonly PhraseSet RelativeSpans = new PhraseSet("this week", "next week", "this month", "next month", "end of this week", "end of the week", "end of this month", "end of the month");

        private static readonly string[] ChineseRelativeDays = { "今天", "明天", "今晚", "后天", "本周", "下周", "月底" };

        private static readonly HashSet<string> PastMarkers = Lexicon.Words("ago", "yesterday", "was", "were", "had", "did");

        public static List<TimingPhrase> Classify(MessageAnalysis a)
        {
            var found = new List<TimingPhrase>();
            var inExpression = new bool[a.Tokens.Count];
            foreach (var e in a.TimeExpressions)
            {
                var (start, end) = a.Span(e);
                found.Add(new TimingPhrase(TimingKind.Absolute, start, end, e));
                for (var k = e.FirstToken; k < e.EndToken; k++)
                {
                    // A Chinese date may stop inside a run ("12月2日前尽快付款"): the rest of that run is still read.
                    inExpression[k] = a.Tokens[k].End <= end;
                }
            }

            foreach (var sentence in a.Sentences)
            {
                var next = sentence.First; // a range may run over a dash that ends a clause: "7–10 days"
                foreach (var clause in sentence.Clauses)
                {
                    var pleasantry = Lexicon.Pleasantries.AnyIn(a, clause.First, clause.End)
                        || a.ChineseContains(clause.First, clause.End, Lexicon.ChinesePleasantries)
                        || (a.Language != null && a.Language.Pleasantries.AnyIn(a, clause.First, clause.End, allowNames: true));
                    next = ClassifyClause(a, sentence, clause, Math.Max(next, clause.First), pleasantry, inExpression, found);
                }
            }

            found.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
            return found;
        }

        /// <summary>Classifies the clause's timing from token <paramref name="from"/>; returns the token after the last one read.</summary>
        private static int ClassifyClause(MessageAnalysis a, Sentence sentence, Clause clause, int from, bool pleasantry, bool[] inExpression, List<TimingPhrase> found)
        {
            var tokens = a.Tokens;
            var vague = pleasantry ? TimingKind.Pleasantry : TimingKind.Vague;
            var first = a.FirstWordOf(clause);
            if (!pleasantry && first >= 0 && ClauseAnchors.Contains(tokens[first].Lower) && !tokens[first].IsQuoted)
            {
                found.Add(new TimingPhrase(TimingKind.EventAnchored, tokens[first].Start, a.ContentEndOf(clause)));
            }

            var i = from;
            while (i < clause.End)
            {
                var t = tokens[i];
                if (inExpression[i] || t.IsQuoted)
                {
                    i++;
                    continue;
                }

                var matched = VaguePhrases.Match(a, i, clause.End);
                if (matched == 0)
                {
                    matched = FewUnits(a, i, clause.End);
                }

                if (matched == 0 && a.Language != null)
                {
                    matched = a.Language.Vague.Match(a, i, clause.End, allowNames: true); // "so schnell wie möglich", "lo antes posible"
                }

                if (matched > 0)
                {
                    // "at the earliest on 4 Dec" names the date: the date is the timing, the phrase only frames it.
                    if (!FollowedByDate(a, i + matched, clause.End))
                    {
                        found.Add(new TimingPhrase(vague, t.Start, tokens[i + matched - 1].End));
                    }

                    i += matched;
                    continue;
                }

                var relative = RelativeDays.Match(a, i, clause.End);
                var span = relative == 0 ? RelativeSpans.Match(a, i, clause.End) : 0;
                if (relative + span > 0)
                {
                    var n = relative + span;
                    found.Add(new TimingPhrase(relative > 0 ? TimingKind.Absolute : TimingKind.Range, t.Start, tokens[i + n - 1].End));
                    i += n;
                    continue;
                }

                var range = RangeAt(a, i, sentence.End);
                if (range > 0)
                {
                    found.Add(new TimingPhrase(TimingKind.Range, t.Start, tokens[i + range - 1].End));
                    i += range;
                    continue;
                }

                if (t.Kind == TokenKind.Word && VagueWords.Contains(t.Lower) && !t.IsName)
                {
                    var kind = pleasantry ? TimingKind.Pleasantry : ClassifyWord(a, i, clause);
                    if (kind == TimingKind.Vague && BoundedRightAfter(a, i + 1, sentence.End, inExpression))
                    {
                        kind = null; // "quickly, within a week": the duration right after it is the timing
                    }

                    if (kind == TimingKind.EventAnchored)
                    {
                        var start = i > clause.First && tokens[i - 1].Lower == "as" ? tokens[i - 1].Start : t.Start;
                        found.Add(new TimingPhrase(kind.Value, start, a.ContentEndOf(clause)));
                    }
                    else if (kind != null)
                    {
                        found.Add(new TimingPhrase(kind.Value, t.Start, t.End));
                    }
                }
                else if (t.Kind == TokenKind.Cjk)
                {
                    ClassifyChinese(a, t, vague, found);
                }

                i++;
            }

            return i;
        }

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

        /// <summary>"within 24 hours", "7–10 working days", "3 to 5 days", "3个工作日": the token count of a checkable span, or 0.</summary>
        /// <summary>Whether a trigger stands before: "发货后", "一旦", "收到", "有消息" — but not the 后 of 售后 (after-sales) or 然后 (then).</summary>
        /// <summary>Whether an event anchor (收到…后, 一旦…) stands in <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>).</summary>
        private static bool HasChineseAnchor(string text, int from, int to)
        {
            foreach (var anchor in ChineseAnchors)
            {
                var at = to - from < anchor.Length ? -1 : text.IndexOf(anchor, from, to - from, StringComparison.Ordinal);
                while (at >= 0 && at + anchor.Length <= to)
                {
                    var prev = at > 0 ? text[at - 1] : '\0';
                    if (!(anchor == "后" && (prev == '售' || prev == '然' || prev == '最' || prev == '前')))
                    {
                        return true;
                    }

                    var next = at + anchor.Length;
                    at = to - next < anchor.Length ? -1 : text.IndexOf(anchor, next, to - next, StringComparison.Ordinal);
                }
            }

            return false;
        }

        private static int RangeAt(MessageAnalysis a, int i, int end)
        {
            var t = a.Tokens;
            var k = i;
            if (t[k].Kind == TokenKind.Word && RangeLeads.Contains(t[k].Lower))
            {
                k++;
            }

            var led = k > i;
            if (k >= end || !(t[k].IsDigitStart || NumberWords.Contains(t[k].Lower) || (led && (t[k].Lower == "a" || t[k].Lower == "an"))))
            {
                return 0;
            }

            k++;
            if (k + 1 < end && RangeJoiners.Contains(t[k].Lower) && (t[k + 1].IsDigitStart || NumberWords.Contains(t[k + 1].Lower)))
            {
                k += 2;
            }

            if (k < end && t[k].Kind == TokenKind.Cjk && Array.Exists(ChineseUnits, u => t[k].Lower.StartsWith(u, StringComparison.Ordinal)))
            {
                return k + 1 - i;
            }

            while (k < end && DayKinds.Contains(t[k].Lower))
            {
                k++;
            }

            return k < end && DurationUnits.Contains(t[k].Lower) ? k + 1 - i : 0;
        }

        /// <summary>Whether a date or duration follows at once, past a comma or dash: "quickly, within a week", "soon (by 4 Dec)".</summary>
        private static bool BoundedRightAfter(MessageAnalysis a, int k, int end, bool[] inExpression)
        {
            var t = a.Tokens;
            while (k < end && t[k].Kind == TokenKind.Punct && (t[k].Lower == "," || t[k].Lower == "-" || t[k].Lower == "\u2013" || t[k].Lower == "\u2014" || t[k].Lower == "("))
            {
                k++;
            }

            if (k < end && (t[k].Lower == "by" || t[k].Lower == "on" || t[k].Lower == "before"))
            {
                k++;
            }

            return k < end && (inExpression[k] || RangeAt(a, k, end) > 0 || RelativeDays.Match(a, k, end) > 0);
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

        /// <summary>A lone "soon", "later", "quickly"…: vague, event-anchored, or not timing an order action at all (null).</summary>
        private static TimingKind? ClassifyWord(MessageAnalysis a, int i, Clause clause)
        {
            var tokens = a.Tokens;
            var word = tokens[i].Lower;
            var prevLower = i > clause.First ? tokens[i - 1].Lower : "";
            var nextLower = i + 1 < clause.End ? tokens[i + 1].Lower : "";

            switch (word)
            {
                case "soon":
                case "shortly":
                    // "as soon as the tracking updates", "shortly after dispatch": the trigger is stated.
                    if (prevLower == "how")
                    {
                        return null;
                    }

                    if (prevLower == "as" || Anchors.Contains(nextLower))
                    {
                        return TimingKind.EventAnchored;
                    }

                    break;
                case "later":
                    // "no later than 25 Nov", "two days later", "later today" are bounded.
                    if (prevLower == "no" || prevLower == "not" || DurationUnits.Contains(prevLower) || BoundedAfterLater.Contains(nextLower))
                    {
                        return null;
                    }

                    break;
            }

            if (word != "soon" && word != "shortly" && EventAnchors.Contains(nextLower))
            {
                return TimingKind.EventAnchored;
            }

            // The past is not a promise: "it shipped quickly", "a few days ago".
            if (a.AnyWord(clause.First, clause.End, PastMarkers))
            {
                return null;
            }

            // A lone adverb times an order action only when the clause speaks of one or of the future.
            for (var k = clause.First; k < clause.End; k++)
            {
                var t = tokens[k];
                if (t.Kind == TokenKind.Word && !t.IsQuoted
                    && (Lexicon.FutureOrRequest.Contains(t.Lower) || Lexicon.OrderWords.Contains(t.Lower) || Lexicon.IsContractedWill(t.Lower)))
                {
                    return TimingKind.Vague;
                }
            }

            return null;
        }

        /// <summary>How far back (in characters) an anchor may stand from the term it anchors: a long clause's length.</summary>
        private const int ChineseClauseReach = 40;

        private static void ClassifyChinese(MessageAnalysis a, Token t, TimingKind vague, List<TimingPhrase> found)
        {
            foreach (var day in ChineseRelativeDays)
            {
                var at = t.Lower.IndexOf(day, StringComparison.Ordinal);
                if (at >= 0)
                {
                    found.Add(new TimingPhrase(day == "本周" || day == "下周" || day == "月底" ? TimingKind.Range : TimingKind.Absolute, t.Start + at, t.Start + at + day.Length));
                }
            }

            foreach (var term in ChineseTerms)
            {
                var at = t.Lower.IndexOf(term, StringComparison.Ordinal);
                while (at >= 0)
                {
                    var after = at + term.Length < t.Lower.Length ? t.Lower[at + term.Length] : '\0';

                    // Unpunctuated Chinese can run on for pages: an anchor counts within one clause's reach before the
                    // term, so each match costs the same however long the run.
                    var clause = Math.Max(0, at - ChineseClauseReach);
                    if ((term == "很快" && after == '乐') || (term == "不久" && after == '前'))
                    {
                        // 很快乐 (very happy), 不久前 (not long ago): not timing.
                    }
                    else if (AnchorableChinese.Contains(term) && HasChineseAnchor(t.Lower, clause, at))
                    {
                        found.Add(new TimingPhrase(TimingKind.EventAnchored, t.Start + clause, t.Start + at + term.Length));
                    }
                    else
                    {
                        found.Add(new TimingPhrase(vague, t.Start + at, t.Start + at + term.Length));
                    }

                    at = t.Lower.IndexOf(term, at + term.Length, StringComparison.Ordinal);
                }
            }
        }

        /// <summary>Every word and phrase that can be vague, for baselines and documentation.</summary>
        public static IEnumerable<string> VagueTerms =>
            VaguePhrases.All.Select(p => string.Join(" ", p)).Concat(VagueWords).Concat(ChineseTerms);
    }
}
