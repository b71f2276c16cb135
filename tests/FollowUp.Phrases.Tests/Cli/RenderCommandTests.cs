using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class RenderCommandTests
    {
        [Fact]
        public void Renders_a_phrase_for_an_order()
        {
            var result = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.SampleOrder);

            result.ExitCode.Should().Be(0);
            result.Out.Should().StartWith("Subject: Order AE-20931 shipped with DHL Express").And.Contain("2026-11-23 14:00 (UTC+8)");
        }

        [Fact]
        public void Missing_fact_exits_non_zero_names_the_fact_and_prints_nothing()
        {
            var result = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.OrderWithoutTracking);

            result.ExitCode.Should().Be(2);
            result.Out.Should().BeEmpty();
            result.Error.Should().Contain("shipment.tracking_number").And.Contain("shipment.dispatched");
        }

        [Fact]
        public void Json_output_carries_message_and_findings()
        {
            var result = CliRunner.Run("", "render", "marketing.new-arrivals", "--order", TestPaths.SampleOrder, "--output", "json");

            result.ExitCode.Should().Be(0);
            using var doc = JsonDocument.Parse(result.Out);
            doc.RootElement.GetProperty("purpose").GetString().Should().Be("marketing");
            doc.RootElement.GetProperty("headers").GetProperty("List-Unsubscribe-Post").GetString().Should().Be("List-Unsubscribe=One-Click");
            doc.RootElement.GetProperty("createdAt").GetString().Should().Be("2026-11-23T06:00:00Z");
        }

        [Fact]
        public void Now_fixes_the_send_time_and_the_date_checks()
        {
            var before = CliRunner.Run("", "render", "order.unpaid-reminder-2", "--order", TestPaths.SampleOrder, "--output", "json", "--now", "2026-11-24T00:00:00Z");
            var after = CliRunner.Run("", "render", "order.unpaid-reminder-2", "--order", TestPaths.SampleOrder, "--output", "json", "--now", "2026-12-10T00:00:00Z");

            using var early = JsonDocument.Parse(before.Out);
            using var late = JsonDocument.Parse(after.Out);
            early.RootElement.GetProperty("createdAt").GetString().Should().Be("2026-11-24T00:00:00Z");
            late.RootElement.GetProperty("createdAt").GetString().Should().Be("2026-12-10T00:00:00Z");
            Rules(early).Should().NotContain("past-date");
            Rules(late).Should().Contain("past-date", "the payment deadline (25 Nov) is past on 10 Dec");
        }

        private static string[] Rules(JsonDocument doc) =>
            doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString()!).ToArray();

        [Fact]
        public void Unknown_key_lists_the_valid_keys()
        {
            var result = CliRunner.Run("", "render", "shipment.sent", "--order", TestPaths.SampleOrder);

            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain("shipment.dispatched");
        }

        [Fact]
        public void A_user_phrasebook_overrides_the_built_in_phrase()
        {
            var book = CliRunner.TempFile("{ \"phrases\": { \"shipment.dispatched\": { \"stage\": \"shipped\", \"requires\": [\"order.id\"], \"texts\": { \"en\": { \"subject\": \"Ours {{ order.id }}\", \"body\": \"Our words.\" } } } } }", ".json");

            var result = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.SampleOrder, "--phrasebook", book);

            result.ExitCode.Should().Be(0);
            result.Out.Should().StartWith("Subject: Ours AE-20931");
        }

        [Fact]
        public void Malformed_phrasebook_exits_2_with_file_line_and_column()
        {
            var book = CliRunner.TempFile("{\n  \"phrases\": {\n    \"a.b\": }\n}", ".json");

            var result = CliRunner.Run("", "phrases", "--phrasebook", book);

            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain(book + "(3,12)");
        }

        [Fact]
        public void Every_command_has_help()
        {
            foreach (var command in new[] { "check", "analyze", "render", "phrases", "plan", "lint", "preview" })
            {
                var result = CliRunner.Run("", command, "--help");
                result.ExitCode.Should().Be(0);
                result.Out.Should().Contain("followup " + command);
            }

            CliRunner.Run("", "--help").Out.Should().Contain("Exit codes");
            CliRunner.Run("", "frobnicate").Error.Should().Contain("Valid commands: check, analyze, render, phrases");
        }

        [Fact]
        public void Phrases_lists_keys_stages_and_required_facts_as_json()
        {
            var result = CliRunner.Run("", "phrases", "--output", "json");

            result.ExitCode.Should().Be(0);
            using var doc = JsonDocument.Parse(result.Out);
            doc.RootElement.GetArrayLength().Should().Be(Phrasebooks.Phrasebook.BuiltIn.Phrases.Count);
            var first = doc.RootElement[0];
            first.GetProperty("key").GetString().Should().NotBeNullOrEmpty();
            first.GetProperty("stage").GetString().Should().Be("inquiry");
            first.GetProperty("requires").GetArrayLength().Should().BeGreaterThan(0);
        }
    }
}

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class PlanCommandTests
    {
        [Fact]
        public void Plan_lists_the_due_follow_ups_with_both_clocks()
        {
            var result = CliRunner.Run("", "plan", "--order", TestPaths.SampleOrder, "--now", "2026-11-23T09:00:00Z");

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("DUE      shipment.dispatched").And.Contain("2026-11-23 16:00 (UTC+8) / 2026-11-23 09:00 CET");
        }

        [Fact]
        public void A_due_follow_up_whose_deadline_passed_is_overdue_in_text_and_json()
        {
            // Handed over on 23 Nov 14:00 (UTC+8); the dispatch notice's deadline is a day later, and a week has passed.
            var text = CliRunner.Run("", "plan", "--order", TestPaths.SampleOrder, "--now", "2026-11-30T09:00:00Z");
            text.Out.Should().Contain("OVERDUE  shipment.dispatched");

            var json = CliRunner.Run("", "plan", "--order", TestPaths.SampleOrder, "--now", "2026-11-30T09:00:00Z", "--output", "json");
            using var doc = JsonDocument.Parse(json.Out);
            var dispatch = doc.RootElement.GetProperty("followUps").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "shipment.dispatched");
            dispatch.GetProperty("overdue").GetBoolean().Should().BeTrue();

            var early = CliRunner.Run("", "plan", "--order", TestPaths.SampleOrder, "--now", "2026-11-23T09:00:00Z", "--output", "json");
            using var earlyDoc = JsonDocument.Parse(early.Out);
            earlyDoc.RootElement.GetProperty("followUps")[0].GetProperty("overdue").GetBoolean().Should().BeFalse();
        }

        [Fact]
        public void Plan_as_json()
        {
            var result = CliRunner.Run("", "plan", "--order", TestPaths.SampleOrder, "--now", "2026-11-23 17:00 (UTC+8)", "--output", "json");

            result.ExitCode.Should().Be(0);
            using var doc = JsonDocument.Parse(result.Out);
            var first = doc.RootElement.GetProperty("followUps")[0];
            first.GetProperty("key").GetString().Should().Be("shipment.dispatched");
            first.GetProperty("due").GetBoolean().Should().BeTrue();
            first.GetProperty("deadline").GetString().Should().Be("2026-11-24T06:00:00Z");
        }

        [Fact]
        public void Bad_now_is_a_usage_error()
        {
            var result = CliRunner.Run("", "plan", "--order", TestPaths.SampleOrder, "--now", "tomorrow");

            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain("--now 'tomorrow'");
        }

        [Fact]
        public void Check_accepts_now_and_timezone()
        {
            var result = CliRunner.Run("Please pay by 20 Nov 2026.", "check", "--now", "2026-11-23T06:00:00Z", "--timezone", "Asia/Shanghai");

            result.ExitCode.Should().Be(1);
            result.Out.Should().Contain("error past-date");
        }
    }
}

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class LintCommandTests
    {
        [Fact]
        public void Lint_passes_the_built_in_phrasebook()
        {
            var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(TestPaths.RepositoryRoot, "src", "FollowUp.Phrases", "Phrasebook", "BuiltIn"), "*.json");

            var result = CliRunner.Run("", new[] { "lint" }.Concat(files).ToArray());

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("0 findings");
        }

        [Fact]
        public void Lint_reports_bad_wording_with_the_phrase_and_locale_and_bad_files_with_their_place()
        {
            var wording = CliRunner.TempFile("{ \"phrases\": { \"test.soon\": { \"stage\": \"shipped\", \"requires\": [\"order.id\"], \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", \"body\": \"Your order will be shipped soon. It is guaranteed to arrive before Christmas.\" } } } } }", ".json");
            var broken = CliRunner.TempFile("{ \"phrases\": { \"test.x\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"{{ shipment.tracking_no }}\" } } } } }", ".json");

            var result = CliRunner.Run("", "lint", wording, broken);

            result.ExitCode.Should().Be(2);
            result.Out.Should().Contain("phrase 'test.soon' (en) body").And.Contain("vague-timing").And.Contain("overpromise").And.Contain("missing-owner");
            result.Out.Should().Contain(broken + "(1,").And.Contain("unknown fact 'shipment.tracking_no'");
        }

        [Fact]
        public void Lint_reports_every_broken_phrase_of_a_file_and_still_checks_the_good_ones()
        {
            var file = CliRunner.TempFile(
                "{ \"phrases\": {\n" +
                "  \"test.one\": { \"stage\": \"shiped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"B\" } } },\n" +
                "  \"test.two\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"{% if x %}open\" } } },\n" +
                "  \"test.good\": { \"stage\": \"shipped\", \"requires\": [\"order.id\"], \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", \"body\": \"We will ship soon.\" } } }\n" +
                "} }", ".json");

            var result = CliRunner.Run("", "lint", file);

            result.ExitCode.Should().Be(2);
            result.Out.Should().Contain(file + "(2,").And.Contain("unknown stage 'shiped'");
            result.Out.Should().Contain(file + "(3,").And.Contain("test.two");
            result.Out.Should().Contain("phrase 'test.good' (en) body").And.Contain("vague-timing");
        }

        [Fact]
        public void Lint_places_a_wording_finding_at_the_file_line_and_column_of_the_template_text()
        {
            var file = CliRunner.TempFile(
                "{ \"phrases\": {\n  \"test.soon\": {\n    \"stage\": \"shipped\", \"requires\": [\"order.id\"],\n" +
                "    \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\",\n      \"body\": [\"Hello,\", \"Your order will be shipped soon.\"] } } } } }", ".json");

            var result = CliRunner.Run("", "lint", file);

            result.Out.Should().Contain(file + "(5,54): phrase 'test.soon' (en) body: warning vague-timing");
            result.Out.Should().Contain(file + "(5,38): phrase 'test.soon' (en) body: warning missing-owner");
        }
    }
}
