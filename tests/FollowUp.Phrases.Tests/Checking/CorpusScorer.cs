using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>
    /// Scores findings against labelled cases the way ../shared/tools/score-corpus does: a finding matches an
    /// expectation of the same rule when their ranges overlap (a null span covers the whole text), and extra findings
    /// overlapping an already matched expectation are not counted against precision.
    /// </summary>
    internal sealed class CorpusScorer
    {
        private readonly Dictionary<string, int[]> _counts = new Dictionary<string, int[]>(StringComparer.Ordinal);

        public List<string> Misses { get; } = new List<string>();

        public void Add(string id, string text, IReadOnlyList<(string Rule, string? Span)> expected, IReadOnlyList<Diagnostic> found, IEnumerable<string> rules) =>
            Add(id, text, expected.Select(e => (e.Rule, e.Span, false)).ToList(), found, rules);

        /// <summary>As above, with optional expectations: matching one is neither a hit nor a false alarm, missing it is no miss.</summary>
        public void Add(string id, string text, IReadOnlyList<(string Rule, string? Span, bool Optional)> expected, IReadOnlyList<Diagnostic> found, IEnumerable<string> rules)
        {
            foreach (var rule in rules)
            {
                var exp = new List<(int Start, int End)>();
                var optional = new HashSet<int>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var e in expected.Where(e => e.Rule == rule))
                {
                    if (e.Optional)
                    {
                        optional.Add(exp.Count);
                    }

                    if (e.Span is null)
                    {
                        exp.Add((0, text.Length));
                        continue;
                    }

                    seen.TryGetValue(e.Span, out var k);
                    var pos = -1;
                    for (var n = 0; n <= k; n++)
                    {
                        pos = text.IndexOf(e.Span, pos + 1, StringComparison.Ordinal);
                    }

                    seen[e.Span] = k + 1;
                    if (pos < 0)
                    {
                        throw new InvalidOperationException($"{id}: span '{e.Span}' not in text");
                    }

                    exp.Add((pos, pos + e.Span.Length));
                }

                var pred = found.Where(d => d.Rule == rule).Select(d => (Start: d.Start, End: d.Start + Math.Max(d.Length, 1))).ToList();
                var matched = new HashSet<int>();
                var used = new HashSet<int>();
                for (var i = 0; i < exp.Count; i++)
                {
                    for (var j = 0; j < pred.Count; j++)
                    {
                        if (!used.Contains(j) && pred[j].Start < exp[i].End && exp[i].Start < pred[j].End)
                        {
                            matched.Add(i);
                            used.Add(j);
                            break;
                        }
                    }
                }

                var fp = 0;
                for (var j = 0; j < pred.Count; j++)
                {
                    if (used.Contains(j) || matched.Any(i => pred[j].Start < exp[i].End && exp[i].Start < pred[j].End))
                    {
                        continue;
                    }

                    fp++;
                    Misses.Add($"FP {id} {rule}: '{text.Substring(pred[j].Start, Math.Min(text.Length, pred[j].End) - pred[j].Start)}'");
                }

                for (var i = 0; i < exp.Count; i++)
                {
                    if (!matched.Contains(i) && !optional.Contains(i))
                    {
                        Misses.Add($"FN {id} {rule}: '{text.Substring(exp[i].Start, exp[i].End - exp[i].Start)}'");
                    }
                }

                if (!_counts.TryGetValue(rule, out var c))
                {
                    c = new int[3];
                    _counts[rule] = c;
                }

                c[0] += matched.Count(i => !optional.Contains(i));
                c[1] += fp;
                c[2] += Enumerable.Range(0, exp.Count).Count(i => !matched.Contains(i) && !optional.Contains(i));
            }
        }

        /// <summary>Precision, recall and F1 over every rule scored together, as score-corpus's "overall" line.</summary>
        public (double Precision, double Recall, double F1) Overall()
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var c in _counts.Values)
            {
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }

            var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }

        public (double Precision, double Recall, int TruePositives) Score(string rule)
        {
            var c = _counts.TryGetValue(rule, out var v) ? v : new int[3];
            var precision = c[0] + c[1] == 0 ? (c[2] == 0 ? 1.0 : 0.0) : (double)c[0] / (c[0] + c[1]);
            var recall = c[0] + c[2] == 0 ? 1.0 : (double)c[0] / (c[0] + c[2]);
            return (precision, recall, c[0]);
        }
    }
}
