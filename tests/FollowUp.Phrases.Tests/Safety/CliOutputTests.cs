using System.IO;
using FluentAssertions;
using FollowUp.Phrases.Tests.Cli;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    public sealed class CliOutputTests
    {
        [Fact]
        public void Output_files_appear_only_when_the_command_succeeds()
        {
            var dir = Directory.CreateTempSubdirectory("followup-out-").FullName;
            var target = Path.Combine(dir, "message.txt");
            File.WriteAllText(target, "previous good output");

            var failed = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.OrderWithoutTracking, "--out", target);

            failed.ExitCode.Should().Be(2);
            File.ReadAllText(target).Should().Be("previous good output", "a failed run never replaces the file");
            Directory.GetFiles(dir).Should().ContainSingle("no temporary file is left behind");

            var ok = CliRunner.Run("", "render", "shipment.dispatched", "--order", TestPaths.SampleOrder, "--out", target);

            ok.ExitCode.Should().Be(0);
            ok.Out.Should().BeEmpty();
            File.ReadAllText(target).Should().StartWith("Subject: Order AE-20931");
            Directory.GetFiles(dir).Should().ContainSingle();
        }

        [Fact]
        public void Batch_output_with_bad_lines_is_still_written_and_exits_2()
        {
            var dir = Directory.CreateTempSubdirectory("followup-out-").FullName;
            var input = Path.Combine(dir, "in.jsonl");
            File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"Ship soon.\"}\nnot json\n{\"id\":\"b\",\"text\":\"ok\"}\n");
            var target = Path.Combine(dir, "out.jsonl");

            var result = CliRunner.Run("", "check", "--jsonl", input, "--out", target);

            result.ExitCode.Should().Be(2);
            File.ReadAllLines(target).Should().HaveCount(2);
            result.Error.Should().Contain("1 malformed line skipped; 2 checked");
        }
    }
}
