using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Finds the problems or pending items a message reports ("the parcel is delayed", "payment not received", "物流有问题"):
    /// the first of each sentence outside the footer, outside conditions ("let us know if anything is wrong"), replies to
    /// the buyer ("sorry for the late reply"), negations ("no delay") and hypotheticals ("有任何问题随时联系我们").
    /// <c>missing-owner</c> asks whether a message that reports one gives anyone the next step.
    /// </summary>
    internal sealed class ProblemFinder
    {
        public ProblemFinder(Vocabulary v)
        {
            HypotheticalProblems = v.Terms("steps.hypothetical-problems");
            NegatedAuxiliaries = v.Words("steps.negated-auxiliaries");
            Problems = v.Phrases("steps.problems");
            NotProblems = v.Phrases("steps.not-problems");
            NotParticiples = v.ListOf(Problems.All.Where(p => p.Length == 2 && p[0] == "not").Select(p => p[1]));
            ChineseProblems = v.Terms("steps.problems");
            Conditionals = v.Words("steps.conditionals");
            ReplyWords = v.Words("steps.reply-words");
            Negators = v.Words("steps.negators");
            Modals = v.Words("claims.modals");
            Possibility = v.Words("steps.possibility-markers");
            ChinesePossibility = v.Terms("steps.possibility-markers");
            ShipmentNouns = v.Words("claims.shipment-nouns");
            ChineseTopics = v.Terms("steps.topics");
            ChineseNegators = v.Terms("steps.negators");
            ProblemStarters = v.Hot(v.ListOf(Problems.FirstWords.Concat(NegatedAuxiliaries)));
            ClauseWithoutProblem = v.Hot(v.ListOf(Conditionals.Concat(ReplyWords)));
        }

        private WordList NegatedAuxiliaries { get; }

        // Wording that opens like a problem and reports none: a pickup point's "held for 7 days" is its service, where
        // "held at customs" is a problem.
        private PhraseSet NotProblems { get; }

        private TermSet HypotheticalProblems { get; }

        // Every word a reported problem starts with: a problem phrase or a negated auxiliary ("has not updated").
        private WordList ProblemStarters { get; }

        // A clause with a conditional or a reply word reports no problem: the two lists as one set, read in one pass.
        private WordList ClauseWithoutProblem { get; }

        private PhraseSet Problems { get; }

        private TermSet ChineseProblems { get; }

        private WordList Conditionals { get; }

        /// <summary>The problems the message reports, a sentence at most one, in text order.</summary>
        public List<ReportedProblem> Find(MessageAnalysis a)
        {
            var problems = new List<ReportedProblem>();
            foreach (var sentence in a.Sentences)
            {
                // A problem starts at a word of ProblemStarters or in Chinese: most sentences have neither.
                if ((sentence.MayHold(ProblemStarters) || (sentence.Holds & SentenceHolds.Chinese) != 0)
                    && !a.InFooter(sentence) && FindProblem(a, sentence) is ReportedProblem p)
                {
                    problems.Add(p);
                }
            }

            return problems;
        }

        // "有任何问题随时联系我们": a problem that may come is not one the message reports.
        private bool Hypothetical(string text, int at, string term)
        {
            foreach (var h in HypotheticalProblems)
            {
                var k = h.IndexOf(term, StringComparison.Ordinal);
                if (k >= 0 && at - k >= 0 && string.CompareOrdinal(text, at - k, h, 0, h.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first problem or pending item the sentence reports, outside conditions and negations.</summary>
        private ReportedProblem? FindProblem(MessageAnalysis a, in Sentence sentence)
        {
            var tokens = a.Tokens;
            foreach (var clause in sentence.Clauses)
            {
                // "let us know if anything is wrong" reports nothing; nor does "sorry for the late reply": the delay was in
                // answering, and this message is the answer.
                if (a.AnyWord(clause.First, clause.End, ClauseWithoutProblem))
                {
                    continue;
                }

                for (var i = clause.First; i < clause.End; i++)
                {
                    if (!ProblemStarters.Contains(tokens[i]))
                    {
                        continue; // starts no problem: most words
                    }

                    if (IsNegatedOrHypothetical(a, i, clause.First) || NotProblems.Match(a, i, clause.End) > 0)
                    {
                        continue; // "without any problem", "no delay", "to avoid damage", "held for 7 days" report nothing
                    }

                    var length = Problems.Match(a, i, clause.End);
                    if (length == 0 && NotWithAuxiliary(a, i, clause.End))
                    {
                        length = 2;
                    }

                    if (length > 0 && MayHappen(a, i, i + length, clause))
                    {
                        i += length - 1;
                        continue;
                    }

                    if (length > 0)
                    {
                        var last = tokens[Math.Min(clause.End - 1, i + length - 1)];
                        return new ReportedProblem(tokens[i].Start, last.End);
                    }
                }

                for (var i = clause.First; i < clause.End; i++)
                {
                    var t = tokens[i];
                    if (t.Kind == TokenKind.Cjk && !t.IsQuoted)
                    {
                        foreach (var term in ChineseProblems.OccurringIn(t.Lower))
                        {
                            // "没有问题", "不会有任何问题" deny the problem word some way back; "不会丢件", "没有延误" right before it.
                            var at = t.Lower.IndexOf(term, StringComparison.Ordinal);
                            var reach = term == "问题" ? 5 : 2;
                            var before = at < 0 ? "" : t.Lower.Substring(Math.Max(0, at - reach), Math.Min(reach, at));
                            if (at >= 0 && !ChineseNegators.AnyIn(before) && !Hypothetical(t.Lower, at, term) && !ChineseMayHappen(t.Lower, at))
                            {
                                return new ReportedProblem(t.Start + at, t.Start + at + term.Length);
                            }
                        }
                    }
                }
            }

            return null;
        }

        private WordList ReplyWords { get; }

        private WordList Negators { get; }

        // Verbs of a verb group a denial reaches over: "nothing can go wrong", "no parcel will go missing".
        private WordList Modals { get; }

        // "may", "might", "möglicherweise", "可能": a problem that may happen ("delays may occur in peak season", "there
        // might be delays") is a caution, not one the message reports — unless it names the parcel or order.
        private WordList Possibility { get; }

        private TermSet ChinesePossibility { get; }

        // "the package might be lost" speaks of this order, and reports a problem; only a caution about no parcel or order
        // in particular ("delays may occur in peak season") does not.
        private WordList ShipmentNouns { get; }

        private TermSet ChineseTopics { get; }

        // "没有问题" (no problem), "不会有任何问题" (there won't be any problem): the problem word denied.
        private TermSet ChineseNegators { get; }

        // "has not updated", "hasn't updated", "has not yet arrived": the participles of the "not …" problems.
        private WordList NotParticiples { get; }

        private bool NotWithAuxiliary(MessageAnalysis a, int i, int end)
        {
            var t = a.Tokens[i].Lower;
            if (!NegatedAuxiliaries.Contains(t))
            {
                return false;
            }

            for (var k = i + 1; k < Math.Min(end, i + 3); k++)
            {
                if (NotParticiples.Contains(a.Tokens[k]))
                {
                    return true;
                }
            }

            return false;
        }

        // A possibility marker before the problem in its clause ("might be delayed", "there may be delays"), or right after
        // the problem it speaks of ("delays may occur").
        private bool MayHappen(MessageAnalysis a, int start, int end, Clause clause)
        {
            if (a.AnyWord(clause.First, clause.End, ShipmentNouns))
            {
                return false;
            }

            for (var k = clause.First; k < start; k++)
            {
                if (Possibility.Contains(a.Tokens[k]))
                {
                    return true;
                }
            }

            return end < clause.End && Possibility.Contains(a.Tokens[end]);
        }

        // "旺季可能会有延误": a possibility marker a few characters before the problem, in a run that names no order or parcel.
        private bool ChineseMayHappen(string run, int at) =>
            ChinesePossibility.AnyIn(run.Substring(Math.Max(0, at - 6), Math.Min(6, at))) && !ChineseTopics.AnyIn(run);

        // A denial in the two words before the problem, not counting a modal between ("no delay", "not damaged",
        // "nothing can go wrong").
        private bool IsNegatedOrHypothetical(MessageAnalysis a, int i, int first)
        {
            var words = 0;
            for (var k = i - 1; k >= first && words < 2; k--)
            {
                if (Negators.Contains(a.Tokens[k]))
                {
                    return true;
                }

                words += Modals.Contains(a.Tokens[k]) ? 0 : 1;
            }

            return false;
        }
    }
}
