using System;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class WordingCheckerTests
    {
        [Fact]
        public void Findings_come_in_text_order_with_their_rule_ids()
        {
            var findings = Check.Text("Your payment was received. Your order will be shipped soon.");

            findings.Should().HaveCount(2);
            findings[0].Rule.Should().Be(RuleIds.MissingOwner);
            findings[1].Rule.Should().Be(RuleIds.VagueTiming);
            findings[0].Start.Should().BeLessThan(findings[1].Start);
        }

        [Fact]
        public void Options_switch_rules_off_and_change_severity()
        {
            var options = new WordingCheckerOptions();
            options.DisabledRules.Add(RuleIds.MissingOwner);
            options.Severities[RuleIds.VagueTiming] = Severity.Error;

            var findings = new WordingChecker(options).Check("Your order will be shipped soon.");

            findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        }

        [Fact]
        public void Unknown_rule_in_options_is_an_error_listing_the_known_rules()
        {
            var options = new WordingCheckerOptions();
            options.DisabledRules.Add("vague-timeing");

            Action build = () => new WordingChecker(options);

            build.Should().Throw<ConfigurationException>().WithMessage("*vague-timeing*vague-timing*overpromise*");
        }

        [Fact]
        public void Subject_check_runs_only_one_line_rules()
        {
            var findings = WordingChecker.Default.CheckSubject("Sorry: your order will ship soon", Check.MarketingEmail);

            findings.Should().ContainSingle().Which.Rule.Should().Be(RuleIds.VagueTiming);
        }

        [Fact]
        public void Broken_html_never_throws()
        {
            var html = "<p class=\"x>Unclosed <a href='https://x.example/unsubscribe'>soon &amp";

            var act = () => Check.Text(html, new CheckContext { Format = MessageFormat.Html, Purpose = MessagePurpose.Marketing });

            act.Should().NotThrow();
        }
    }
}
