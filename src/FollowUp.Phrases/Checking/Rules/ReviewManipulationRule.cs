using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>review-manipulation</c>: an incentive — refund, discount, coupon, gift, money — tied to leaving, changing or
    /// removing a review, or a request to change or remove one. Amazon, AliExpress and eBay ban both.
    /// </summary>
    internal sealed class ReviewManipulationRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.ReviewManipulation,
            Severity.Error,
            "Incentive for a review",
            "Offering anything of value for a review, or for changing or removing one, breaks Amazon's, AliExpress's and " +
            "eBay's policies and can close the account. Fix the buyer's problem unconditionally and ask for honest feedback, " +
            "if at all, once.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        // A review word with an incentive or an edit in the message.
        public RuleTriggers? Triggers { get; } = new RuleTriggers(
            TextFeatures.Chinese,
            new[] { WordGroup.Of("review-manipulation.review-words"), WordGroup.Of("review-manipulation.incentives", "review-manipulation.edits") });

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var tokens = a.Tokens;

            // The lists, looked up once per message rather than per token.
            var reviewWords = a.Vocabulary.Words("review-manipulation.review-words");
            var notReviews = a.Vocabulary.Phrases("review-manipulation.not-reviews");
            var edits = a.Vocabulary.Words("review-manipulation.edits");
            var incentives = a.Vocabulary.Words("review-manipulation.incentives");
            var chineseReview = a.Vocabulary.Terms("review-manipulation.review-words");
            var chineseIncentives = a.Vocabulary.Terms("review-manipulation.incentives");
            var chineseEdits = a.Vocabulary.Terms("review-manipulation.edits");

            // One request is one finding: "Could you update your review? 1. Open the order. 2. Change the rating to 5
            // stars." spans from the ask to its last step, however many sentences the steps take.
            int requestStart = -1, requestEnd = -1, lastSentence = -1;
            var requestIncentive = false;
            var sentences = a.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (requestStart < 0 && !sentence.MayHold(reviewWords) && (sentence.Holds & SentenceHolds.Chinese) == 0)
                {
                    continue; // no review is named, and no request waits for an incentive
                }

                var review = -1;
                var incentive = false;
                var edit = false;
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    ref readonly var t = ref tokens[i];
                    if (t.IsQuoted)
                    {
                        continue;
                    }

                    if (t.Kind == TokenKind.Word || t.Is("%"))
                    {
                        if (reviewWords.Contains(t) && !IsNotAReview(a, notReviews, i, sentence))
                        {
                            review = review < 0 ? i : review;

                            // "change your feedback", "remove the negative review": the edit is done to the review.
                            for (var k = Math.Max(sentence.First, i - 4); k < i; k++)
                            {
                                edit |= edits.Contains(tokens[k]);
                            }
                        }

                        incentive |= incentives.Contains(t) || t.First == '$';
                    }
                    else if (t.Kind == TokenKind.Cjk)
                    {
                        review = review < 0 && chineseReview.AnyIn(t.Lower) ? i : review;
                        incentive |= chineseIncentives.AnyIn(t.Lower);
                        edit |= chineseEdits.AnyIn(t.Lower);
                    }
                }

                // "We offer a refund for your 5-star review", "please change your feedback and we send a coupon",
                // "could you remove the negative review?".
                if (review >= 0 && (incentive || edit))
                {
                    if (requestStart >= 0 && s - lastSentence > MaxStepsBetween + 1)
                    {
                        Report(a, severity, findings, requestStart, requestEnd, requestIncentive);
                        requestStart = -1;
                        requestIncentive = false;
                    }

                    requestStart = requestStart < 0 ? sentence.First : requestStart;
                    requestEnd = LastContent(a, sentence);
                    requestIncentive |= incentive;
                    lastSentence = s;
                }
                else if (requestStart >= 0 && s - lastSentence <= MaxStepsBetween && incentive)
                {
                    requestIncentive = true; // "… update your review. We will send you a coupon."
                }
            }

            if (requestStart >= 0)
            {
                Report(a, severity, findings, requestStart, requestEnd, requestIncentive);
            }
        }

        // "Your claim is under review", "we will review your photos": the word names a check of the buyer's case, not a
        // review the buyer writes — a phrase of the pack's not-reviews list covers it.
        private static bool IsNotAReview(MessageAnalysis a, PhraseSet notReviews, int i, Sentence sentence)
        {
            for (var k = Math.Max(sentence.First, i - 2); k <= i; k++)
            {
                var length = notReviews.Match(a, k, sentence.End);
                if (length > 0 && k + length > i)
                {
                    return true;
                }
            }

            return false;
        }

        // Sentences a request's steps may take between two of its flagged sentences: numbered steps ("1. Go to My Orders. 2. Click
        // Edit.") count a sentence for the number and one for the step.
        private const int MaxStepsBetween = 8;

        private static void Report(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings, int first, int end, bool incentive)
        {
            var (start, stop) = a.Span(first, end);
            findings.Add(a.Report(Rule, severity, start, stop,
                incentive ? "This ties something of value to a review; marketplaces treat that as review manipulation." : "Asking a buyer to change or remove a review is review manipulation under marketplace rules.",
                "Solve the problem with no condition attached, and let the buyer decide about the review."));
        }

        private static int LastContent(MessageAnalysis a, Sentence sentence)
        {
            for (var k = sentence.End - 1; k > sentence.First; k--)
            {
                if (a.Tokens[k].Kind != TokenKind.Punct)
                {
                    return k + 1;
                }
            }

            return sentence.End;
        }
    }
}
