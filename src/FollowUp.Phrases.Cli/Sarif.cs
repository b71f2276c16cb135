using System.Collections.Generic;
using System.Text.Json;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Cli
{
    /// <summary>SARIF 2.1.0 output, for code-scanning of template and message repositories in CI.</summary>
    internal static class Sarif
    {
        public static void Write(System.IO.TextWriter output, IEnumerable<(string File, string Text, IReadOnlyList<Diagnostic> Diagnostics)> files)
        {
            Json.Stream(
                output,
                w =>
                {
                    w.WriteStartObject();
                    w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                    w.WriteString("version", "2.1.0");
                    w.WriteStartArray("runs");
                    w.WriteStartObject();
                    w.WriteStartObject("tool");
                    w.WriteStartObject("driver");
                    w.WriteString("name", "followup");
                    w.WriteString("informationUri", "https://www.nuget.org/packages/FollowUp.Phrases.Cli");
                    var version = typeof(Sarif).Assembly.GetName().Version;
                    w.WriteString("semanticVersion", version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}");
                    w.WriteStartArray("rules");
                    foreach (var rule in WordingChecker.Rules)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", rule.Id);
                        w.WriteStartObject("shortDescription");
                        w.WriteString("text", rule.Title);
                        w.WriteEndObject();
                        w.WriteStartObject("fullDescription");
                        w.WriteString("text", rule.Help);
                        w.WriteEndObject();
                        w.WriteStartObject("defaultConfiguration");
                        w.WriteString("level", Level(rule.DefaultSeverity));
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteString("columnKind", "utf16CodeUnits");
                    w.WriteStartArray("results");
                    foreach (var (file, text, diagnostics) in files)
                    {
                        var lines = diagnostics.Count == 0 ? null : new FollowUp.Phrases.Text.LineMap(text);
                        var n = 0;
                        foreach (var d in diagnostics)
                        {
                            if (++n % 256 == 0)
                            {
                                w.Flush();
                            }

                            w.WriteStartObject();
                            w.WriteString("ruleId", d.Rule);
                            w.WriteString("level", Level(d.Severity));
                            w.WriteStartObject("message");
                            w.WriteString("text", d.Suggestion is null ? d.Message : d.Message + " " + d.Suggestion);
                            w.WriteEndObject();
                            w.WriteStartArray("locations");
                            w.WriteStartObject();
                            w.WriteStartObject("physicalLocation");
                            w.WriteStartObject("artifactLocation");
                            w.WriteString("uri", file.Replace('\\', '/'));
                            w.WriteEndObject();
                            w.WriteStartObject("region");
                            var (endLine, endColumn) = lines!.Locate(d.Start + d.Length);
                            w.WriteNumber("startLine", d.Line);
                            w.WriteNumber("startColumn", d.Column);
                            w.WriteNumber("endLine", endLine);
                            w.WriteNumber("endColumn", endColumn);
                            w.WriteNumber("charOffset", d.Start);
                            w.WriteNumber("charLength", d.Length);
                            if (d.Text != null)
                            {
                                w.WriteStartObject("snippet");
                                w.WriteString("text", d.Text);
                                w.WriteEndObject();
                            }

                            w.WriteEndObject();
                            w.WriteEndObject();
                            w.WriteEndObject();
                            w.WriteEndArray();
                            if (d.Replacement != null)
                            {
                                // SARIF fix: replace the flagged characters with the known better wording.
                                w.WriteStartArray("fixes");
                                w.WriteStartObject();
                                w.WriteStartObject("description");
                                w.WriteString("text", "Replace with '" + d.Replacement + "'");
                                w.WriteEndObject();
                                w.WriteStartArray("artifactChanges");
                                w.WriteStartObject();
                                w.WriteStartObject("artifactLocation");
                                w.WriteString("uri", file.Replace('\\', '/'));
                                w.WriteEndObject();
                                w.WriteStartArray("replacements");
                                w.WriteStartObject();
                                w.WriteStartObject("deletedRegion");
                                w.WriteNumber("charOffset", d.Start);
                                w.WriteNumber("charLength", d.Length);
                                w.WriteEndObject();
                                w.WriteStartObject("insertedContent");
                                w.WriteString("text", d.Replacement);
                                w.WriteEndObject();
                                w.WriteEndObject();
                                w.WriteEndArray();
                                w.WriteEndObject();
                                w.WriteEndArray();
                                w.WriteEndObject();
                                w.WriteEndArray();
                            }

                            w.WriteEndObject();
                        }
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                },
                indented: true);
        }

        private static string Level(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
    }
}
