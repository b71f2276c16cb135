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
            "  --max-input CHARS                   longest message checked (default 1048576); longer ones get message-too-long\n" +
            "  --max-findings N                    findings reported per message (default 1000); the rest are counted\n" +
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
            var line = CommandLine.Parse(args, "check", new[] { "--channel", "--purpose", "--stage", "--format", "--locale", "--output", "--jsonl", "--now", "--timezone", "--order", "--attachments", "--subject", "--max-input", "--max-findings" }, new[] { "--stats" });
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            var checker = (FollowUpCli.Config ?? new FollowUpConfig()).Checker(Count(line, "--max-input"), Count(line, "--max-findings"));
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

                var text = file == "-" ? stdin.ReadToEnd() : ReadText(file);
                results.Add((file == "-" ? "<stdin>" : file, text, checker.Review(text, context)));
            }

            if (output == "sarif")
            {
                Sarif.Write(stdout, results.Select(r => (r.File, r.Text, r.Report.Diagnostics)).ToList());
            }
            else if (output == "json")
            {
                Json.Stream(
                    stdout,
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
                    indented: true);
            }
            else
            {
                foreach (var r in results)
                {
                    DiagnosticText.Write(stdout, r.File, r.Text, r.Report.Diagnostics, r.Report.Purpose, r.Report.Languages);
                }
            }

            return results.Any(r => r.Report.Diagnostics.Any(d => d.Severity == Severity.Error)) ? ExitCodes.Findings : ExitCodes.Ok;
        }

        // The bytes, then one string: a reader building the text in chunks would hold it twice at the peak.
        private static string ReadText(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
        }

        private static int? Count(CommandLine line, string option)
        {
            if (line.Get(option) is not string text)
            {
                return null;
            }

            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new UsageException($"{option} '{text}' is not a whole number above 0.");
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

        // A batch: enough lines to keep every core busy, few enough characters to stay small whatever the line length.
        private const int BatchLines = 1024;
        private const long BatchChars = 4 * 1024 * 1024;

        private static int RunBatch(WordingChecker checker, string path, TimeOptions timing, bool stats, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew(); // elapsed time for --stats, not a clock reading
            long bytes = 0;
            using var reader = path == "-" ? stdin : new StreamReader(path, Encoding.UTF8);
            var name = path == "-" ? "<stdin>" : path;
            var lineNumber = 0;
            var bad = 0;
            var checkedCount = 0;
            var errors = false;
            // Lines are checked in batches on every core and written in input order: the checker is thread-safe, a batch
            // is bounded in lines and characters so a file of huge lines stays within memory, and the output is the
            // same as one line at a time.
            var batch = new List<(int Line, string Raw)>(BatchLines);
            var results = new string?[BatchLines];
            var problems = new string?[BatchLines];
            var hasErrors = new bool[BatchLines];
            string? raw;
            do
            {
                batch.Clear();
                long chars = 0;
                while (batch.Count < BatchLines && chars < BatchChars && (raw = reader.ReadLine()) != null)
                {
                    lineNumber++;
                    bytes += Encoding.UTF8.GetByteCount(raw) + 1;
                    if (lineNumber == 1 && raw.Length > 0 && raw[0] == '\uFEFF')
                    {
                        raw = raw.Substring(1); // a byte-order mark before the first record, as some editors write
                    }

                    if (raw.Trim().Length == 0)
                    {
                        continue;
                    }

                    batch.Add((lineNumber, raw));
                    chars += raw.Length;
                }

                System.Threading.Tasks.Parallel.For(0, batch.Count, k =>
                {
                    // Each line stands alone: a bad line is reported and skipped, the rest are checked, nothing is half-written.
                    results[k] = null;
                    problems[k] = null;
                    try
                    {
                        var (id, text, context) = ParseCase(batch[k].Raw);
                        context = timing.Apply(context);
                        var report = checker.Review(text, context);
                        results[k] = Json.Write(
                            w =>
                            {
                                w.WriteStartObject();
                                w.WritePropertyName("id");
                                w.WriteRawValue(id);
                                Json.WriteReport(w, report);
                                w.WriteEndObject();
                            },
                            indented: false);
                        hasErrors[k] = report.Diagnostics.Any(d => d.Severity == Severity.Error);
                    }
                    catch (Exception e) when (!(e is OutOfMemoryException))
                    {
                        problems[k] = LineProblem(e);
                    }
                });

                for (var k = 0; k < batch.Count; k++)
                {
                    if (problems[k] != null)
                    {
                        bad++;
                        stderr.WriteLine($"{name}:{batch[k].Line}: skipped: {Terminal.Escape(problems[k]!)}");
                        continue;
                    }

                    checkedCount++;
                    errors |= hasErrors[k];
                    stdout.WriteLine(results[k]);
                    results[k] = null;
                }
            }
            while (batch.Count > 0);

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
                stderr.WriteLine($"{name}: {bad} malformed line{(bad == 1 ? "" : "s")} skipped; {checkedCount} checked.");
                return ExitCodes.BadInput;
            }

            return errors ? ExitCodes.Findings : ExitCodes.Ok;
        }

        /// <summary>What was wrong with a line, in one sentence without the JSON library's internal coordinates.</summary>
        private static string LineProblem(Exception e) => e switch
        {
            JsonException json => $"invalid JSON at column {(json.BytePositionInLine ?? 0) + 1}: {FirstSentence(json.Message)}",
            FormatException or UsageException => e.Message,
            _ => $"could not be checked ({e.GetType().Name}: {e.Message})",
        };

        // System.Text.Json appends " Path: $ | LineNumber: 0 | BytePositionInLine: 26." (and advice about its own reader
        // options) to its messages; the line and column are already given in ours.
        internal static string FirstSentence(string message)
        {
            var cut = message.Length;
            foreach (var tail in new[] { " Path: ", " LineNumber: ", " Change the reader options." })
            {
                var at = message.IndexOf(tail, StringComparison.Ordinal);
                if (at > 0 && at < cut)
                {
                    cut = at;
                }
            }

            return message.Substring(0, cut).TrimEnd();
        }

        private static readonly string[] CaseFields = { "id", "text", "channel", "purpose", "stage", "format", "locale", "subject" };

        [ThreadStatic]
        private static byte[]? _lineBytes;

        /// <summary>
        /// Reads one batch line with a forward-only reader: only the fields a check needs are decoded (the corpus's
        /// "expect" and other fields are skipped unread), and the line's bytes reuse one buffer per thread — the batch
        /// mode reads 100,000 lines, and a document per line was a tenth of its time.
        /// </summary>
        private static (string Id, string Text, CheckContext Context) ParseCase(string raw)
        {
            var size = Encoding.UTF8.GetMaxByteCount(raw.Length);
            var buffer = _lineBytes is { } b && b.Length >= size ? b : (_lineBytes = new byte[Math.Max(size, 4096)]);
            var length = Encoding.UTF8.GetBytes(raw, 0, raw.Length, buffer, 0);
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, 0, length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException($"expected a JSON object, found {(reader.TokenType == JsonTokenType.None ? "nothing" : Kind(reader.TokenType))}.");
            }

            var values = new string?[CaseFields.Length];
            var seen = new bool[CaseFields.Length];
            string? caseId = null;
            HashSet<string>? others = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = -1;
                for (var f = 0; f < CaseFields.Length && field < 0; f++)
                {
                    field = reader.ValueTextEquals(CaseFields[f]) ? f : -1;
                }

                var name = field >= 0 ? CaseFields[field] : reader.GetString()!;
                if (field >= 0 ? seen[field] : !(others ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                {
                    throw new FormatException($"Duplicate field '{name}': it may appear once.");
                }

                reader.Read();
                if (field < 0)
                {
                    reader.Skip();
                    continue;
                }

                seen[field] = true;
                if (field == 0)
                {
                    if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.Number)
                    {
                        throw new FormatException("field 'id' is missing or not a string or number.");
                    }

                    caseId = Encoding.UTF8.GetString(buffer, (int)reader.TokenStartIndex, (int)(reader.BytesConsumed - reader.TokenStartIndex));
                    continue;
                }

                if (reader.TokenType == JsonTokenType.Null && field > 1)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    throw new FormatException(field == 1
                        ? $"case {caseId ?? "?"}: field 'text' is missing or not a string."
                        : $"case {caseId ?? "?"}: field '{CaseFields[field]}' must be a string.");
                }

                try
                {
                    values[field] = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new FormatException($"case {caseId ?? "?"}: field '{CaseFields[field]}' holds an escape that is not text (half of a UTF-16 surrogate pair, such as \\ud800 alone).");
                }
            }

            // The rest of the line must be the object's end and nothing after it.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw new FormatException("the line holds more than one JSON object.");
            }

            if (caseId is null)
            {
                throw new FormatException("field 'id' is missing or not a string or number.");
            }

            var text = values[1] ?? throw new FormatException($"case {caseId}: field 'text' is missing or not a string.");
            try
            {
                var context = ContextOptions.Build(values[2], values[3], values[4], values[5], values[6]) with { Subject = values[7] };
                return (caseId, text, context);
            }
            catch (FormatException e)
            {
                throw new FormatException($"case {caseId}: {e.Message}");
            }
        }

        private static string Kind(JsonTokenType token) => token switch
        {
            JsonTokenType.StartArray => "array",
            JsonTokenType.String => "string",
            JsonTokenType.Number => "number",
            JsonTokenType.True or JsonTokenType.False => "boolean",
            JsonTokenType.Null => "null",
            _ => token.ToString().ToLowerInvariant(),
        };
    }
}
