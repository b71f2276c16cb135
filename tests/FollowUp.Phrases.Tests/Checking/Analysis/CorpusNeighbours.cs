using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>The plain-text corpus messages paired with texts to read before them (what a line share lends from).</summary>
    internal static class CorpusNeighbours
    {
        /// <summary>
        /// What <paramref name="describe"/> makes of <paramref name="text"/> read after <paramref name="earlier"/> (its
        /// lines written the same copied from the earlier reading's record, as a template's next render copies them) and
        /// of <paramref name="text"/> read alone; with what <paramref name="taken"/> counts of the borrowing reading and
        /// the record it copied from.
        /// </summary>
        public static (List<string> Lent, List<string> Alone, int Taken) DescribedAfter(string earlier, string text, CheckContext context,
            Func<MessageAnalysis, List<string>> describe, Func<MessageAnalysis, LineShare, int> taken)
        {
            var first = new LineShare();
            var recorded = new MessageAnalysis(earlier, context, share: first);
            _ = recorded.TimeExpressions; // the record keeps the dates and times its reading found
            recorded.Release();
            first.KeepForNext();
            var second = new LineShare { Previous = first };
            var borrowing = new MessageAnalysis(text, context, share: second);
            var lent = describe(borrowing);
            var count = taken(borrowing, first);
            borrowing.Release();
            second.Previous = null;
            first.Release();
            second.Release();
            var own = new MessageAnalysis(text, context);
            var alone = describe(own);
            own.Release();
            return (lent, alone, count);
        }

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
