using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class MissingUnsubscribeTests
    {
        [Theory]
        [InlineData("Sale ends Sunday! Shop now: https://shop.example/sale", MessageFormat.Text)]
        [InlineData("New arrivals! You can unsubscribe at any time by replying STOP.", MessageFormat.Text)]
        [InlineData("<p>Sale!</p><p><a href=\"#\">Unsubscribe</a></p>", MessageFormat.Html)]
        [InlineData("<p>Sale!</p><p><a href=\"https://shop.example/privacy\">Privacy policy</a></p>", MessageFormat.Html)]
        [InlineData("<p>Sale!</p><p><a href=\"javascript:void(0)\">Unsubscribe</a></p>", MessageFormat.Html)]
        public void Flags_marketing_email_without_a_working_opt_out_link(string text, MessageFormat format)
        {
            var finding = Check.Rule(RuleIds.MissingUnsubscribe, text, Check.MarketingEmail with { Format = format }).Should().ContainSingle().Subject;

            finding.IsWholeMessage.Should().BeTrue();
            finding.Severity.Should().Be(Severity.Error);
        }

        [Theory]
        [InlineData("Sale ends Sunday! Opt out: https://shop.example/o/1", MessageFormat.Text)]
        [InlineData("Sale! https://shop.example/unsubscribe?u=1", MessageFormat.Text)]
        [InlineData("Sale! To stop these emails write to mailto:list@shop.example", MessageFormat.Text)]
        [InlineData("新品上架!退订请点击 https://shop.example/u/9", MessageFormat.Text)]
        [InlineData("<p>Sale!</p><p>To unsubscribe <a href=\"https://x.example/u?id=1\">click here</a>.</p>", MessageFormat.Html)]
        [InlineData("<h1>Black Friday</h1><footer><a href=\"https://shop.example/account/email-settings\">Email settings</a></footer>", MessageFormat.Html)]
        [InlineData("Neue Artikel im Shop! Newsletter abbestellen: https://shop.example/n/1", MessageFormat.Text)]
        [InlineData("New arrivals are in! https://shop.example/new\nNo longer want to hear from us? https://shop.example/leave", MessageFormat.Text)]
        [InlineData("¡Rebajas de invierno! https://tienda.example/rebajas\nSi no desea recibir más correos, haga clic aquí: https://tienda.example/b?id=3", MessageFormat.Text)]
        [InlineData("Soldes d'hiver ! https://boutique.example/soldes\nVous ne souhaitez plus recevoir nos e-mails ? https://boutique.example/d?u=3", MessageFormat.Text)]
        public void Accepts_a_link_labelled_or_addressed_as_an_opt_out(string text, MessageFormat format)
        {
            Check.Rule(RuleIds.MissingUnsubscribe, text, Check.MarketingEmail with { Format = format }).Should().BeEmpty();
        }

        [Fact]
        public void Transactional_email_and_other_channels_need_no_link_by_default()
        {
            const string text = "New arrivals are here.";
            Check.Rule(RuleIds.MissingUnsubscribe, text, CheckContext.Default with { Purpose = MessagePurpose.Transactional }).Should().BeEmpty();
            Check.Rule(RuleIds.MissingUnsubscribe, text, Check.MarketingEmail with { Channel = Channel.Platform }).Should().BeEmpty();
            Check.Rule(RuleIds.MissingUnsubscribe, "Your order shipped on 2 Dec 2026 with DHL.").Should().BeEmpty();
        }

        [Fact]
        public void An_email_whose_purpose_is_not_given_is_classified_and_a_promotion_needs_the_link()
        {
            Check.Rule(RuleIds.MissingUnsubscribe, "New arrivals are here: https://shop.example/new").Should().ContainSingle();
            Check.Rule(RuleIds.MissingUnsubscribe, "新品上架，全场8折：https://shop.example/new").Should().ContainSingle();
        }

        [Fact]
        public void A_stricter_policy_requires_the_link_on_every_email()
        {
            var options = new WordingCheckerOptions { RequireUnsubscribeOnEveryEmail = true };

            new WordingChecker(options).Check("Your order shipped on 2 Dec 2026.").Should().ContainSingle(d => d.Rule == RuleIds.MissingUnsubscribe);
        }
    }
}
