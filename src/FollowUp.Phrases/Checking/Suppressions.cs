using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// Per-instance suppressions written in the message or template:
    /// <c>&lt;!-- followup-ignore vague-timing: the buyer asked for "ASAP" in these words --&gt;</c> or, in a template,
    /// <c>{% comment %}followup-ignore vague-timing: reason{% endcomment %}</c> (Liquid drops it from the output).
    /// A marker silences the named rules on its own line and the next non-empty line, and any whole-message finding of
    /// those rules. A reason is required; a marker without one, or naming an unknown rule, is reported and not honoured.
    /// </summary>
    internal static class Suppressions
    {
        public const string Marker = "followup-ignore";

        public static readonly RuleDescriptor Invalid = new RuleDescriptor(
            "invalid-suppression", Severity.Warning, "Suppression without a reason or with an unknown rule",
            "Write 'followup-ignore RULE: reason'. The reason is for the next person who reads the message or template.");

        public static readonly RuleDescriptor Unused = new RuleDescriptor(
            "unused-suppression", Severity.Info, "Suppression that silences nothing",
            "The wording it was written for has changed; remove the marker so it cannot hide a future finding.");

        internal sealed class Entry
        {
            public int Start { get; set; }

            public int Length { get; set; }

            public int Line { get; set; }

            public string[] Rules { get; set; } = Array.Empty<string>();

            public string? Problem { get; set; }

            public bool Used { get; set; }
        }

        /// <summary>Every marker in <paramref name="input"/> with the rules it names, or the problem that voids it.</summary>
        public static List<Entry> Find(string input, IReadOnlyCollection<string> knownRules)
        {
            var found = new List<Entry>();
            var at = input.IndexOf(Marker, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = EndOfMarker(input, at);
                var body = input.Substring(at + Marker.Length, end - at - Marker.Length);
                var colon = body.IndexOf(':');
                var rulesText = colon < 0 ? body : body.Substring(0, colon);
                var reason = colon < 0 ? "" : body.Substring(colon + 1).Trim();
                var rules = rulesText.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim()).ToArray();
                var entry = new Entry { Start = at, Length = end - at, Line = LineOf(input, at), Rules = rules };
                var unknown = rules.Where(r => !knownRules.Contains(r)).ToArray();
                if (rules.Length == 0)
                {
                    entry.Problem = "names no rule; write 'followup-ignore RULE: reason'.";
                }
                else if (unknown.Length > 0)
                {
                    entry.Problem = $"names unknown rule '{unknown[0]}'; known rules: {string.Join(", ", knownRules.OrderBy(r => r, StringComparer.Ordinal))}.";
                }
                else if (reason.Length == 0)
                {
                    entry.Problem = "has no reason; write 'followup-ignore " + string.Join(",", rules) + ": why this wording is right here'.";
                }

                found.Add(entry);
                at = input.IndexOf(Marker, end, StringComparison.Ordinal);
            }

            return found;
        }

        /// <summary>Whether a valid marker covers the finding; marks the marker used.</summary>
        public static bool Covers(List<Entry> entries, Diagnostic finding, string input)
        {
            foreach (var e in entries)
            {
                if (e.Problem != null || Array.IndexOf(e.Rules, finding.Rule) < 0)
                {
                    continue;
                }

                var nextLine = NextNonEmptyLine(input, e.Start);
                if (finding.IsWholeMessage || finding.Line == e.Line || finding.Line == nextLine)
                {
                    e.Used = true;
                    return true;
                }
            }

            return false;
        }

        /// <summary>The rules a template's Liquid comments suppress for its whole output.</summary>
        public static IReadOnlyCollection<string> InTemplate(string source, IReadOnlyCollection<string> knownRules) =>
            Find(source, knownRules).Where(e => e.Problem is null).SelectMany(e => e.Rules).Distinct(StringComparer.Ordinal).ToArray();

        private static int EndOfMarker(string input, int at)
        {
            var end = input.Length;
            foreach (var closer in new[] { "-->", "{% endcomment", "{%- endcomment", "\n", "\r" })
            {
                var k = input.IndexOf(closer, at, StringComparison.Ordinal);
                if (k >= 0 && k < end)
                {
                    end = k;
                }
            }

            return end;
        }

        private static int LineOf(string input, int offset)
        {
            var line = 1;
            for (var i = 0; i < offset; i++)
            {
                if (input[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }

        private static int NextNonEmptyLine(string input, int from)
        {
            var line = LineOf(input, from);
            var i = input.IndexOf('\n', from);
            while (i >= 0 && i + 1 < input.Length)
            {
                line++;
                var next = input.IndexOf('\n', i + 1);
                var text = next < 0 ? input.Substring(i + 1) : input.Substring(i + 1, next - i - 1);
                if (text.Trim().Length > 0)
                {
                    return line;
                }

                i = next;
            }

            return line + 1;
        }
    }
}
