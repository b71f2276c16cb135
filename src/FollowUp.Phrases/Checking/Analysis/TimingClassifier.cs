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
    internal sealed class TimingClassifier
    {
        private IReadOnlyList<string[]> Quantifiers { get; }

        // Their first words: a lead ("within", "for", "in") followed by none of them starts no span, without comparing each.
        private WordList QuantifierStarts { get; }

        private WordList DateLeads { get; }

        private TermSet ChineseRangeDays { get; }

        public TimingClassifier(Vocabulary v)
        {
            var quantifiers = v.Phrases("timing.quantifiers");
            QuantifierStarts = quantifiers.Starts;
            Quantifiers = quantifiers.All;
            DateLeads = v.Words("timing.date-leads");
            ChineseRangeDays = v.Terms("timing.range-days");
            VaguePhrases = v.Phrases("timing.vague-phrases");
            VagueWords = v.Words("timing.vague-words");
            ChineseTerms = v.Terms("timing.vague-phrases");
            Anchors = v.Words("timing.anchors");
            ClauseAnchors = v.Words("timing.clause-anchors");
            DurationUnits = v.Words("timing.duration-units");
            EventAnchors = v.Words("timing.event-anchors");
            FooterWords = v.Phrases("regions.footer-words");
            ChineseFooterWords = v.Terms("regions.footer-words");
            BoundedAfterLater = v.Words("timing.bounded-after-later");
            ChineseAnchors = v.Terms("timing.anchors");
            AnchorableChinese = v.EntrySet("timing.anchorable-terms");
            ChineseUnits = v.Terms("timing.units");
            FewLeads = v.Words("timing.few-leads");
            DayKinds = v.Words("timing.day-kinds");
            Units = v.Words("timing.units");
            RangeJoiners = v.Words("timing.range-joiners");
            NumberWords = v.Words("timing.number-words");
            RangeLeads = v.Words("timing.range-leads");
            RelativeDays = v.Phrases("timing.relative-days");
            RelativeSpans = v.Phrases("timing.relative-spans");
            ChineseRelativeDays = v.Terms("timing.relative-days");
            PastMarkers = v.Words("timing.past-markers");

            Starters = v.Hot(v.ListOf(VaguePhrases.FirstWords.Concat(FewLeads).Concat(RangeLeads).Concat(NumberWords).Concat(VagueWords)
                .Concat(RelativeDays.FirstWords).Concat(RelativeSpans.FirstWords)));
            PhraseStarts = new PhraseStarts(v, new[] { VaguePhrases.All, RelativeDays.All, RelativeSpans.All }, FewLeads.Concat(VagueWords));
            SpanLeads = v.Hot(v.ListOf(RangeLeads.Concat(NumberWords)));

            // The words that start timing alone: a span's lead, and what PhraseStarts reads alone (a vague word, a lead of
            // "a few days", a one-word phrase) — one list, so a word that starts none is told by one test.
            WordStarters = v.Hot(v.ListOf(RangeLeads.Concat(NumberWords).Concat(FewLeads).Concat(VagueWords)
                .Concat(VaguePhrases.All.Concat(RelativeDays.All).Concat(RelativeSpans.All).Where(p => p.Length == 1).Select(p => p[0]))));
        }

        // Every word a timing phrase can start with (besides numbers and Chinese runs): one look-up settles the words
        // that start none, where the clause's loop would otherwise try each list in turn.
        private WordList Starters { get; }

        // Whether a sentence may hold a timing phrase, a vague word or the lead of a span with no number ("a few days").
        private PhraseStarts PhraseStarts { get; }

        // Words a span may open with besides a number ("within 3 days", "two weeks"): a span ends at a unit of time.
        private WordList SpanLeads { get; }

        // Every word that starts timing on its own; a starter that is none of them starts it only before a phrase's second word.
        private WordList WordStarters { get; }

        // Phrases that are vague wherever they stand.
        public PhraseSet VaguePhrases { get; }

        // Single words that are vague only when they time an order action.
        public WordList VagueWords { get; }

        public TermSet ChineseTerms { get; }

        private WordList Anchors { get; }

        // A clause opening with one of these waits for an event: "once we receive your payment, …".
        private WordList ClauseAnchors { get; }

        private WordList DurationUnits { get; }

        // "promptly after payment", "quickly once it is scanned": the event that starts the step is named.
        private WordList EventAnchors { get; }

        private PhraseSet FooterWords { get; }

        private TermSet ChineseFooterWords { get; }

        private WordList BoundedAfterLater { get; }

        // "发货后第一时间": the trigger is stated.
        private TermSet ChineseAnchors { get; }

        // "第一时间" and "马上" after a stated trigger mean "as soon as it happens"; "尽快" stays vague, like "ASAP" after "once".
        private HashSet<string> AnchorableChinese { get; }

        private TermSet ChineseUnits { get; }

        private WordList FewLeads { get; }
        private WordList DayKinds { get; }
        private WordList Units { get; }
        private WordList RangeJoiners { get; }
        private WordList NumberWords { get; }

        private WordList RangeLeads { get; }

        // Days named relative to the send time: checkable once the message carries its date.
        private PhraseSet RelativeDays { get; }

        private PhraseSet RelativeSpans { get; }

        private TermSet ChineseRelativeDays { get; }

        private WordList PastMarkers { get; }

        public List<TimingPhrase> Classify(MessageAnalysis a)
        {
            // The dates and times come first, and about as many phrases again: a long message's list is not regrown a
            // dozen times.
            var found = new List<TimingPhrase>(2 * a.TimeExpressions.Count + 4);

            // Rented and given back: for a long message this is a large object, and one per reading made garbage
            // collections grow with the text.
            var inExpression = System.Buffers.ArrayPool<bool>.Shared.Rent(Math.Max(1, a.Tokens.Count));
            Array.Clear(inExpression, 0, a.Tokens.Count);
            foreach (var e in a.TimeExpressions)
            {
                var (start, end) = a.Span(e);
                found.Add(new TimingPhrase(TimingKind.Absolute, start, end));
                for (var k = e.FirstToken; k < e.EndToken; k++)
                {
                    // A Chinese date may stop inside a run ("12月2日前尽快付款"): the rest of that run is still read.
                    inExpression[k] = a.Tokens[k].End <= end;
                }
            }

            foreach (var sentence in a.Sentences)
            {
                if (!MayTime(sentence))
                {
                    continue;
                }

                var before = found.Count;
                var next = sentence.First; // a range may run over a dash that ends a clause: "7–10 days"
                foreach (var clause in sentence.Clauses)
                {
                    next = ClassifyClause(a, sentence, clause, Math.Max(next, clause.First), inExpression, found);
                }

                // "If you are not the intended recipient, please notify us immediately": a confidentiality notice's
                // urgency times no order action. Asked only of a sentence with vague timing in it.
                if (found.Count > before && found.FindIndex(before, p => p.Kind == TimingKind.Vague) >= 0 && IsLegalNotice(a, sentence))
                {
                    for (var k = found.Count - 1; k >= before; k--)
                    {
                        if (found[k].Kind == TimingKind.Vague)
                        {
                            found.RemoveAt(k);
                        }
                    }
                }
            }

            System.Buffers.ArrayPool<bool>.Shared.Return(inExpression);
            return InOrder(found, a.TimeExpressions.Count);
        }

        // By start, then end. The first `dates` are the time expressions, in text order already; the others were found
        // sentence by sentence, so nearly in order: each part is put in order on its own (the others by insertion, a step
        // or two each) and the two are merged, dates first where both start and end alike.
        private static List<TimingPhrase> InOrder(List<TimingPhrase> found, int dates)
        {
            for (var i = dates + 1; i < found.Count; i++)
            {
                var item = found[i];
                var k = i - 1;
                while (k >= dates && Before(item, found[k]))
                {
                    found[k + 1] = found[k];
                    k--;
                }

                found[k + 1] = item;
            }

            if (dates == 0 || dates == found.Count || !Before(found[dates], found[dates - 1]))
            {
                return found; // one part, or the others all after the dates
            }

            // Merged in place: the dates are set aside, and each place is filled from them or from the others ahead of it
            // (the place written never passes the next other to read).
            var left = System.Buffers.ArrayPool<TimingPhrase>.Shared.Rent(dates);
            found.CopyTo(0, left, 0, dates);
            int d = 0, o = dates, w = 0;
            while (d < dates)
            {
                found[w++] = o < found.Count && Before(found[o], left[d]) ? found[o++] : left[d++];
            }

            System.Buffers.ArrayPool<TimingPhrase>.Shared.Return(left);
            return found;
        }

        private static bool Before(TimingPhrase x, TimingPhrase y) => x.Start != y.Start ? x.Start < y.Start : x.End < y.End;

        // A sentence of the footer in its words ("intended recipient", "notify the sender"): region words are read there
        // only, where the footer found them, not in the body ("you received this parcel damaged").
        private bool IsLegalNotice(MessageAnalysis a, in Sentence sentence) =>
            a.InFooter(sentence) && (FooterWords.AnyIn(a, sentence.First, sentence.End, allowNames: true) || a.ChineseContains(sentence.First, sentence.End, ChineseFooterWords));

        /// <summary>Classifies the clause's timing from token <paramref name="from"/>; returns the token after the last one read.</summary>
        private int ClassifyClause(MessageAnalysis a, in Sentence sentence, Clause clause, int from, bool[] inExpression, List<TimingPhrase> found)
        {
            // Whether the clause is a pleasantry ("see you soon") decides how its timing is read; asked only when the clause
            // has timing to read, which most clauses do not.
            bool? pleasantry = null;
            bool IsPleasantry() => pleasantry ??= a.Vocabulary.Common.Pleasantries.AnyIn(a, clause.First, clause.End)
                || a.ChineseContains(clause.First, clause.End, a.Vocabulary.Common.ChinesePleasantries);
            TimingKind Vague() => IsPleasantry() ? TimingKind.Pleasantry : TimingKind.Vague;

            var tokens = a.Tokens;
            var first = a.FirstWordOf(clause);
            if (first >= 0 && ClauseAnchors.Contains(tokens[first]) && !tokens[first].IsQuoted && !IsPleasantry())
            {
                found.Add(new TimingPhrase(TimingKind.EventAnchored, tokens[first].Start, a.ContentEndOf(clause)));
            }

            var i = from;
            var starters = Starters;
            while (i < clause.End)
            {
                // Most tokens start no timing: that is asked first, of the token's own bits.
                ref readonly var t = ref tokens[i];
                // "the", "a", "for", "in" open phrases ("the next few days", "in a few days") and start nothing alone: such a
                // word starts timing only before a phrase's second word (a span's lead starts one before a number).
                if ((t.Kind != TokenKind.Cjk && !t.IsDigitStart && !starters.Contains(t)) || inExpression[i] || t.IsQuoted
                    || (t.Kind == TokenKind.Word && !t.IsDigitStart && !WordStarters.Contains(t) && !PhraseStarts.SecondFollows(tokens, i, clause.End)))
                {
                    i++;
                    continue;
                }

                var matched = VaguePhrases.Match(a, i, clause.End);
                if (matched == 0)
                {
                    matched = FewUnits(a, i, clause.End);
                }

                if (matched > 0)
                {
                    // "right away once payment clears", "in the following days after delivery": the trigger is stated,
                    // as for a single word ("quickly once…").
                    var after = i + matched;
                    if (after < clause.End && EventAnchors.Contains(tokens[after]) && !tokens[after].IsQuoted && !IsPleasantry())
                    {
                        found.Add(new TimingPhrase(TimingKind.EventAnchored, t.Start, a.ContentEndOf(clause)));
                        i += matched;
                        continue;
                    }

                    // "at the earliest on 4 Dec" names the date: the date is the timing, the phrase only frames it.
                    if (!FollowedByDate(a, i + matched, clause.End))
                    {
                        found.Add(new TimingPhrase(Vague(), t.Start, tokens[i + matched - 1].End));
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

                if (t.Kind == TokenKind.Word && VagueWords.Contains(t) && !t.IsName)
                {
                    var kind = IsPleasantry() ? TimingKind.Pleasantry : ClassifyWord(a, i, clause);
                    if (kind == TimingKind.Vague && BoundedRightAfter(a, i + 1, sentence.End, inExpression))
                    {
                        kind = null; // "quickly, within a week": the duration right after it is the timing
                    }

                    if (kind == TimingKind.EventAnchored)
                    {
                        var start = i > clause.First && tokens[i - 1].Is("as") ? tokens[i - 1].Start : t.Start;
                        found.Add(new TimingPhrase(kind.Value, start, a.ContentEndOf(clause)));
                    }
                    else if (kind != null)
                    {
                        found.Add(new TimingPhrase(kind.Value, t.Start, t.End));
                    }
                }
                else if (t.Kind == TokenKind.Cjk)
                {
                    ClassifyChinese(a, t, sentence, Vague(), found);
                }

                i++;
            }

            return i;
        }

        // Whether a clause of the sentence can start timing: a timing phrase or vague word (PhraseStarts), Chinese, a clause
        // opening on an event ("once …"), or a number or span lead with a unit of time to make a span of ("7–10 working
        // days", "within two weeks": RangeAt, the only reading a number gets besides the dates, which are found apart).
        // Most sentences of a long message have none — an order number is no timing — and are not walked.
        private bool MayTime(in Sentence sentence) =>
            (sentence.Holds & SentenceHolds.Chinese) != 0 || PhraseStarts.MayStartIn(sentence) || sentence.MayHold(ClauseAnchors)
            || (((sentence.Holds & SentenceHolds.Number) != 0 || sentence.MayHold(SpanLeads)) && sentence.MayHold(DurationUnits));

        /// <summary>"in a few business days", "within the next several weeks": a span with no number in it.</summary>
        private int FewUnits(MessageAnalysis a, int i, int end)
        {
            var t = a.Tokens;
            if (!FewLeads.Contains(t[i]) || t[i].IsQuoted)
            {
                return 0;
            }

            var k = i + 1;
            if (k + 1 < end && t[k].Is("the") && t[k + 1].Is("next"))
            {
                k += 2;
            }

            if (k >= end || !QuantifierStarts.Contains(t[k]))
            {
                return 0;
            }

            foreach (var q in Quantifiers)
            {
                if (!a.WordsAt(k, q, end))
                {
                    continue;
                }

                var u = k + q.Length;
                while (u < end && DayKinds.Contains(t[u]))
                {
                    u++;
                }

                return u < end && Units.Contains(t[u]) ? u + 1 - i : 0;
            }

            return 0;
        }

        /// <summary>The start of an earlier Chinese run of the sentence that states a trigger, or null.</summary>
        private int? EarlierClauseAnchor(MessageAnalysis a, in Sentence sentence, Token t)
        {
            for (var k = a.TokenAtOrAfter(t.Start) - 1; k >= sentence.First; k--)
            {
                var earlier = a.Tokens[k];
                if (earlier.Kind == TokenKind.Cjk && !earlier.IsQuoted && t.Start - earlier.Start <= ChineseClauseReach && HasChineseAnchor(earlier.Lower, 0, earlier.Lower.Length))
                {
                    return earlier.Start;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether an event anchor (收到…后, 一旦…, 如有…) stands in <paramref name="text"/>[<paramref name="from"/>,
        /// <paramref name="to"/>) — but not the 后 of 售后 (after-sales) or 然后 (then).
        /// </summary>
        private bool HasChineseAnchor(string text, int from, int to)
        {
            if (!ChineseAnchors.AnyIn(text, from, to - from))
            {
                return false; // no anchor in the window, 售后 or not
            }

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

        /// <summary>"within 24 hours", "7–10 working days", "3 to 5 days", "3个工作日": the token count of a checkable span, or 0.</summary>
        private int RangeAt(MessageAnalysis a, int i, int end)
        {
            var t = a.Tokens;
            var k = i;
            if (t[k].Kind == TokenKind.Word && RangeLeads.Contains(t[k]))
            {
                k++;
            }

            var led = k > i;
            if (k >= end || !(t[k].IsDigitStart || NumberWords.Contains(t[k]) || (led && (t[k].Is("a") || t[k].Is("an")))))
            {
                return 0;
            }

            k++;
            if (k + 1 < end && RangeJoiners.Contains(t[k]) && (t[k + 1].IsDigitStart || NumberWords.Contains(t[k + 1])))
            {
                k += 2;
            }

            if (k < end && t[k].Kind == TokenKind.Cjk && ChineseUnits.AnyStarts(t[k].Lower))
            {
                return k + 1 - i;
            }

            while (k < end && DayKinds.Contains(t[k]))
            {
                k++;
            }

            return k < end && DurationUnits.Contains(t[k]) ? k + 1 - i : 0;
        }

        /// <summary>Whether a date or duration follows at once, past a comma or dash: "quickly, within a week", "soon (by 4 Dec)".</summary>
        private bool BoundedRightAfter(MessageAnalysis a, int k, int end, bool[] inExpression)
        {
            var t = a.Tokens;
            while (k < end && t[k].Kind == TokenKind.Punct && (t[k].Is(",") || t[k].Is("-") || t[k].Is("\u2013") || t[k].Is("\u2014") || t[k].Is("(")))
            {
                k++;
            }

            if (k < end && DateLeads.Contains(t[k]))
            {
                k++;
            }

            return k < end && (inExpression[k] || RangeAt(a, k, end) > 0 || RelativeDays.Match(a, k, end) > 0);
        }

        private bool FollowedByDate(MessageAnalysis a, int next, int end)
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

            return (t.Is("on") || t.Is("by")) && next + 1 < end && a.Tokens[next + 1].IsDigitStart;
        }

        /// <summary>A lone "soon", "later", "quickly"…: vague, event-anchored, or not timing an order action at all (null).</summary>
        private TimingKind? ClassifyWord(MessageAnalysis a, int i, Clause clause)
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

            // A lone adverb times an order action only when the clause speaks of one or of the future — or, as a label's
            // value ("ETA: soon", "- Delivery: shortly"), when the label does.
            for (var k = LabelOf(a, clause); k < clause.End; k++)
            {
                var t = tokens[k];
                if (t.Kind == TokenKind.Word && !t.IsQuoted
                    && (a.Vocabulary.Common.FutureOrRequest.Contains(t) || a.Vocabulary.Common.OrderWords.Contains(t) || Lexicon.IsContractedWill(t.Lower)))
                {
                    return TimingKind.Vague;
                }
            }

            return null;
        }

        // The first token of the label when the clause is the value of a "label: value" line ("ETA: soon", "• Delivery –
        // shortly"): a short clause opening the line, a colon or a dash, and the one word of the value. Otherwise the
        // clause's own first token ("Your order has shipped – enjoy it soon!" is a sentence going on, not a label).
        private static int LabelOf(MessageAnalysis a, Clause clause)
        {
            var tokens = a.Tokens;
            var mark = clause.First - 1;
            if (mark <= 0 || tokens[mark].Kind != TokenKind.Punct || !IsLabelMark(tokens[mark].Lower) || a.WordsIn(clause.First, clause.End) != 1)
            {
                return clause.First;
            }

            var words = 0;
            var k = mark - 1;
            for (; k >= 0 && !tokens[k].Is("\n") && words <= MaxLabelWords; k--)
            {
                words += tokens[k].Kind == TokenKind.Word ? 1 : 0;
                if (tokens[k].Kind == TokenKind.Punct && !IsBullet(tokens[k].Lower))
                {
                    return clause.First; // a mark within: "Thanks for your order, see you – soon" is no label
                }
            }

            return words > 0 && words <= MaxLabelWords ? k + 1 : clause.First;
        }

        // Words a label has at most: "ETA", "Shipping date", "Estimated delivery time", "Restock in the EU warehouse".
        private const int MaxLabelWords = 4;

        // The visible text is normalised: a full-width colon is ':' here.
        private static bool IsLabelMark(string mark) => mark == ":" || mark == "-" || mark == "\u2013" || mark == "\u2014";

        private static bool IsBullet(string mark) => mark == "-" || mark == "*" || mark == "\u2022" || mark == "\u00B7";

        /// <summary>How far back (in characters) an anchor may stand from the term it anchors: a long clause's length.</summary>
        private const int ChineseClauseReach = 40;

        private void ClassifyChinese(MessageAnalysis a, Token t, in Sentence sentence, TimingKind vague, List<TimingPhrase> found)
        {
            foreach (var day in ChineseRelativeDays.OccurringIn(t.Lower))
            {
                var at = t.Lower.IndexOf(day, StringComparison.Ordinal);
                if (at >= 0)
                {
                    found.Add(new TimingPhrase(ChineseRangeDays.IndexOf(day) >= 0 ? TimingKind.Range : TimingKind.Absolute, t.Start + at, t.Start + at + day.Length));
                }
            }

            foreach (var term in ChineseTerms.OccurringIn(t.Lower))
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
                    else if (AnchorableChinese.Contains(term) && EarlierClauseAnchor(a, sentence, t) is int anchorStart)
                    {
                        // "如有延误，我们会第一时间通知您": the condition stands in the clause before the comma.
                        found.Add(new TimingPhrase(TimingKind.EventAnchored, anchorStart, t.Start + at + term.Length));
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
        public IEnumerable<string> VagueTerms =>
            VaguePhrases.All.Select(p => string.Join(" ", p)).Concat(VagueWords).Concat(ChineseTerms);
    }
}
