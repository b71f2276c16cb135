using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// <c>followup analyze</c>: prints the reading every rule queries — regions, timing, next steps, commitments, links,
    /// placeholders, problems and purpose — so a writer can see why a rule fired or stayed silent.
    /// </summary>
    internal static class AnalyzeCommand
    {
        private const string Help =
            "followup analyze [FILE|-] [options]\n\n" +
            "Shows how the checker reads a message: greeting, body, signature, footer and quoted reply; time\n" +
            "expressions (absolute, range, event-anchored, vague, pleasantry); next steps with who owns them and what\n" +
            "triggers them; commitments and whether the seller controls them; links and their roles; placeholders;\n" +
            "reported problems; and whether the message counts as transactional or marketing.\n\n" +
            "Options:\n" +
            "  --format text|html                  plain text or HTML (default: text; .html/.htm files are HTML)\n" +
            "  --purpose transactional|marketing   why it is sent (default: inferred)\n" +
            "  --subject TEXT                      the email's subject line, read by the purpose test\n" +
            "  --output text|json                  for people or programs (offsets are UTF-16 code units)";

        public static int Run(string[] args, TextReader stdin, TextWriter stdout)
        {
            var line = CommandLine.Parse(args, "analyze", new[] { "--format", "--purpose", "--subject", "--output" }, Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count > 1)
            {
                throw new UsageException("analyze reads one message: give one FILE, or '-' for standard input.");
            }

            var file = line.Positionals.Count == 0 ? "-" : line.Positionals[0];
            var output = line.Choice("--output", "text", "text", "json");
            CheckContext context;
            try
            {
                var format = ContextOptions.FormatOf(file, line.Get("--format"));
                context = ContextOptions.Build(null, line.Get("--purpose"), null, format, null) with { Subject = line.Get("--subject") };
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }

            var text = file == "-" ? stdin.ReadToEnd() : File.ReadAllText(file, Encoding.UTF8);
            var reading = WordingChecker.Analyze(text, context);
            if (output == "json")
            {
                stdout.WriteLine(Json.Write(w => WriteJson(w, reading), indented: true));
            }
            else
            {
                WriteText(stdout, reading);
            }

            return ExitCodes.Ok;
        }

        private static string Name<T>(T value) where T : struct, Enum => Json.KebabCase(value.ToString());

        private static void WriteText(TextWriter o, AnalyzedMessage m)
        {
            o.WriteLine($"purpose: {m.Purpose}");
            Section(o, "regions", m.Regions, r => $"{Name(r.Kind)} {Where(r)}");
            Section(o, "timing", m.Timing, t => $"{Name(t.Kind)} {Where(t)}");
            Section(o, "next steps", m.NextSteps, s => $"{Name(s.Kind)} by {Name(s.Actor)} {Where(s)}" + (s.Trigger is null ? "" : $" — {Name(s.Trigger.Kind)} '{s.Trigger.Text}'"));
            Section(o, "commitments", m.Commitments, c => $"{(c.IsCertain ? "certain" : "planned")}, {(c.SellerControls ? "seller controls" : "outside the seller's control")} ({Name(c.Actor)}) {Where(c)}");
            Section(o, "links", m.Links, l => $"{Name(l.Role)}{(l.IsWorking ? "" : " (not working)")} {l.Url} {Where(l)}");
            Section(o, "placeholders", m.Placeholders, Where);
            Section(o, "problems", m.Problems, Where);
        }

        private static string Where(AnalyzedSpan s) =>
            $"[{s.Start}, {s.Start + s.Length}) '{(s.Text.Length > 70 ? s.Text.Substring(0, 67) + "…" : s.Text).Replace("\r", "").Replace("\n", "⏎")}'";

        private static void Section<T>(TextWriter o, string title, IReadOnlyList<T> items, Func<T, string> describe)
        {
            o.WriteLine(items.Count == 0 ? title + ": none" : title + ":");
            foreach (var item in items)
            {
                o.WriteLine("  " + describe(item));
            }
        }

        private static void WriteJson(Utf8JsonWriter w, AnalyzedMessage m)
        {
            void Span(AnalyzedSpan s)
            {
                w.WriteNumber("start", s.Start);
                w.WriteNumber("length", s.Length);
                w.WriteString("text", s.Text);
            }

            void Array<T>(string name, IReadOnlyList<T> items, Action<T> write) where T : AnalyzedSpan
            {
                w.WriteStartArray(name);
                foreach (var item in items)
                {
                    w.WriteStartObject();
                    write(item);
                    Span(item);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteStartObject();
            Json.WritePurpose(w, m.Purpose);
            Array("regions", m.Regions, r => w.WriteString("kind", Name(r.Kind)));
            Array("timing", m.Timing, t => w.WriteString("kind", Name(t.Kind)));
            Array("nextSteps", m.NextSteps, s =>
            {
                w.WriteString("kind", Name(s.Kind));
                w.WriteString("actor", Name(s.Actor));
                if (s.Trigger is null)
                {
                    w.WriteNull("trigger");
                }
                else
                {
                    w.WriteStartObject("trigger");
                    w.WriteString("kind", Name(s.Trigger.Kind));
                    Span(s.Trigger);
                    w.WriteEndObject();
                }
            });
            Array("commitments", m.Commitments, c =>
            {
                w.WriteString("actor", Name(c.Actor));
                w.WriteBoolean("sellerControls", c.SellerControls);
                w.WriteBoolean("certain", c.IsCertain);
                w.WriteString("outcome", c.Outcome);
            });
            Array("links", m.Links, l =>
            {
                w.WriteString("role", Name(l.Role));
                w.WriteString("url", l.Url);
                w.WriteBoolean("working", l.IsWorking);
            });
            Array("placeholders", m.Placeholders, _ => { });
            Array("problems", m.Problems, _ => { });
            w.WriteEndObject();
        }
    }
}
