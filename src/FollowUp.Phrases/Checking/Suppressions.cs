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

        /// <summary>Ids of the findings the checker itself reports about markers and limits: no custom rule may take them.</summary>
        public static readonly string[] MarkerRuleIds = { Invalid.Id, Unused.Id, CheckLimits.TruncatedRule.Id, CheckLimits.TooLongRule.Id };

        internal sealed class Entry
        {
            public int Start { get; set; }

            public int Length { get; set; }

            public int Line { get; set; }

            /// <summary>The next line with text after the marker's own: the line it is written above.</summary>
            public int NextLine { get; set; }

            public string[] Rules { get; set; } = Array.Empty<string>();

            public string? Problem { get; set; }

            public bool Used { get; set; }
        }

        /// <summary>
        /// Every marker in <paramref name="input"/> with the rules it names, or the problem that voids it. One pass: each
        /// marker's end, line and next non-empty line are found by scanning forward from it, never from the start.
        /// </summary>
        public static List<Entry> Find(string input, IReadOnlyCollection<string> knownRules, Text.LineMap? lines = null)
        {
            var found = new List<Entry>();
            var at = input.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0)
            {
                return found;
            }

            lines ??= new Text.LineMap(input);
            while (at >= 0)
            {
                var end = EndOfMarker(input, at);
                var body = input.Substring(at + Marker.Length, end - at - Marker.Length);
                var colon = body.IndexOf(':');
                var rulesText = colon < 0 ? body : body.Substring(0, colon);
                var reason = colon < 0 ? "" : body.Substring(colon + 1).Trim();
                // Known rule names are the checker's own strings: a message with many markers holds one copy of each.
                var rules = rulesText.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(r => r.Trim()).Select(r => knownRules.FirstOrDefault(k => k == r) ?? r).ToArray();
                var line = lines.Locate(at).Line;
                var entry = new Entry { Start = at, Length = end - at, Line = line, NextLine = NextNonEmptyLine(input, end, line), Rules = rules };
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

        /// <summary>The valid markers by the lines they cover (their own and the next non-empty one).</summary>
        public static Dictionary<int, List<Entry>> ByLine(List<Entry> entries)
        {
            var byLine = new Dictionary<int, List<Entry>>();
            foreach (var e in entries)
            {
                if (e.Problem != null)
                {
                    continue;
                }

                Add(byLine, e.Line, e);
                if (e.NextLine != e.Line)
                {
                    Add(byLine, e.NextLine, e);
                }
            }

            return byLine;
        }

        /// <summary>Whether a valid marker covers the finding; marks the marker used.</summary>
        public static bool Covers(List<Entry> entries, Dictionary<int, List<Entry>> byLine, Diagnostic finding)
        {
            if (finding.IsWholeMessage)
            {
                foreach (var e in entries)
                {
                    if (e.Problem is null && Array.IndexOf(e.Rules, finding.Rule) >= 0)
                    {
                        e.Used = true;
                        return true;
                    }
                }

                return false;
            }

            if (byLine.TryGetValue(finding.Line, out var candidates))
            {
                foreach (var e in candidates)
                {
                    if (Array.IndexOf(e.Rules, finding.Rule) >= 0)
                    {
                        e.Used = true;
                        return true;
                    }
                }
            }

            return false;
        }

        private static void Add(Dictionary<int, List<Entry>> byLine, int line, Entry e)
        {
            if (!byLine.TryGetValue(line, out var list))
            {
                byLine[line] = list = new List<Entry>(1);
            }

            list.Add(e);
        }

        /// <summary>The rules a template's Liquid comments suppress for its whole output.</summary>
        public static IReadOnlyCollection<string> InTemplate(string source, IReadOnlyCollection<string> knownRules) =>
            Find(source, knownRules).Where(e => e.Problem is null).SelectMany(e => e.Rules).Distinct(StringComparer.Ordinal).ToArray();

        // The marker ends at the end of its comment ("-->", "{% endcomment", "{%- endcomment") or of its line, whichever
        // comes first; scanning forward keeps a message full of markers linear.
        private static int EndOfMarker(string input, int at)
        {
            for (var i = at + Marker.Length; i < input.Length; i++)
            {
                var c = input[i];
                if (c == '\n' || c == '\r')
                {
                    return i;
                }

                if (c == '-' && string.CompareOrdinal(input, i, "-->", 0, 3) == 0)
                {
                    return i;
                }

                if (c == '{' && (string.CompareOrdinal(input, i, "{% endcomment", 0, 13) == 0 || string.CompareOrdinal(input, i, "{%- endcomment", 0, 14) == 0))
                {
                    return i;
                }
            }

            return input.Length;
        }

        /// <summary>The line number of the first line after <paramref name="from"/>'s line that holds more than white space.</summary>
        private static int NextNonEmptyLine(string input, int from, int line)
        {
            var i = from;
            while (i < input.Length && input[i] != '\n' && input[i] != '\r')
            {
                i++;
            }

            while (i < input.Length)
            {
                // i is at a line break: step over it (CRLF is one break) and look at the next line.
                i += input[i] == '\r' && i + 1 < input.Length && input[i + 1] == '\n' ? 2 : 1;
                line++;
                var blank = true;
                while (i < input.Length && input[i] != '\n' && input[i] != '\r')
                {
                    blank &= char.IsWhiteSpace(input[i]);
                    i++;
                }

                if (!blank)
                {
                    return line;
                }
            }

            return line + 1;
        }
    }
}
