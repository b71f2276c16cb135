using System;
using System.IO;
using System.Linq;
using NodaTime;

namespace FollowUp.Phrases.Cli
{
    /// <summary>The <c>followup</c> command, with its streams and clock passed in so tests can run it in-process.</summary>
    internal static class FollowUpCli
    {
        public const string Usage =
            "followup — write and check order follow-ups for cross-border sellers\n\n" +
            "Usage:\n" +
            "  followup check [FILE|-] [options]     check one message (stdin when FILE is - or absent)\n" +
            "  followup check --jsonl FILE            check a JSON Lines batch, one result line per input line\n" +
            "  followup analyze [FILE|-]              show how the checker reads a message (regions, timing, steps…)\n" +
            "  followup render KEY --order ORDER.json render a phrase for an order and check it\n" +
            "  followup phrases                       list the phrasebook\n" +
            "  followup plan --order ORDER.json       the follow-ups the order needs next\n" +
            "  followup schema order|config           JSON Schema of order files or followup.json\n" +
            "  followup lint FILE...                  check phrasebook files: syntax, facts and wording\n" +
            "  followup preview                       the preview page on 127.0.0.1 (render, edit, check, plan)\n\n" +
            "Settings come from followup.json in the current folder, or --config FILE.\n" +
            "Run 'followup COMMAND --help' for a command's options. Every command takes --out FILE to write its\n" +
            "output to a file atomically (a temporary file, moved into place only when the command succeeds).\n" +
            "Exit codes: 0 nothing at error level, 1 a finding at error level, 2 bad input, 3 an internal error (a bug).";

        /// <summary>The settings of the running command (followup.json or --config).</summary>
        [ThreadStatic]
        internal static FollowUpConfig? Config;

        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IClock clock)
        {
            if (args.Length == 0 || args[0] == "--help" || args[0] == "-h" || args[0] == "help")
            {
                (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
                return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
            }

            if (args[0] == "--version")
            {
                var version = typeof(FollowUpCli).Assembly.GetName().Version;
                stdout.WriteLine("followup " + (version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}"));
                return ExitCodes.Ok;
            }

            var rest = args.Skip(1).ToArray();
            AtomicFile? output = null;
            try
            {
                var outIndex = Array.IndexOf(rest, "--out");
                if (outIndex >= 0)
                {
                    if (outIndex + 1 >= rest.Length)
                    {
                        throw new UsageException("Option '--out' needs a file name.");
                    }

                    output = new AtomicFile(rest[outIndex + 1]);
                    stdout = output.Writer;
                    rest = rest.Take(outIndex).Concat(rest.Skip(outIndex + 2)).ToArray();
                }

                var configIndex = Array.IndexOf(rest, "--config");
                string? configPath = null;
                if (configIndex >= 0)
                {
                    if (configIndex + 1 >= rest.Length)
                    {
                        throw new UsageException("Option '--config' needs a file name.");
                    }

                    configPath = rest[configIndex + 1];
                    rest = rest.Take(configIndex).Concat(rest.Skip(configIndex + 2)).ToArray();
                }

                Config = FollowUpConfig.Load(configPath);
                var code = Dispatch(args[0], rest, stdin, stdout, stderr, clock);
                output?.Commit();
                return code;
            }
            catch (Exception e) when (e is UsageException || e is FollowUpException || e is IOException || e is UnauthorizedAccessException)
            {
                // Bad input, not a bug: say what is wrong, exit 2, and leave no partial output behind.
                stderr.WriteLine("error: " + Terminal.Escape(e.Message));
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                // A bug: still no stack dump and no abort (exit 134), and no partial output; say what to report.
                stderr.WriteLine($"internal error: {e.GetType().Name}: {Terminal.Escape(e.Message)}");
                stderr.WriteLine("This is a bug in followup; please report it with the command and input that caused it.");
                return ExitCodes.InternalError;
            }
            finally
            {
                output?.Dispose();
            }
        }

        private static int Dispatch(string command, string[] rest, TextReader stdin, TextWriter stdout, TextWriter stderr, IClock clock)
        {
            switch (command)
            {
                case "check":
                    return CheckCommand.Run(rest, stdin, stdout, stderr);
                case "render":
                    return RenderCommand.Run(rest, stdout, stderr, clock);
                case "phrases":
                    return PhrasesCommand.Run(rest, stdout, stderr, clock);
                case "plan":
                    return PlanCommand.Run(rest, stdout, clock);
                case "schema":
                    return SchemaCommand.Run(rest, stdout);
                case "lint":
                    return LintCommand.Run(rest, stdout, stderr, clock);
                case "analyze":
                    return AnalyzeCommand.Run(rest, stdin, stdout);
                case "preview":
                    return PreviewCommand.Run(rest, stdout, clock);
                default:
                    stderr.WriteLine($"Unknown command '{command}'. Valid commands: check, analyze, render, phrases, plan, schema, lint, preview.");
                    stderr.WriteLine("Run 'followup --help' for usage.");
                    return ExitCodes.BadInput;
            }
        }
    }
}
