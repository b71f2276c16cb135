using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class SuppressionTests
    {
        [Fact]
        public void A_marker_with_a_reason_silences_its_rule_on_the_next_line_only()
        {
            const string text = "<!-- followup-ignore vague-timing: the buyer's own words -->\nWe will ship ASAP as you asked.\nWe will send the rest soon.";

            var findings = Check.Text(text);

            findings.Select(d => d.Rule).Should().Equal(RuleIds.VagueTiming);
            findings.Single().Text.Should().Be("soon");
        }

        [Fact]
        public void A_marker_without_a_reason_is_reported_and_not_honoured()
        {
            var findings = Check.Text("We will ship ASAP. <!-- followup-ignore vague-timing -->");

            findings.Select(d => d.Rule).Should().BeEquivalentTo(new[] { RuleIds.VagueTiming, "invalid-suppression" });
        }

        [Fact]
        public void An_unknown_rule_is_reported_with_the_known_ones()
        {
            var finding = Check.Text("Fine. <!-- followup-ignore vague-timeing: typo -->").Single();

            finding.Rule.Should().Be("invalid-suppression");
            finding.Message.Should().Contain("vague-timeing").And.Contain("vague-timing");
        }

        [Fact]
        public void An_unused_marker_is_reported_as_info()
        {
            var finding = Check.Text("<!-- followup-ignore overpromise: old wording -->\nWe ship on 2 Dec 2026.").Single();

            finding.Rule.Should().Be("unused-suppression");
            finding.Severity.Should().Be(Severity.Info);
        }

        [Fact]
        public void Whole_message_findings_are_silenced_by_a_marker_anywhere()
        {
            var context = new CheckContext { Purpose = MessagePurpose.Marketing };

            Check.Text("New arrivals! <!-- followup-ignore missing-unsubscribe: sent by the ESP, which adds the footer -->", context).Should().BeEmpty();
        }

        [Fact]
        public void A_template_comment_silences_the_rule_for_its_output_and_disappears_from_it()
        {
            var book = EngineFixture.Book("\"test.asap\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", \"body\": \"{% comment %}followup-ignore vague-timing: the platform's fixed wording{% endcomment %}We will ship ASAP.\" } } }");

            var message = EngineFixture.Engine(book).Render("test.asap", EngineFixture.SampleOrder());

            message.TextBody.Should().Be("We will ship ASAP.");
            message.Diagnostics.Should().NotContain(d => d.Rule == RuleIds.VagueTiming);
        }
    }
}

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class PhraseSuppressionTests
    {
        private static Phrasebooks.Phrasebook Book() =>
            EngineFixture.Book("\"test.asap\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", \"body\": \"We will ship ASAP.\" } } }");

        [Fact]
        public void Configuration_silences_a_rule_for_one_phrase_only()
        {
            var options = new FollowUp.Phrases.Rendering.PhraseEngineOptions { Clock = EngineFixture.Clock(), Phrasebook = Book() };
            options.SuppressedRulesByPhrase["test.asap"] = new System.Collections.Generic.HashSet<string> { RuleIds.VagueTiming };

            var engine = new FollowUp.Phrases.Rendering.PhraseEngine(options);

            engine.Render("test.asap", EngineFixture.SampleOrder()).Diagnostics.Should().NotContain(d => d.Rule == RuleIds.VagueTiming);
            EngineFixture.Engine(Book()).Render("test.asap", EngineFixture.SampleOrder()).Diagnostics.Should().Contain(d => d.Rule == RuleIds.VagueTiming);
        }

        [Fact]
        public void An_unknown_rule_in_the_configuration_is_an_error_when_the_engine_is_built()
        {
            var options = new FollowUp.Phrases.Rendering.PhraseEngineOptions { Clock = EngineFixture.Clock(), Phrasebook = Book() };
            options.SuppressedRulesByPhrase["test.asap"] = new System.Collections.Generic.HashSet<string> { "vague-timeing" };

            var build = () => new FollowUp.Phrases.Rendering.PhraseEngine(options);

            build.Should().Throw<ConfigurationException>().WithMessage("*vague-timeing*vague-timing*");
        }

        [Fact]
        public void Followup_json_suppress_applies_to_cli_rendering()
        {
            var dir = System.IO.Directory.CreateTempSubdirectory("followup-suppress-").FullName;
            var book = System.IO.Path.Combine(dir, "book.json");
            System.IO.File.WriteAllText(book, "{ \"phrases\": { \"test.asap\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", \"body\": \"We will ship ASAP.\" } } } } }");
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "followup.json"), "{ \"phrasebooks\": [\"book.json\"], \"suppress\": { \"test.asap\": [\"vague-timing\"] } }");

            var result = FollowUp.Phrases.Tests.Cli.CliRunner.Run("", "render", "test.asap", "--order", TestPaths.SampleOrder, "--config", System.IO.Path.Combine(dir, "followup.json"));

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("body: no findings");
        }
    }
}
