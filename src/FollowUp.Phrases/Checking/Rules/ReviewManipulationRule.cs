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

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var tokens = a.Tokens;
            foreach (var sentence in a.Sentences)
            {
                var review = -1;
                var incentive = false;
                var edit = false;
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    var t = tokens[i];
                    if (t.IsQuoted)
                    {
                        continue;
                    }

                    if (t.Kind == TokenKind.Word || t.Lower == "%")
                    {
                        if (a.Vocabulary.Words("review-manipulation.review-words").Contains(t.Lower))
                        {
                            review = review < 0 ? i : review;

                            // "change your feedback", "remove the negative review": the edit is done to the review.
                            for (var k = Math.Max(sentence.First, i - 4); k < i; k++)
                            {
                                edit |= a.Vocabulary.Words("review-manipulation.edits").Contains(tokens[k].Lower);
                            }
                        }

                        incentive |= a.Vocabulary.Words("review-manipulation.incentives").Contains(t.Lower) || (t.Lower.StartsWith("$", StringComparison.Ordinal));
                    }
                    else if (t.Kind == TokenKind.Cjk)
                    {
                        review = review < 0 && Array.Exists(a.Vocabulary.Terms("review-manipulation.review-words"), w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0) ? i : review;
                        incentive |= Array.Exists(a.Vocabulary.Terms("review-manipulation.incentives"), w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0);
                        edit |= Array.Exists(a.Vocabulary.Terms("review-manipulation.edits"), w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0);
                    }
                }

                // "We offer a refund for your 5-star review", "please change your feedback and we send a coupon",
                // "could you remove the negative review?".
                if (review >= 0 && (incentive || edit))
                {
                    var (start, end) = a.Span(sentence.First, LastContent(a, sentence));
                    findings.Add(a.Report(Rule, severity, start, end,
                        incentive ? "This ties something of value to a review; marketplaces treat that as review manipulation." : "Asking a buyer to change or remove a review is review manipulation under marketplace rules.",
                        "Solve the problem with no condition attached, and let the buyer decide about the review."));
                }
            }
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
