using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    public sealed class CommitmentTests
    {
        private static string[] Commitments(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            return a.Commitments.Select(c => $"{(c.IsCertain ? "certain" : "planned")} {c.Actor}{(c.SellerControls ? " controls" : "")}: {a.Text.Substring(c.Start, c.End - c.Start)}").ToArray();
        }

        [Theory]
        [InlineData("Your parcel is guaranteed to arrive before Christmas!", "certain ThirdParty: guaranteed to arrive before Christmas")]
        [InlineData("Customs will never charge you.", "certain ThirdParty: will never charge you")]
        [InlineData("This charger will never overheat.", "certain Unknown: will never overheat")]
        [InlineData("Zero risk for you.", "certain Unknown: Zero risk for you")]
        [InlineData("我们保证圣诞节前一定送达。", "certain ThirdParty: 保证圣诞节前一定送达")]
        [InlineData("We guarantee a full refund if it arrives damaged.", "certain Seller controls: guarantee a full refund if it arrives damaged")]
        [InlineData("We will never share your data.", "certain Seller controls: We will never share your data")]
        [InlineData("我们保证退款。", "certain Seller controls: 保证退款")]
        [InlineData("We will ship by 4 Dec 2026.", "planned Seller controls: We will ship by 4 Dec 2026")]
        [InlineData("DHL will collect the parcel tomorrow.", "planned ThirdParty: DHL will collect the parcel tomorrow")]
        public void Each_commitment_has_its_actor_and_control(string text, string expected) => Commitments(text).Should().Contain(expected);

        [Theory]
        [InlineData("We cannot guarantee delivery before Christmas.")]
        [InlineData("The shirt is 100% cotton.")]
        [InlineData("It ships with a UPS on-time guarantee.")]
        [InlineData("Please make sure to reply by 4 Dec 2026.")]
        public void Hedges_product_facts_and_backed_guarantees_are_not_certain_claims(string text) =>
            new MessageAnalysis(text, CheckContext.Default).Commitments.Should().NotContain(c => c.IsCertain);

        [Fact]
        public void Overpromise_is_the_query_for_certainty_the_seller_does_not_control()
        {
            const string text = "We guarantee a full refund. Your parcel will definitely arrive by Friday.";
            var a = new MessageAnalysis(text, CheckContext.Default);

            WordingChecker.Default.Check(text).Where(d => d.Rule == RuleIds.Overpromise).Select(d => d.Start)
                .Should().Equal(a.Commitments.Where(c => c.IsOverpromise).Select(c => c.Start)).And.ContainSingle();
        }
    }
}
