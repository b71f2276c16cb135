using System.IO;
using FollowUp.Phrases.Cli;
using NodaTime.Testing;

namespace FollowUp.Phrases.Tests.Cli
{
    internal sealed class CliResult
    {
        public int ExitCode { get; init; }

        public string Out { get; init; } = "";

        public string Error { get; init; } = "";
    }

    internal static class CliRunner
    {
        public static CliResult Run(string stdin, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = FollowUpCli.Run(args, new StringReader(stdin), output, error, new FakeClock(NodaTime.Instant.FromUtc(2026, 11, 23, 6, 0)));
            return new CliResult { ExitCode = code, Out = output.ToString(), Error = error.ToString() };
        }

        public static string TempFile(string content, string extension = ".txt")
        {
            var path = Path.Combine(Path.GetTempPath(), "followup-tests-" + System.Guid.NewGuid().ToString("N") + extension);
            File.WriteAllText(path, content);
            return path;
        }
    }
}
