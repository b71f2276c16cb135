using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class CustomRuleTests
    {
        /// <summary>The README's example: a brand's banned phrases, one per line in a file, matched on the seller's own words.</summary>
        private sealed class BannedPhraseRule : IMessageRule
        {
            private readonly string[] _banned;

            public BannedPhraseRule(string file) => _banned = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToArray();

            public RuleDescriptor Descriptor { get; } = new RuleDescriptor("brand-banned-phrase", Severity.Warning, "Phrase our brand does not use", "Our style guide lists phrases we never send.");

            public void Check(AnalyzedMessage message, RuleFindings findings)
            {
                foreach (var word in message.Words)
                {
                    foreach (var phrase in _banned)
                    {
                        if (string.Equals(word.Text, phrase, StringComparison.OrdinalIgnoreCase))
                        {
                            findings.Add(word.Start, word.Length, $"'{word.Text}' is on the brand's banned list.", "Say 'affordable'.", "affordable");
                        }
                    }
                }
            }
        }

        private static WordingChecker CheckerWith(IMessageRule rule, Action<WordingCheckerOptions>? configure = null)
        {
            var options = new WordingCheckerOptions();
            options.CustomRules.Add(rule);
            configure?.Invoke(options);
            return new WordingChecker(options);
        }

        private static IMessageRule Banned(params string[] phrases)
        {
            var file = Path.Combine(Path.GetTempPath(), $"banned-{Guid.NewGuid():N}.txt");
            File.WriteAllLines(file, phrases);
            try
            {
                return new BannedPhraseRule(file);
            }
            finally
            {
                File.Delete(file);
            }
        }

        /// <summary>Reports each of its notes at the start of the message, in the order given.</summary>
        private sealed class AtTheStartRule : IMessageRule
        {
            private readonly string[] _notes;

            public AtTheStartRule(string id, params string[] notes)
            {
                Descriptor = new RuleDescriptor(id, Severity.Info, "Note at the start", "Notes for an editor.");
                _notes = notes;
            }

            public RuleDescriptor Descriptor { get; }

            public void Check(AnalyzedMessage message, RuleFindings findings)
            {
                foreach (var note in _notes)
                {
                    findings.Add(0, 2, note, null, null);
                }
            }
        }

        [Fact]
        public void Findings_at_one_place_come_by_rule_id_then_in_the_order_their_rule_gave_them()
        {
            var options = new WordingCheckerOptions();
            options.CustomRules.Add(new AtTheStartRule("zz-editor-notes", "second by id, first given", "second by id, second given"));
            options.CustomRules.Add(new AtTheStartRule("aa-editor-notes", "first by id"));
            var findings = new WordingChecker(options).Check("We will ship soon.");

            findings.Where(d => d.Start == 0).Select(d => d.Message).Should().Equal("first by id", "second by id, first given", "second by id, second given");
            findings.Select(d => d.Start).Should().BeInAscendingOrder();
            findings.Should().Contain(d => d.Rule == RuleIds.VagueTiming && d.Text == "soon", "the built-in findings come after, at their places");
        }

        [Fact]
        public void A_custom_rule_reports_like_a_built_in_one()
        {
            var checker = CheckerWith(Banned("cheap"));

            var finding = checker.Check("<p>Our <b>cheap</b> lamps ship on 4 Dec 2026.</p>", new CheckContext { Format = MessageFormat.Html })
                .Should().ContainSingle(d => d.Rule == "brand-banned-phrase").Which;

            finding.Start.Should().Be(10, "offsets point into the HTML the caller gave");
            finding.Text.Should().Be("cheap");
            finding.Severity.Should().Be(Severity.Warning);
            finding.Line.Should().Be(1);
            finding.Column.Should().Be(11);
            finding.Replacement.Should().Be("affordable");
        }

        [Fact]
        public void Words_quoted_from_the_buyer_are_not_the_sellers()
        {
            CheckerWith(Banned("cheap")).Check("You wrote \"is it cheap?\" — it is our best value lamp.").Should().NotContain(d => d.Rule == "brand-banned-phrase");
        }

        [Fact]
        public void Severities_disabling_and_suppressions_apply_to_custom_rules()
        {
            CheckerWith(Banned("cheap"), o => o.Severities["brand-banned-phrase"] = Severity.Error)
                .Check("Cheap lamps.").Single(d => d.Rule == "brand-banned-phrase").Severity.Should().Be(Severity.Error);
            CheckerWith(Banned("cheap"), o => o.DisabledRules.Add("brand-banned-phrase"))
                .Check("Cheap lamps.").Should().NotContain(d => d.Rule == "brand-banned-phrase");
            CheckerWith(Banned("cheap"))
                .Check("Cheap lamps. <!-- followup-ignore brand-banned-phrase: the product's own name -->")
                .Should().NotContain(d => d.Rule == "brand-banned-phrase" || d.Rule == "invalid-suppression" || d.Rule == "unused-suppression");
        }

        [Theory]
        [InlineData("vague-timing")]
        [InlineData("unused-suppression")]
        public void An_id_another_rule_has_is_refused(string id)
        {
            var rule = new DelegateRule(new RuleDescriptor(id, Severity.Info, "Clash", "Clash."), (_, _) => { });

            FluentActions.Invoking(() => CheckerWith(rule)).Should().Throw<ConfigurationException>().WithMessage($"*'{id}'*another rule*");
        }

        [Theory]
        [InlineData("Banned")]
        [InlineData("banned phrase")]
        [InlineData("banned--phrase")]
        [InlineData("-banned")]
        public void A_rule_id_must_be_kebab_case(string id)
        {
            FluentActions.Invoking(() => new RuleDescriptor(id, Severity.Info, "x", "y")).Should().Throw<ArgumentException>().WithMessage("*kebab-case*");
        }

        [Fact]
        public void A_span_outside_the_message_names_the_rule()
        {
            var rule = new DelegateRule(new RuleDescriptor("out-of-range", Severity.Info, "x", "y"), (m, f) => f.Add(m.Text.Length, 5, "x"));

            FluentActions.Invoking(() => CheckerWith(rule).Check("Hello.")).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*'out-of-range'*");
        }

        [Fact]
        public void A_custom_rule_sees_the_same_reading_as_the_built_in_rules()
        {
            AnalyzedMessage? seen = null;
            var rule = new DelegateRule(new RuleDescriptor("spy", Severity.Info, "x", "y"), (m, _) => seen = m);

            CheckerWith(rule).Check("Votre commande sera traitée bientôt.");

            seen!.Languages.Should().Equal("fr");
            seen.NextSteps.Should().ContainSingle(s => s.Text == "sera traitée");
            seen.Words.Select(w => w.Text).Should().Equal("Votre", "commande", "sera", "traitée", "bientôt");
        }

        private sealed class DelegateRule : IMessageRule
        {
            private readonly Action<AnalyzedMessage, RuleFindings> _check;

            public DelegateRule(RuleDescriptor descriptor, Action<AnalyzedMessage, RuleFindings> check)
            {
                Descriptor = descriptor;
                _check = check;
            }

            public RuleDescriptor Descriptor { get; }

            public void Check(AnalyzedMessage message, RuleFindings findings) => _check(message, findings);
        }
    }
}
