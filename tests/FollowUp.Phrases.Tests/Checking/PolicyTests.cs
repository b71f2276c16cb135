using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class PolicyTests
    {
        private static WordingChecker With(params string[] policies)
        {
            var options = new WordingCheckerOptions();
            foreach (var p in policies)
            {
                options.Policies.Add(p);
            }

            return new WordingChecker(options);
        }

        [Fact]
        public void Built_in_packs_cover_the_platforms_and_markets_with_sources()
        {
            Policies.BuiltIn.Keys.Should().Contain(new[] { "amazon", "ebay", "aliexpress", "alibaba", "wish", "shopify", "eu", "uk", "us", "ca" });
            Policies.BuiltIn.Values.Should().OnlyContain(p => p.Source.Length > 10 && (p.Kind == "platform" || p.Kind == "jurisdiction"));
        }

        [Theory]
        [InlineData("amazon", "platform", "Track it here: https://track.example.com/1", "https")]
        [InlineData("amazon", "platform", "To opt out of these messages, reply STOP.", "opt out")]
        [InlineData("amazon", "email", "Please leave us a positive review.", "positive review")]
        [InlineData("ebay", "email", "You can also pay outside eBay to save fees.", "pay outside eBay")]
        [InlineData("aliexpress", "chat", "好评返现5元", "好评返现")]
        [InlineData("shopify", "email", "Free shipping on everything this week!", "Free shipping")]
        [InlineData("wish", "platform", "See https://shop.example for more.", "https")]
        [InlineData("alibaba", "email", "You may pay outside Trade Assurance for a discount.", "pay outside Trade Assurance")]
        public void Platform_terms_are_reported_with_the_policy_reason(string policy, string channel, string text, string flagged)
        {
            var context = new CheckContext
            {
                Channel = channel switch { "platform" => Channel.Platform, "chat" => Channel.Chat, _ => Channel.Email },
                Purpose = flagged == "Free shipping" ? MessagePurpose.Marketing : MessagePurpose.Transactional,
            };

            var finding = With(policy).Check(text, context).Where(d => d.Rule == RuleIds.SensitiveTerm).Should().ContainSingle().Subject;

            text.Substring(finding.Start, finding.Length).Should().StartWith(flagged.Substring(0, 4));
            finding.Message.Should().Contain(policy);
        }

        [Theory]
        [InlineData("amazon", "email", "Track it here: https://track.example.com/1")]
        [InlineData("amazon", "platform", "Your order shipped today with DHL.")]
        [InlineData("shopify", "email", "Your order qualified for free shipping.")]
        [InlineData("ebay", "email", "Please pay through eBay checkout.")]
        [InlineData("aliexpress", "chat", "感谢您的好评！")]
        [InlineData("wish", "email", "See https://shop.example for more.")]
        [InlineData("amazon", "platform", "The httpd server is down.")]
        [InlineData("alibaba", "email", "Your order is covered by Trade Assurance.")]
        public void Terms_apply_only_where_their_policy_says(string policy, string channel, string text)
        {
            var context = new CheckContext { Channel = channel switch { "platform" => Channel.Platform, "chat" => Channel.Chat, _ => Channel.Email } };

            With(policy).Check(text, context).Should().NotContain(d => d.Rule == RuleIds.SensitiveTerm);
        }

        [Theory]
        [InlineData("You asked whether \"free shipping\" applies to Spain; it does for orders over EUR 50.")]
        [InlineData("We will refund you today.\n> Do you offer free shipping?")]
        public void Terms_in_the_buyers_quoted_words_are_not_reported(string text)
        {
            With("shopify").Check(text, CheckContext.Default with { Purpose = MessagePurpose.Marketing })
                .Should().NotContain(d => d.Rule == RuleIds.SensitiveTerm);
        }

        [Fact]
        public void Jurisdiction_packs_switch_on_sender_identity_and_raise_severities()
        {
            var context = new CheckContext { Purpose = MessagePurpose.Marketing };
            const string text = "New arrivals! Unsubscribe: https://shop.example/unsubscribe";

            WordingChecker.Default.Check(text, context).Should().NotContain(d => d.Rule == RuleIds.MissingSenderIdentity);
            With("us").Check(text, context).Should().ContainSingle(d => d.Rule == RuleIds.MissingSenderIdentity).Which.Severity.Should().Be(Severity.Error);
            With("eu").Check(text, context).Should().ContainSingle(d => d.Rule == RuleIds.MissingSenderIdentity).Which.Severity.Should().Be(Severity.Warning);
        }

        [Fact]
        public void Explicit_severities_win_over_a_policy_and_unknown_policies_are_errors()
        {
            var options = new WordingCheckerOptions();
            options.Policies.Add("us");
            options.Severities[RuleIds.MissingSenderIdentity] = Severity.Info;

            new WordingChecker(options).Check("Sale! Unsubscribe: https://x.example/unsubscribe", new CheckContext { Purpose = MessagePurpose.Marketing })
                .Single(d => d.Rule == RuleIds.MissingSenderIdentity).Severity.Should().Be(Severity.Info);
            Action unknown = () => With("amazn");
            unknown.Should().Throw<ConfigurationException>().WithMessage("*amazn*amazon*");
        }
    }
}
