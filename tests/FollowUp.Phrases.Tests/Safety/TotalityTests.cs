using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Cli;
using FollowUp.Phrases.Tests.Rendering;
using FollowUp.Phrases.Timing;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    /// <summary>
    /// No exception but a <see cref="FollowUpException"/> leaves the library for any order the order-file reader
    /// accepts and any <see cref="CheckContext"/>; the CLI reports bad lines and carries on, and never crashes.
    /// </summary>
    public sealed class TotalityTests
    {
        private static string OrderWith(string field, string json)
        {
            var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestPaths.SampleOrder))!;
            doc[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
            return CliRunner.TempFile(doc.ToJsonString(), ".json");
        }

        [Theory]
        [InlineData("dispatchedAt", "\"9999-12-31T23:59:59Z\"", "dispatchedAt", "*outside the supported range*")]
        [InlineData("placedAt", "\"0001-01-01T00:00:00Z\"", "placedAt", "*outside the supported range*")]
        [InlineData("returnDeadline", "\"9999-12-31\"", "returnDeadline", "*outside the supported range*")]
        [InlineData("deliveryWindow", "{\"minDays\": 1, \"maxDays\": 2000000000}", "deliveryWindow.maxDays", "*0 to 366*")]
        [InlineData("deliveryWindow", "{\"minDays\": 1, \"maxDays\": 100000}", "deliveryWindow.maxDays", "*0 to 366*")]
        [InlineData("refundAmount", "{\"amount\": -25, \"currency\": \"USD\"}", "refundAmount.amount", "*negative*")]
        [InlineData("refundAmount", "{\"amount\": 1e300, \"currency\": \"USD\"}", "refundAmount.amount", "*too large for an amount*")]
        public void The_order_file_reader_refuses_absurd_times_windows_and_amounts_naming_the_field(string field, string json, string named, string message)
        {
            var path = OrderWith(field, json);

            Action load = () => OrderFile.Load(path);

            var error = load.Should().Throw<DataFileException>().Which;
            error.Field.Should().Be(named);
            error.Message.Should().Match(message).And.NotContain("expected a number, found a number");
        }

        [Fact]
        public void Orders_built_in_code_with_times_at_the_ends_of_time_fail_with_a_library_exception()
        {
            // The sample order is judged in range first: an order's verdict is kept, and the copy made from it is another order.
            var inRange = EngineFixture.SampleOrder();
            EngineFixture.Engine().Render("shipment.dispatched", inRange);
            var order = inRange with { DispatchedAt = Instant.FromUtc(9999, 12, 31, 23, 59, 59) };

            Action render = () => EngineFixture.Engine().Render("shipment.dispatched", order);
            Action plan = () => new FollowUpPlanner(new FollowUpPlannerOptions(), EngineFixture.Clock()).Plan(order);
            Action check = () => WordingChecker.Default.Check("We shipped it.", new CheckContext { Order = order, Now = EngineFixture.Now });

            render.Should().Throw<TimeOutOfRangeException>().Which.Field.Should().Be("shipment.dispatched_at");
            render.Should().Throw<TimeOutOfRangeException>("the order's kept verdict is its problem, asked again").Which.Field.Should().Be("shipment.dispatched_at");
            plan.Should().Throw<TimeOutOfRangeException>().Which.Field.Should().Be("shipment.dispatched_at");
            check.Should().Throw<TimeOutOfRangeException>();

            // Orders in turn, as a service renders them: each is judged as itself, whichever was judged before it.
            EngineFixture.Engine().Render("shipment.dispatched", inRange).TextBody.Should().NotBeEmpty();
            render.Should().Throw<TimeOutOfRangeException>("an order after another is judged anew").Which.Field.Should().Be("shipment.dispatched_at");
            EngineFixture.Engine().Render("shipment.dispatched", inRange).TextBody.Should().NotBeEmpty();
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void A_check_time_at_the_ends_of_time_fails_with_a_library_exception(bool max)
        {
            var context = new CheckContext { Now = max ? Instant.MaxValue : Instant.MinValue, TimeZone = DateTimeZoneProviders.Tzdb["Etc/GMT-14"] };

            Action check = () => WordingChecker.Default.Check("Please pay by Friday, 26 Nov 2026 at 5 pm.", context);

            check.Should().Throw<TimeOutOfRangeException>().Which.Field.Should().Be("CheckContext.Now");
        }

        [Fact]
        public void The_cli_refuses_a_now_at_the_ends_of_time_and_an_empty_out_path()
        {
            var message = CliRunner.TempFile("Please pay by Friday, 26 Nov 2026.");

            CliRunner.Run("", "check", message, "--now", "9999-12-31T12:00:00Z", "--timezone", "Etc/GMT-14").Should()
                .Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("outside the supported range"));
            CliRunner.Run("", "check", message, "--out", "").Should()
                .Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("--out"));
        }

        [Fact]
        public void A_batch_with_a_lone_surrogate_and_other_bad_lines_checks_every_good_line()
        {
            var lines = Enumerable.Range(1, 1000).Select(i => "{\"id\":\"m" + i + "\",\"text\":\"We will ship soon.\"}").ToList();
            lines.Insert(0, "\uFEFF{\"id\":\"first\",\"text\":\"ok\"}");
            lines.Insert(500, "{\"id\":\"s1\",\"text\":\"\\ud800 x\"}");
            lines.Insert(600, "{\"id\":\"d1\",\"text\":\"a\",\"text\":\"b\"}");
            lines.Insert(700, "{\"id\":\"c\",\"text\":\"x\",\"channel\":\"fax\"}");
            lines.Insert(800, "{\"id\":\"t\",\"text\":\"x\",}");
            lines.Insert(900, "");
            var input = CliRunner.TempFile(string.Join("\n", lines) + "\n", ".jsonl");

            var result = CliRunner.Run("", "check", "--jsonl", input);

            result.ExitCode.Should().Be(2);
            result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1001, "every good line, the BOM-prefixed first one included, is checked");
            result.Error.Should().Contain(":501: skipped: case \"s1\": field 'text' holds an escape that is not text");
            result.Error.Should().Contain("skipped: invalid JSON").And.Contain("Duplicate");
            result.Error.Should().NotContain("case \"c\": case \"c\":").And.Contain("case \"c\": ");
            result.Error.Should().NotContain("LineNumber: 0").And.NotContain("reader options").And.Contain("trailing comma");
            result.Error.Should().Contain("4 malformed lines skipped; 1001 checked.");
        }

        [Fact]
        public void Text_output_shows_a_window_around_each_finding_and_escapes_control_characters()
        {
            var line = new string('x', 5000) + " \u001b[31mwe will ship soon\r over " + new string('y', 5000);
            var file = CliRunner.TempFile(line);

            var result = CliRunner.Run("", "check", file);

            result.Out.Should().NotContain("\u001b").And.Contain("\\u001B[31m");
            result.Out.Length.Should().BeLessThan(2000, "output grows with the findings, not with the line");
            result.Out.Should().Contain("…").And.Contain("soon");
        }

        [Fact]
        public void Findings_are_capped_per_message_with_one_finding_for_the_rest()
        {
            var text = string.Concat(Enumerable.Repeat("We will ship soon. ", 50));
            var checker = new WordingChecker(new WordingCheckerOptions { MaxFindings = 10 });

            var findings = checker.Check(text);

            findings.Should().HaveCount(11);
            findings.Last().Rule.Should().Be("findings-truncated");
            findings.Last().Severity.Should().Be(Severity.Info);
            findings.Last().Message.Should().StartWith("40 more findings not reported");
        }

        [Fact]
        public void Suppressed_findings_do_not_count_against_the_cap_and_their_markers_are_used()
        {
            var text = string.Concat(Enumerable.Repeat("<!-- followup-ignore vague-timing: the buyer's own words -->\nWe will ship soon.\n", 50));
            var checker = new WordingChecker(new WordingCheckerOptions { MaxFindings = 5 });

            checker.Check(text).Should().NotContain(d => d.Rule == "vague-timing" || d.Rule == "unused-suppression" || d.Rule == "findings-truncated");
        }

        [Fact]
        public void A_message_over_the_input_limit_is_not_read_and_says_so()
        {
            var checker = new WordingChecker(new WordingCheckerOptions { MaxInputLength = 100 });

            var findings = checker.Check(new string('a', 101) + " soon");

            findings.Should().ContainSingle().Which.Rule.Should().Be("message-too-long");
            findings[0].Severity.Should().Be(Severity.Error);
            findings[0].Message.Should().Contain("106 characters").And.Contain("at most 100");
        }

        [Fact]
        public void Out_follows_a_symbolic_link_and_keeps_it()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            var dir = Directory.CreateTempSubdirectory("followup-link-").FullName;
            var real = Path.Combine(dir, "real.txt");
            File.WriteAllText(real, "old");
            var link = Path.Combine(dir, "link.txt");
            File.CreateSymbolicLink(link, real);

            var result = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.SampleOrder, "--out", link);

            result.ExitCode.Should().Be(0);
            new FileInfo(link).LinkTarget.Should().Be(real, "the link itself is not replaced");
            File.ReadAllText(real).Should().StartWith("Subject: Order AE-20931");
            Directory.GetFiles(dir).Should().HaveCount(2, "no temporary file is left");
        }

        [Fact]
        public async System.Threading.Tasks.Task Out_writes_through_a_fifo_instead_of_replacing_it()
        {
            if (!OperatingSystem.IsLinux())
            {
                return;
            }

            var dir = Directory.CreateTempSubdirectory("followup-fifo-").FullName;
            var fifo = Path.Combine(dir, "pipe");
            using (var mk = System.Diagnostics.Process.Start("mkfifo", fifo))
            {
                mk.WaitForExit();
            }

            var read = System.Threading.Tasks.Task.Run(() => File.ReadAllText(fifo));
            var result = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.SampleOrder, "--out", fifo);

            result.ExitCode.Should().Be(0);
            (await read.WaitAsync(TimeSpan.FromSeconds(20))).Should().StartWith("Subject: Order AE-20931");
            new FileInfo(fifo).Exists.Should().BeTrue();
            Directory.GetFiles(dir).Should().ContainSingle("the FIFO is still there and nothing was written beside it");
        }
    
        [Theory]
        [InlineData("TERM")]
        [InlineData("INT")]
        public async System.Threading.Tasks.Task A_signal_leaves_no_temporary_file_behind(string signal)
        {
            if (!OperatingSystem.IsLinux())
            {
                return;
            }

            // A test run started with SIGINT ignored (a background job, nohup) passes that on to the CLI, which then rightly
            // goes on when interrupted: there is nothing to test with INT there.
            if (signal == "INT" && SignalIgnoredHere(2))
            {
                return;
            }

            // The messages come through standard input, which stays open until the signal has been handled: the run
            // cannot finish first, however fast it checks or however late this test's polling is scheduled (with a file of
            // messages, a busy test host let the run finish before the signal was sent).
            var dir = Directory.CreateTempSubdirectory("followup-signal-").FullName;
            var target = Path.Combine(dir, "out.jsonl");
            var cli = Path.Combine(AppContext.BaseDirectory, "followup.dll");
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
            foreach (var a in new[] { cli, "check", "--jsonl", "-", "--out", target })
            {
                start.ArgumentList.Add(a);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            for (var i = 0; i < 20_000; i++)
            {
                await process.StandardInput.WriteLineAsync("{\"id\":" + i + ",\"text\":\"We will ship soon, guaranteed!\"}");
            }

            await process.StandardInput.FlushAsync();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!Directory.GetFiles(dir, "*.tmp").Any() && waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await System.Threading.Tasks.Task.Delay(20);
            }

            Directory.GetFiles(dir, "*.tmp").Should().NotBeEmpty("the run writes through a temporary file");
            process.HasExited.Should().BeFalse("the run waits for the rest of its input");
            using (var kill = System.Diagnostics.Process.Start("kill", "-" + signal + " " + process.Id))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Directory.GetFiles(dir, "*.tmp").Should().BeEmpty();
            File.Exists(target).Should().BeFalse("an interrupted run leaves no output");
        }

        // Whether this process ignores the signal numbered `number` (Linux: the SigIgn mask in /proc/self/status); a child
        // process inherits an ignored signal.
        private static bool SignalIgnoredHere(int number)
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
                {
                    return (Convert.ToUInt64(line.Substring("SigIgn:".Length).Trim(), 16) & (1UL << (number - 1))) != 0;
                }
            }

            return false;
        }
    }
}
