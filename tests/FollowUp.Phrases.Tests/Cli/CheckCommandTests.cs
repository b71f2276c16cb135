using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class CheckCommandTests
    {
        [Fact]
        public void Clean_message_exits_0()
        {
            var result = CliRunner.Run("We shipped your order on 2 Dec 2026 with DHL, tracking 123.", "check", "-");

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("no findings");
        }

        [Fact]
        public void Warnings_only_exit_0_and_are_underlined()
        {
            var result = CliRunner.Run("Thanks!\nYour order will ship soon.", "check");

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("<stdin>:2:22: warning vague-timing")
                .And.Contain("    Your order will ship soon.\n                         ^^^^".Replace("\n", System.Environment.NewLine));
        }

        [Fact]
        public void An_error_finding_exits_1()
        {
            var result = CliRunner.Run("Your parcel is guaranteed to arrive before Christmas!", "check");

            result.ExitCode.Should().Be(1);
            result.Out.Should().Contain("error overpromise");
        }

        [Fact]
        public void Json_output_has_the_documented_fields()
        {
            var result = CliRunner.Run("Great deals: https://shop.example/deals", "check", "--purpose", "marketing", "--output", "json");

            result.ExitCode.Should().Be(1);
            using var doc = JsonDocument.Parse(result.Out);
            var d = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
            d.GetProperty("rule").GetString().Should().Be("missing-unsubscribe");
            d.GetProperty("severity").GetString().Should().Be("error");
            d.GetProperty("text").ValueKind.Should().Be(JsonValueKind.Null);
            foreach (var field in new[] { "start", "length", "line", "column", "message", "suggestion" })
            {
                d.TryGetProperty(field, out _).Should().BeTrue(field);
            }
        }

        [Fact]
        public void Without_purpose_the_message_is_classified_and_the_classification_reported()
        {
            var json = CliRunner.Run("Summer sale: 20% off everything! https://shop.example/sale", "check", "--output", "json");

            json.ExitCode.Should().Be(1, "a promotion with no opt-out link is an error");
            using var doc = JsonDocument.Parse(json.Out);
            var purpose = doc.RootElement.GetProperty("purpose");
            purpose.GetProperty("value").GetString().Should().Be("marketing");
            purpose.GetProperty("inferred").GetBoolean().Should().BeTrue();
            purpose.GetProperty("signals").EnumerateArray().First().GetProperty("text").GetString().Should().Be("Summer sale");
            doc.RootElement.GetProperty("diagnostics").EnumerateArray().Should().Contain(d => d.GetProperty("rule").GetString() == "missing-unsubscribe");

            var text = CliRunner.Run("Your order shipped today; new arrivals: https://shop.example/new", "check", "--subject", "New arrivals - 20% off");
            text.Out.Should().Contain("<stdin>: classified as marketing (inferred): the subject reads as commercial");

            var given = CliRunner.Run("Summer sale!", "check", "--purpose", "transactional", "--output", "json");
            using var givenDoc = JsonDocument.Parse(given.Out);
            givenDoc.RootElement.GetProperty("purpose").GetProperty("inferred").GetBoolean().Should().BeFalse();
        }

        [Fact]
        public void Html_format_checks_visible_text_only()
        {
            var result = CliRunner.Run("<div class=\"ships-soon\">We ship on 2 Dec 2026.</div>", "check", "--format", "html");

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("no findings");
        }

        [Theory]
        [InlineData("--chanel", "email", "*Unknown option '--chanel'*--channel*")]
        [InlineData("--stage", "shiped", "*unknown stage 'shiped'*shipped*")]
        [InlineData("--channel", "sms", "*unknown channel 'sms'*email, platform, chat*")]
        [InlineData("--output", "xml", "*Invalid value 'xml'*text, json*")]
        public void Bad_options_exit_2_and_list_what_is_valid(string option, string value, string message)
        {
            var result = CliRunner.Run("Hello", "check", option, value);

            result.ExitCode.Should().Be(2);
            result.Error.Should().Match(message);
        }

        [Fact]
        public void Missing_file_exits_2()
        {
            var result = CliRunner.Run("", "check", "/no/such/message.txt");

            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain("message.txt");
        }

        [Fact]
        public void Batch_prints_one_line_per_case_in_input_order_and_survives_a_malformed_line()
        {
            var input = string.Join("\n",
                "{\"id\": \"a\", \"text\": \"The item will be dispatched ASAP.\", \"channel\": \"email\", \"purpose\": \"transactional\", \"stage\": \"payment-confirmed\", \"format\": \"text\", \"expect\": []}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": 3, \"text\": \"We ship on 2 Dec 2026.\"}",
                "{\"id\": \"d\", \"text\": \"Hello\", \"stage\": \"shiped\"}",
                "{\"id\": \"e\", \"text\": \"New styles: https://shop.example/new\", \"purpose\": \"marketing\"}");
            var path = CliRunner.TempFile(input, ".jsonl");

            var result = CliRunner.Run("", "check", "--jsonl", path);

            result.ExitCode.Should().Be(2, "malformed lines make the batch exit 2 after checking the rest");
            var lines = result.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(3);
            var rows = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            rows[0].GetProperty("id").GetString().Should().Be("a");
            rows[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString()).Should().BeEquivalentTo("missing-owner", "vague-timing");
            rows[1].GetProperty("id").GetInt32().Should().Be(3);
            rows[1].GetProperty("diagnostics").GetArrayLength().Should().Be(0);
            rows[2].GetProperty("id").GetString().Should().Be("e");
            rows[0].GetProperty("purpose").GetProperty("inferred").GetBoolean().Should().BeFalse("line a says its purpose");
            rows[1].GetProperty("purpose").GetProperty("inferred").GetBoolean().Should().BeTrue("line 3 does not");
            rows[1].GetProperty("purpose").GetProperty("value").GetString().Should().Be("transactional");
            result.Error.Should().Contain(":2: skipped").And.Contain(":4: skipped").And.Contain("shiped").And.Contain("2 malformed lines skipped");
        }

        [Fact]
        public void Batch_over_the_dev_corpus_prints_a_line_per_case()
        {
            var cases = System.IO.File.ReadLines(TestPaths.DevCorpus).Count(l => l.Trim().Length > 0);

            var result = CliRunner.Run("", "check", "--jsonl", TestPaths.DevCorpus);

            result.ExitCode.Should().BeOneOf(0, 1);
            result.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(cases);
            result.Error.Should().BeEmpty();
        }
    }
}

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class BatchStatsTests
    {
        [Fact]
        public void Stats_report_lines_size_and_throughput_on_stderr()
        {
            var result = CliRunner.Run("", "check", "--jsonl", TestPaths.DevCorpus, "--stats");

            result.Error.Should().MatchRegex(@"dev\.jsonl: 60 lines, [0-9.]+ MB in [0-9.]+ s: [0-9.]+ MB/s, [0-9]+ messages/s\.");
            result.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(60);
        }
    }
}

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class SarifAndGlobTests
    {
        private static string Folder()
        {
            var dir = System.IO.Directory.CreateTempSubdirectory("followup-glob-").FullName;
            System.IO.Directory.CreateDirectory(System.IO.Path.Combine(dir, "html"));
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "a.txt"), "Thanks!\nWe will ship soon.");
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "html", "b.html"), "<p class=\"soon\">Guaranteed to arrive before Christmas!</p>");
            return dir;
        }

        [Fact]
        public void Globs_expand_and_html_files_are_checked_as_html()
        {
            var dir = Folder();

            var result = CliRunner.Run("", "check", System.IO.Path.Combine(dir, "**", "*.*"));

            result.ExitCode.Should().Be(1);
            result.Out.Should().Contain("a.txt:2:14: warning vague-timing").And.Contain("b.html:1:17: error overpromise");
            result.Out.Should().NotContain("b.html:1:10", "the class attribute is not visible text");
        }

        [Fact]
        public void Sarif_output_has_rules_results_and_utf16_regions()
        {
            var dir = Folder();

            var result = CliRunner.Run("", "check", System.IO.Path.Combine(dir, "a.txt"), System.IO.Path.Combine(dir, "html", "b.html"), "--output", "sarif");

            using var doc = JsonDocument.Parse(result.Out);
            doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
            var run = doc.RootElement.GetProperty("runs")[0];
            run.GetProperty("columnKind").GetString().Should().Be("utf16CodeUnits");
            run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString())
                .Should().Contain(new[] { "vague-timing", "overpromise", "missing-owner", "missing-unsubscribe" });
            var results = run.GetProperty("results").EnumerateArray().ToArray();
            results.Should().HaveCount(2);
            var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            results[0].GetProperty("ruleId").GetString().Should().Be("vague-timing");
            region.GetProperty("startLine").GetInt32().Should().Be(2);
            region.GetProperty("startColumn").GetInt32().Should().Be(14);
            region.GetProperty("endColumn").GetInt32().Should().Be(18);
            results[1].GetProperty("level").GetString().Should().Be("error");
        }

        [Fact]
        public void A_glob_that_matches_nothing_is_bad_input()
        {
            var result = CliRunner.Run("", "check", System.IO.Path.Combine(Folder(), "*.eml"));

            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain("matches no files");
        }
    }
}

namespace FollowUp.Phrases.Tests.Cli
{
    public sealed class AttachmentOptionTests
    {
        [Fact]
        public void Attachments_option_enables_the_attachment_check()
        {
            CliRunner.Run("Please find attached the PI.", "check", "--attachments", "0").Out.Should().Contain("attachment-missing");
            CliRunner.Run("Please find attached the PI.", "check", "--attachments", "1").Out.Should().Contain("no findings");
            CliRunner.Run("Please find attached the PI.", "check", "--attachments", "two").ExitCode.Should().Be(2);
        }
    }
}
