using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>The plain-text corpus messages paired with texts to read before them (what a line share lends from).</summary>
    internal static class CorpusNeighbours
    {
        // Each plain-text message of both corpora (now) with the texts to read after each other: the pairs made of the text
        // of the message before it (b), its own (n) and the two taken line by line in turn (m).
        public static IEnumerable<(CorpusCase Now, string Earlier, string Text)> ReadAfter(Func<string, string, string, (string, string)[]> pairs)
        {
            foreach (var path in new[] { TestPaths.DevCorpus, TestPaths.Dev2Corpus })
            {
                var cases = CorpusCase.Read(path).Where(c => c.Context.Format == MessageFormat.Text).ToList();
                for (var k = 1; k < cases.Count; k++)
                {
                    var (before, now) = (cases[k - 1].Text, cases[k].Text);
                    foreach (var (earlier, text) in pairs(before, now, Interleaved(now, before)))
                    {
                        yield return (cases[k], earlier, text);
                    }
                }
            }
        }

        // The lines of a and b taken in turn.
        private static string Interleaved(string a, string b)
        {
            var (x, y) = (a.Split('\n'), b.Split('\n'));
            var lines = new List<string>();
            for (var k = 0; k < Math.Max(x.Length, y.Length); k++)
            {
                if (k < x.Length)
                {
                    lines.Add(x[k]);
                }

                if (k < y.Length)
                {
                    lines.Add(y[k]);
                }
            }

            return string.Join("\n", lines);
        }
    }
}
