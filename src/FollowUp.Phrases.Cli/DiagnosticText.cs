using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Cli
{
    /// <summary>Findings for people: compiler-style location, the line of text, and the flagged part underlined.</summary>
    internal static class DiagnosticText
    {
        public static void Write(TextWriter output, string source, string input, IReadOnlyList<Diagnostic> diagnostics, PurposeClassification? purpose = null)
        {
            if (purpose != null && purpose.IsInferred)
            {
                output.WriteLine($"{source}: classified as {purpose}.");
            }

            foreach (var d in diagnostics)
            {
                var severity = d.Severity.ToString().ToLowerInvariant();
                if (d.IsWholeMessage)
                {
                    output.WriteLine($"{source}: {severity} {d.Rule}: {d.Message}");
                }
                else
                {
                    output.WriteLine($"{source}:{d.Line}:{d.Column}: {severity} {d.Rule}: {d.Message}");
                    var (line, start, length) = LineOf(input, d);
                    output.WriteLine("    " + line);
                    output.WriteLine("    " + new string(' ', Width(line, start)) + new string('^', Math.Max(1, Width(line.Substring(start), length))));
                }

                if (d.Suggestion != null)
                {
                    output.WriteLine("    suggestion: " + d.Suggestion);
                }
            }

            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
            output.WriteLine(diagnostics.Count == 0
                ? $"{source}: no findings."
                : $"{source}: {diagnostics.Count} finding{(diagnostics.Count == 1 ? "" : "s")} ({errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}).");
        }

        /// <summary>The input line holding the finding (tabs as spaces), and where the finding sits in it.</summary>
        private static (string Line, int Start, int Length) LineOf(string input, Diagnostic d)
        {
            var lineStart = d.Start - (d.Column - 1);
            var lineEnd = input.IndexOfAny(new[] { '\r', '\n' }, d.Start);
            if (lineEnd < 0)
            {
                lineEnd = input.Length;
            }

            var line = input.Substring(lineStart, lineEnd - lineStart).Replace('\t', ' ');
            var start = d.Column - 1;
            return (line, start, Math.Min(d.Length, line.Length - start));
        }

        // Chinese characters take two terminal columns; the caret must land under them.
        private static int Width(string text, int chars)
        {
            var width = 0;
            for (var i = 0; i < Math.Min(chars, text.Length); i++)
            {
                var c = text[i];
                if (char.IsLowSurrogate(c))
                {
                    continue;
                }

                width += (c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6'))) ? 2 : 1;
            }

            return width;
        }
    }
}
