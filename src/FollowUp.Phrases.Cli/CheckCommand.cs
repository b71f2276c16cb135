using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Cli
{
    /// <summary><c>followup check</c>: one message, or a JSON Lines batch.</summary>
    internal static class CheckCommand
    {
        private const string Help =
            "followup check [FILE|GLOB|-]... [options]\n" +
            "followup check --jsonl FILE\n\n" +
            "Checks a follow-up for vague timing, overpromises, a missing owner of the next step and a missing\n" +
            "unsubscribe link. Reads each FILE (globs such as 'messages/*.txt' or 'templates/**/*.html' are\n" +
            "expanded), or standard input when FILE is '-' or absent. .html/.htm files are checked as HTML.\n\n" +
            "Options:\n" +
            "  --channel email|platform|chat       how the message is sent (default: email)\n" +
            "  --purpose transactional|marketing   why it is sent (default: inferred from the wording with CAN-SPAM's\n" +
            "                                      primary-purpose test; the classification is reported)\n" +
            "  --subject TEXT                      the email's subject line, read by the purpose test\n" +
            "  --stage STAGE                       order stage, e.g. order-placed, in-transit\n" +
            "  --format text|html                  plain text or HTML (default: text)\n" +
            "  --locale TAG                        the message's language, e.g. en, zh-CN\n" +
            "  --attachments N                     files attached to the message (enables attachment-missing)\n" +
            "  --output text|json|sarif            findings for people, programs or code scanning (SARIF 2.1.0)\n" +
            "  --now INSTANT                       send time for date checks, e.g. 2026-11-23T06:00:00Z or '2026-11-23 14:00 (UTC+8)'\n" +
            "  --timezone ZONE                     zone 'today' is judged in (default: UTC+8), e.g. Asia/Shanghai\n" +
            "  --order ORDER.json                  the order the message is about: promised delivery dates are checked\n" +
            "                                      against its carrier window\n" +
            "  --jsonl FILE                        batch: each line {\"id\",\"text\",\"channel\",\"purpose\",\"stage\",\"format\"};\n" +
            "                                      each output line {\"id\",\"diagnostics\":[…]} in input order.\n" +
            "                                      Malformed lines are reported on stderr and skipped.\n" +
            "                                      The batch streams: memory stays flat however large the file.\n" +
            "  --stats                             with --jsonl: print lines, bytes, time and throughput on stderr\n\n" +
            "Exit codes: 0 nothing at error level, 1 a finding at error level, 2 bad input.";

        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(args, "check", new[] { "--channel", "--purpose", "--stage", "--format", "--locale", "--output", "--jsonl", "--now", "--timezone", "--order", "--attachments", "--subject" }, new[] { "--stats" });
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            var checker = (FollowUpCli.Config ?? new FollowUpConfig()).Checker();
            var timing = TimeOptions.Read(line);
            var jsonl = line.Get("--jsonl");
            if (jsonl != null)
            {
                if (line.Positionals.Count > 0)
                {
                    throw new UsageException("--jsonl reads its own file; do not also give a message FILE.");
                }

                return RunBatch(checker, jsonl, timing, line.Has("--stats"), stdin, stdout, stderr);
            }

            var output = line.Choice("--output", "text", "text", "json", "sarif");
            var files = Expand(line.Positionals);
            var results = new List<(string File, string Text, CheckReport Report)>();
            foreach (var file in files)
            {
                CheckContext context;
                try
                {
                    var format = ContextOptions.FormatOf(file, line.Get("--format"));
                    context = timing.Apply(ContextOptions.Build(line.Get("--channel"), line.Get("--purpose"), line.Get("--stage"), format, line.Get("--locale")))
                        with { Subject = line.Get("--subject") };
                    if (line.Get("--attachments") is string attachments)
                    {
                        context = context with
                        {
                            AttachmentCount = int.TryParse(attachments, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                                ? n
                                : throw new UsageException($"--attachments '{attachments}' is not a whole number."),
                        };
                    }
                }
                catch (FormatException e)
                {
                    throw new UsageException(e.Message);
                }

                var text = file == "-" ? stdin.ReadToEnd() : File.ReadAllText(file, Encoding.UTF8);
                results.Add((file == "-" ? "<stdin>" : file, text, checker.Review(text, context)));
            }

            if (output == "sarif")
            {
                stdout.WriteLine(Sarif.Write(results.Select(r => (r.File, r.Text, r.Report.Diagnostics)).ToList()));
            }
            else if (output == "json")
            {
                stdout.WriteLine(Json.Write(
                    w =>
                    {
                        if (results.Count == 1)
                        {
                            w.WriteStartObject();
                            Json.WriteReport(w, results[0].Report);
                            w.WriteEndObject();
                            return;
                        }

                        w.WriteStartArray();
                        foreach (var r in results)
                        {
                            w.WriteStartObject();
                            w.WriteString("file", r.File);
                            Json.WriteReport(w, r.Report);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    },
                    indented: true));
            }
            else
            {
                foreach (var r in results)
                {
                    DiagnosticText.Write(stdout, r.File, r.Text, r.Report.Diagnostics, r.Report.Purpose);
                }
            }

            return results.Any(r => r.Report.Diagnostics.Any(d => d.Severity == Severity.Error)) ? ExitCodes.Findings : ExitCodes.Ok;
        }

        /// <summary>Files named or matched by globs ('*' and '?' in the last part, '**' for any depth), in a stable order.</summary>
        private static List<string> Expand(IReadOnlyList<string> arguments)
        {
            var files = new List<string>();
            if (arguments.Count == 0)
            {
                files.Add("-");
                return files;
            }

            foreach (var argument in arguments)
            {
                if (argument == "-" || (argument.IndexOf('*') < 0 && argument.IndexOf('?') < 0))
                {
                    files.Add(argument);
                    continue;
                }

                var normalized = argument.Replace('\\', '/');
                var recursive = normalized.Contains("**/");
                var slash = normalized.LastIndexOf('/');
                var pattern = normalized.Substring(slash + 1);
                var directory = slash < 0 ? "." : normalized.Substring(0, slash).Replace("/**", "").Replace("**", "");
                if (directory.Length == 0)
                {
                    directory = ".";
                }

                if (!Directory.Exists(directory))
                {
                    throw new UsageException($"'{argument}': the folder '{directory}' does not exist.");
                }

                var matched = Directory.EnumerateFiles(directory, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                    .OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (matched.Count == 0)
                {
                    throw new UsageException($"'{argument}' matches no files.");
                }

                files.AddRange(matched);
            }

            return files;
        }

        private static int RunBatch(WordingChecker checker, string path, TimeOptions timing, bool stats, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew(); // elapsed time for --stats, not a clock reading
            long bytes = 0;
            using var reader = path == "-" ? stdin : new StreamReader(path, Encoding.UTF8);
            var name = path == "-" ? "<stdin>" : path;
            var lineNumber = 0;
            var bad = 0;
            var errors = false;
            string? raw;
            while ((raw = reader.ReadLine()) != null)
            {
                lineNumber++;
                bytes += Encoding.UTF8.GetByteCount(raw) + 1;
                if (raw.Trim().Length == 0)
                {
                    continue;
                }

                string id;
                string text;
                CheckContext context;
                try
                {
                    (id, text, context) = ParseCase(raw);
                    context = timing.Apply(context);
                }
                catch (Exception e) when (e is JsonException || e is FormatException)
                {
                    bad++;
                    stderr.WriteLine($"{name}:{lineNumber}: skipped: {e.Message}");
                    continue;
                }

                var report = checker.Review(text, context);
                errors |= report.Diagnostics.Any(d => d.Severity == Severity.Error);
                stdout.WriteLine(Json.Write(
                    w =>
                    {
                        w.WriteStartObject();
                        w.WritePropertyName("id");
                        w.WriteRawValue(id);
                        Json.WriteReport(w, report);
                        w.WriteEndObject();
                    },
                    indented: false));
            }

            if (stats)
            {
                var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
                stderr.WriteLine(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "{0}: {1} lines, {2:F1} MB in {3:F2} s: {4:F1} MB/s, {5:F0} messages/s.",
                    name, lineNumber, bytes / 1048576.0, seconds, bytes / 1048576.0 / seconds, lineNumber / seconds));
            }

            if (bad > 0)
            {
                stderr.WriteLine($"{name}: {bad} malformed line{(bad == 1 ? "" : "s")} skipped; {lineNumber - bad} checked.");
                return ExitCodes.BadInput;
            }

            return errors ? ExitCodes.Findings : ExitCodes.Ok;
        }

        private static (string Id, string Text, CheckContext Context) ParseCase(string raw)
        {
            using var doc = JsonDocument.Parse(raw);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}.");
            }

            if (!root.TryGetProperty("id", out var id) || (id.ValueKind != JsonValueKind.String && id.ValueKind != JsonValueKind.Number))
            {
                throw new FormatException("field 'id' is missing or not a string or number.");
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"case {id.GetRawText()}: field 'text' is missing or not a string.");
            }

            string? Optional(string field)
            {
                if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                return value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : throw new FormatException($"case {id.GetRawText()}: field '{field}' must be a string.");
            }

            try
            {
                var context = ContextOptions.Build(Optional("channel"), Optional("purpose"), Optional("stage"), Optional("format"), Optional("locale"))
                    with { Subject = Optional("subject") };
                return (id.GetRawText(), text.GetString()!, context);
            }
            catch (FormatException e)
            {
                throw new FormatException($"case {id.GetRawText()}: {e.Message}");
            }
        }
    }
}
