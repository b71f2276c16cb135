using System.Linq;
using System.Text.Json;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Tests.Cli;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class AnalyzeTests
    {
        private const string Reply =
            "Hi Anna,\nYour parcel is delayed at customs. We will contact DHL today and update you by 27 Nov 2026 (UTC+8).\n" +
            "Please reply with your phone number.\nBest regards,\nLily\n\nOn 20 Nov 2026, Anna wrote:\n> Will it arrive soon?";

        [Fact]
        public void The_reading_shows_regions_timing_steps_and_problems_at_input_offsets()
        {
            var m = WordingChecker.Analyze(Reply);

            m.Regions.Select(r => r.Kind).Should().Equal(MessageRegionKind.Greeting, MessageRegionKind.Body, MessageRegionKind.Signature, MessageRegionKind.QuotedReply);
            m.Timing.Select(t => (t.Kind, t.Text)).Should().Equal((TimingKind.Absolute, "today"), (TimingKind.Absolute, "27 Nov 2026"));
            m.NextSteps.Select(s => (s.Kind, s.Actor)).Should().Equal((StepKind.Promise, StepActor.Seller), (StepKind.Request, StepActor.Buyer));
            m.NextSteps[0].Trigger!.Text.Should().Be("today");
            m.Problems.Should().ContainSingle().Which.Text.Should().Be("delayed");
            m.Commitments.Should().ContainSingle(c => c.SellerControls && !c.IsCertain);
            m.Purpose.Purpose.Should().Be(MessagePurpose.Transactional);
            foreach (var span in m.Regions.Cast<AnalyzedSpan>().Concat(m.Timing).Concat(m.NextSteps).Concat(m.Problems))
            {
                Reply.Substring(span.Start, span.Length).Should().Be(span.Text);
            }
        }

        [Fact]
        public void Offsets_point_into_the_html_the_caller_gave()
        {
            const string html = "<p>Your refund <b>will be processed</b> soon.</p><p><a href=\"https://shop.example/unsubscribe\">Unsubscribe</a></p>";
            var m = WordingChecker.Analyze(html, CheckContext.Default with { Format = MessageFormat.Html });

            var step = m.NextSteps.Should().ContainSingle().Subject;
            (step.Kind, step.Actor).Should().Be((StepKind.Passive, StepActor.Unknown));
            html.Substring(step.Start, step.Length).Should().Be("will be processed");
            m.Timing.Should().ContainSingle(t => t.Kind == TimingKind.Vague && html.Substring(t.Start, t.Length) == "soon");
            var link = m.Links.Should().ContainSingle().Subject;
            (link.Role, link.IsWorking, link.Text).Should().Be((LinkRole.Unsubscribe, true, "Unsubscribe"));
        }

        [Fact]
        public void The_cli_prints_the_reading_as_json_and_text()
        {
            var json = CliRunner.Run(Reply, "analyze", "--output", "json");
            json.ExitCode.Should().Be(0);
            using var doc = JsonDocument.Parse(json.Out);
            doc.RootElement.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("kind").GetString())
                .Should().Equal("greeting", "body", "signature", "quoted-reply");
            var step = doc.RootElement.GetProperty("nextSteps")[0];
            step.GetProperty("actor").GetString().Should().Be("seller");
            step.GetProperty("trigger").GetProperty("kind").GetString().Should().Be("absolute");
            doc.RootElement.GetProperty("purpose").GetProperty("value").GetString().Should().Be("transactional");

            var text = CliRunner.Run(Reply, "analyze");
            text.Out.Should().Contain("promise by seller").And.Contain("quoted-reply").And.Contain("problems:");
        }
    }
}
