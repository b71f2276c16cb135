using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Next steps in Chinese, where a sentence is one run of characters with no spaces: the finder searches the run for
    /// the pack's terms — a seller or buyer owner ("我们会", "请您"), an actor with a modal or a remedy ("我们今天会联系",
    /// "我们已经联系"), and an agentless passive (a topic, a future marker and a seller action: "您的退款将在3个工作日内处理").
    /// The English and list-grammar finders read words; this one reads characters.
    /// </summary>
    internal sealed class ChineseStepFinder
    {
        public ChineseStepFinder(Vocabulary v)
        {
            AgentMarkers = v.Terms("steps.agent-markers");
            PoliteRequests = v.Terms("steps.polite-requests");
            SellerOwners = v.Terms("steps.seller-owners");
            BuyerOwners = v.Terms("steps.buyer-owners");
            Topics = v.Terms("steps.topics");
            FutureMarkers = v.Terms("steps.future-markers");
            SellerActions = v.Terms("steps.seller-actions");
            Actors = v.Terms("steps.actors");
            Modals = v.Terms("steps.modals");
            Remedies = v.Terms("steps.remedies");
            NotASteps = v.Terms("steps.not-a-steps");
            TimeWords = v.Terms("steps.time-words");
            PlannedActions = v.Terms("steps.planned-actions");
            ForBuyer = v.Terms("steps.for-buyer-markers");
        }

        // "请", "麻烦您": polite requests, which "请耐心等待" and the like leave empty.
        private TermSet PoliteRequests { get; }

        // "由我们": the agent after the marker ("退款会由我们财务部处理").
        private TermSet AgentMarkers { get; }

        // "我们会", "客服将": the seller promises.
        private TermSet SellerOwners { get; }

        // "请", "您可以": the step is handed to the buyer.
        private TermSet BuyerOwners { get; }

        // Chinese drops the subject when it is the speaker ("收到付款后会发货" means we will ship), so an agentless step is
        // one whose topic is the thing itself: "您的退款将在3个工作日内处理" (your refund will be processed).
        private TermSet Topics { get; }

        private TermSet FutureMarkers { get; }

        // "订单会在明天发货" reads like "your order will ship tomorrow", which is fine in English too; shipping verbs are left out.
        private TermSet SellerActions { get; }

        private TermSet Actors { get; }

        private TermSet Modals { get; }

        // "我们已经联系物流公司": an action already taken on the problem, like "we have contacted the carrier".
        private TermSet Remedies { get; }

        // "请耐心等待" (please be patient) and "请放心" (don't worry) ask nothing of anyone.
        private TermSet NotASteps { get; }

        // "今天", "明天", "下周": a day ahead. Chinese marks no tense, so an actor, a day and an action is a plan.
        private TermSet TimeWords { get; }

        // What the seller's side does on a day it names: "我们今天联系物流", "我明天发货".
        private TermSet PlannedActions { get; }

        // "给您", "为您": done for the buyer. Chinese drops a subject it carries over ("我们已收到，会在24小时内给您答复"):
        // an action done for "您" after a modal in its clause is the seller's promise.
        private TermSet ForBuyer { get; }

        public void FindPassives(MessageAnalysis a, in Sentence sentence, List<NextStep> steps)
        {
            if ((sentence.Holds & SentenceHolds.Chinese) == 0)
            {
                return; // no run of Chinese in the sentence: most sentences of most messages
            }

            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                var text = t.Lower;
                foreach (var marker in FutureMarkers.OccurringIn(text))
                {
                    var at = text.IndexOf(marker, StringComparison.Ordinal);
                    if (at < 0 || (at == 0 && i == sentence.First))
                    {
                        continue;
                    }

                    // The topic may stand before a bracket or a number: "换货的新鞋子（38码）会被安排…" — read from the sentence's start.
                    var sentenceStart = a.Tokens[sentence.First].Start;
                    var before = at > 0 ? text.Substring(0, at) : a.Text.Substring(sentenceStart, t.Start - sentenceStart);
                    var topic = Topics.AnyIn(before);
                    var after = text.Substring(at + marker.Length);
                    var actor = Actors.AnyIn(before) || before.EndsWith("您", StringComparison.Ordinal) || before.EndsWith("你", StringComparison.Ordinal);

                    // "退款会由我们财务部在3个工作日内处理": the agent follows the marker, so the step is the seller's.
                    var agent = AgentMarkers.AnyStarts(after);
                    if (!topic || actor)
                    {
                        break;
                    }

                    // The action follows within a short reach: "将在3个工作日内处理" — a time phrase may stand between.
                    var rest = Following(a, i, sentence, at + marker.Length, 16);
                    int first = -1, length = 0;
                    foreach (var action in SellerActions.OccurringIn(rest))
                    {
                        var k = rest.IndexOf(action, StringComparison.Ordinal);
                        if (k >= 0 && (first < 0 || k < first))
                        {
                            first = k;
                            length = action.Length;
                        }
                    }

                    if (first >= 0)
                    {
                        var start = t.Start + at;
                        steps.Add(new NextStep(StepKind.Passive, agent ? StepActor.Seller : StepActor.Unknown, start, start + marker.Length + first + length));
                        return;
                    }

                    break;
                }
            }
        }

        /// <summary>Up to <paramref name="reach"/> characters of the sentence from offset <paramref name="from"/> in token <paramref name="i"/>, across digits ("3个工作日内").</summary>
        private string Following(MessageAnalysis a, int i, in Sentence sentence, int from, int reach)
        {
            var start = a.Tokens[i].Start + from;
            var end = Math.Min(a.Tokens[sentence.End - 1].End, start + reach);
            return end > start ? a.Text.Substring(start, end - start) : "";
        }

        // The text after offset from in token i, across digits ("明天上午10点前给您回复"), up to the clause's next mark.
        private string ClauseAhead(MessageAnalysis a, int i, in Sentence sentence, int from)
        {
            var ahead = Following(a, i, sentence, from, 12);
            var mark = ahead.IndexOfAny(ClauseMarks);
            return mark < 0 ? ahead : ahead.Substring(0, mark);
        }

        // The visible text is normalised, so the full-width marks (，；！？) are their ASCII forms here; '。' is kept.
        private static readonly char[] ClauseMarks = { '。', ',', '.', ';', '!', '?', '\n' };

        public void FindOwned(MessageAnalysis a, in Sentence sentence, List<NextStep> steps)
        {
            if ((sentence.Holds & SentenceHolds.Chinese) == 0)
            {
                return; // no run of Chinese in the sentence: most sentences of most messages
            }

            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                foreach (var owner in SellerOwners.OccurringIn(t.Lower))
                {
                    var at = t.Lower.IndexOf(owner, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        steps.Add(new NextStep(StepKind.Promise, StepActor.Seller, t.Start + at, t.End));
                        return;
                    }
                }

                foreach (var owner in BuyerOwners.OccurringIn(t.Lower))
                {
                    var at = t.Lower.IndexOf(owner, StringComparison.Ordinal);
                    while (at >= 0)
                    {
                        var rest = t.Lower.Substring(at + owner.Length);
                        var empty = PoliteRequests.IndexOf(owner) >= 0 && NotASteps.Exists(x => rest.StartsWith(x, StringComparison.Ordinal) || rest.StartsWith("您" + x, StringComparison.Ordinal));
                        if (!empty)
                        {
                            steps.Add(new NextStep(StepKind.Request, StepActor.Buyer, t.Start + at, t.End));
                            return;
                        }

                        at = t.Lower.IndexOf(owner, at + owner.Length, StringComparison.Ordinal);
                    }
                }

                if (ForBuyerAfterModal(a, i, t))
                {
                    steps.Add(new NextStep(StepKind.Promise, StepActor.Seller, t.Start, t.End));
                    return;
                }

                // "我们今天会联系物流": the actor and its modal may have a time word between them.
                foreach (var actor in Actors.OccurringIn(t.Lower))
                {
                    var at = t.Lower.IndexOf(actor, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    var window = t.Lower.Substring(at + actor.Length, Math.Min(8, t.Lower.Length - at - actor.Length));
                    var modal = Modals.AnyIn(window)
                        || (TimeWords.AnyIn(window) && PlannedActions.AnyIn(ClauseAhead(a, i, sentence, at + actor.Length))); // "我们今天联系物流", "我们明天上午10点前给您回复"
                    if (modal || Remedies.AnyIn(window))
                    {
                        steps.Add(new NextStep(modal ? StepKind.Promise : StepKind.Done, StepActor.Seller, t.Start + at, t.End));
                        return;
                    }
                }
            }
        }

        private bool ForBuyerAfterModal(MessageAnalysis a, int index, Token t)
        {
            foreach (var marker in ForBuyer.OccurringIn(t.Lower))
            {
                var at = t.Lower.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var after = t.Lower.Substring(at + marker.Length, Math.Min(4, t.Lower.Length - at - marker.Length));
                if (!PlannedActions.AnyIn(after))
                {
                    continue;
                }

                // A modal before it in the clause, in this run or an earlier one ("会在" | "24" | "小时内给您答复").
                if (FutureMarkers.AnyIn(t.Lower.Substring(0, at)))
                {
                    return true;
                }

                for (var k = a.ClauseOf(index).First; k < index; k++)
                {
                    if (a.Tokens[k].Kind == TokenKind.Cjk && FutureMarkers.AnyIn(a.Tokens[k].Lower))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
