using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// Findings for people: compiler-style location, a window of the line around the flagged part (at most
    /// <see cref="Reach"/> characters either side, so output grows with the findings, not with line length) and the
    /// part underlined. Text from the input is printed with control characters escaped (<see cref="Terminal"/>).
    /// </summary>
    internal static class DiagnosticText
    {
        public static void Write(TextWriter output, string source, string input, IReadOnlyList<Diagnostic> diagnostics, PurposeClassification? purpose = null, IReadOnlyList<string>? languages = null)
        {
            source = Terminal.Escape(source);
            if (purpose != null && purpose.IsInferred)
            {
                output.WriteLine($"{source}: classified as {Terminal.Escape(purpose.ToString())}.");
            }

            // English (and Chinese) are the default reading; say so only when the message was read as something else.
            if (languages != null && languages.Count > 0 && languages[0] != "en")
            {
                output.WriteLine($"{source}: read as {string.Join(", ", languages.Select(LanguageName))}.");
            }

            foreach (var d in diagnostics)
            {
                var severity = d.Severity.ToString().ToLowerInvariant();
                if (d.IsWholeMessage)
                {
                    output.WriteLine($"{source}: {severity} {d.Rule}: {Shorten(d.Message)}");
                }
                else
                {
                    output.WriteLine($"{source}:{d.Line}:{d.Column}: {severity} {d.Rule}: {Shorten(d.Message)}");
                    var (before, flagged, after) = Excerpt(input, d);
                    output.WriteLine("    " + before + flagged + after);
                    output.WriteLine("    " + new string(' ', Width(before)) + new string('^', Math.Max(1, Width(flagged))));
                }

                if (d.Suggestion != null)
                {
                    output.WriteLine("    suggestion: " + Terminal.Escape(d.Suggestion));
                }
            }

            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
            output.WriteLine(diagnostics.Count == 0
                ? $"{source}: no findings."
                : $"{source}: {diagnostics.Count} finding{(diagnostics.Count == 1 ? "" : "s")} ({errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}).");
        }

        /// <summary>Characters of context shown either side of a finding, and the most of the finding itself.</summary>
        private const int Reach = 40;

        /// <summary>
        /// The finding's line around it: up to <see cref="Reach"/> characters before and after (cut at the line's
        /// ends, "…" where the line goes on), the flagged part itself at most 2 × <see cref="Reach"/>. Reads only that
        /// window of the input, whatever the line's length. Tabs show as spaces, control characters escaped.
        /// </summary>
        private static (string Before, string Flagged, string After) Excerpt(string input, Diagnostic d)
        {
            var lineStart = Math.Max(0, d.Start - (d.Column - 1));
            var from = Math.Max(lineStart, d.Start - Reach);
            var flaggedEnd = Math.Min(input.Length, d.Start + Math.Min(d.Length, 2 * Reach));
            var limit = Math.Min(input.Length, flaggedEnd + Reach);
            var end = flaggedEnd;
            while (end < limit && input[end] != '\n' && input[end] != '\r')
            {
                end++;
            }

            var cutBefore = from > lineStart;
            var cutAfter = end == limit && limit < input.Length && input[limit] != '\n' && input[limit] != '\r';
            var cutFlagged = flaggedEnd < d.Start + d.Length;
            return (
                (cutBefore ? "…" : "") + Show(input.Substring(from, d.Start - from)),
                Show(input.Substring(d.Start, flaggedEnd - d.Start)) + (cutFlagged ? "…" : ""),
                Show(input.Substring(flaggedEnd, end - flaggedEnd)) + (cutAfter ? "…" : ""));
        }

        // A message may quote the flagged text, which can be a whole line; a person reads the start of it.
        private static string Shorten(string message) =>
            Terminal.Escape(message.Length <= 6 * Reach ? message : message.Substring(0, 6 * Reach) + "…");

        private static string Show(string text) => Terminal.Escape(text.Replace('\t', ' ').Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' '));

        // Chinese characters take two terminal columns; the caret must land under them.
        private static int Width(string text)
        {
            var width = 0;
            for (var i = 0; i < text.Length; i++)
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

        private static string LanguageName(string code) =>
            Checking.Languages.LanguagePacks.BuiltIn.GetOrNull(code) is Checking.Languages.LanguagePack p ? $"{p.Name} ({code})" : code;
    }
}
