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

        private static readonly HashSet<string> ReviewWords = Lexicon.Words(
            "review", "reviews", "feedback", "rating", "ratings", "stars", "5-star", "five-star", "star");

        private static readonly HashSet<string> Incentives = Lexicon.Words(
            "refund", "discount", "coupon", "coupons", "voucher", "gift", "free", "cashback", "cash", "reward", "rebate",
            "bonus", "compensation", "money", "paypal", "off", "%");

        private static readonly HashSet<string> Edits = Lexicon.Words("change", "remove", "delete", "revise", "update", "modify", "withdraw", "edit");

        private static readonly string[] ChineseReview = { "好评", "评价", "五星", "差评", "评分" };

        private static readonly string[] ChineseIncentives = { "返现", "退款", "优惠券", "红包", "折扣", "礼品", "赠品", "补偿", "返", "送" };

        private static readonly string[] ChineseEdits = { "修改", "删除", "撤销", "追评改" };

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
                        if (ReviewWords.Contains(t.Lower))
                        {
                            review = review < 0 ? i : review;

                            // "change your feedback", "remove the negative review": the edit is done to the review.
                            for (var k = Math.Max(sentence.First, i - 4); k < i; k++)
                            {
                                edit |= Edits.Contains(tokens[k].Lower);
                            }
                        }

                        incentive |= Incentives.Contains(t.Lower) || (t.Lower.StartsWith("$", StringComparison.Ordinal));
                    }
                    else if (t.Kind == TokenKind.Cjk)
                    {
                        review = review < 0 && Array.Exists(ChineseReview, w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0) ? i : review;
                        incentive |= Array.Exists(ChineseIncentives, w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0);
                        edit |= Array.Exists(ChineseEdits, w => t.Lower.IndexOf(w, StringComparison.Ordinal) >= 0);
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
