using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Tests.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    public sealed class EvasionTests
    {
        [Theory]
        [InlineData("We will ship s\u200Boon.", "s\u200Boon")]
        [InlineData("We will ship so\u00ADon.", "so\u00ADon")]
        [InlineData("We will ship \uFF21\uFF33\uFF21\uFF30.", "\uFF21\uFF33\uFF21\uFF30")]
        [InlineData("We will ship s\u043E\u043En.", "s\u043E\u043En")]
        [InlineData("We will ship s\u03BF\u03BFn.", "s\u03BF\u03BFn")]
        public void Hidden_vague_words_are_found_and_reported_as_written(string text, string flagged)
        {
            var finding = Check.Rule(RuleIds.VagueTiming, text).Should().ContainSingle().Subject;

            finding.Text.Should().Be(flagged);
            text.Substring(finding.Start, finding.Length).Should().Be(flagged);
        }

        [Fact]
        public void Entities_and_zero_width_characters_do_not_hide_an_overpromise_in_html()
        {
            const string html = "<p>It is guar&#8203;anteed to arr&shy;ive before Christmas.</p>";

            var finding = Check.Rule(RuleIds.Overpromise, html, new CheckContext { Format = MessageFormat.Html }).Should().ContainSingle().Subject;

            finding.Text.Should().StartWith("guar&#8203;anteed").And.EndWith("Christmas");
        }

        [Theory]
        [InlineData("Your refund will be pro\u200Bcessed.", RuleIds.MissingOwner, "pro\u200Bcessed")]
        [InlineData("Your refund will be pro\u00ADcessed.", RuleIds.MissingOwner, "pro\u00ADcessed")]
        [InlineData("It is gu\u0430ranteed to arrive before Christmas.", RuleIds.Overpromise, "gu\u0430ranteed")]
        [InlineData("\uFF33\uFF41\uFF4C\uFF45 today: 30% off! https://shop.example/s", RuleIds.MissingUnsubscribe, null)]
        [InlineData("Dear \u00D7\u00D7\u00D7, thanks.", RuleIds.UnfilledPlaceholder, "\u00D7\u00D7\u00D7")]
        public void Hidden_characters_do_not_hide_passives_guarantees_or_promotions(string text, string rule, string? inside)
        {
            var finding = Check.Rule(rule, text).Should().ContainSingle().Subject;
            if (inside != null)
            {
                text.Substring(finding.Start, finding.Length).Should().Contain(inside);
            }
        }

        [Fact]
        public void Russian_words_are_not_read_as_english_and_the_message_says_it_was_not_checked()
        {
            Check.Text("Спасибо за заказ, мы скоро отправим.").Should().ContainSingle()
                .Which.Rule.Should().Be("language-not-covered");
        }
    }
}
