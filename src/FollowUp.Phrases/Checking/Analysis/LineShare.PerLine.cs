using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// What each recorded line holds beside its tokens, for the passes of a reading that copies it: where it stands, what
    /// the screen found on it and whether the screen reads it alone, and the dates and times found on it.
    /// </summary>
    internal sealed partial class LineShare
    {
        /// <summary>
        /// <paramref name="k"/> when the screen may add recorded line <paramref name="k"/>'s totals instead of passing
        /// over it — its pass read the whole line, and it reads the line from its own characters alone
        /// (<see cref="Screening.MessageScreen.ReadsLineAlone"/>, asked once per line, when first lent) — else -1.
        /// </summary>
        public int ScreenLineOf(int k)
        {
            ref var line = ref _lines[k];
            if (!line.HasTotals)
            {
                return -1;
            }

            if (line.Alone == 0)
            {
                line.Alone = Screening.MessageScreen.ReadsLineAlone(_text, Tokens.Slice(line.First, line.Last - line.First), line.Start, line.End) ? (sbyte)1 : (sbyte)-1;
            }

            return line.Alone > 0 ? k : -1;
        }

        /// <summary>Whether the screen reads recorded line <paramref name="k"/> alone: 1 yes, -1 no, 0 not asked yet.</summary>
        public sbyte AloneOf(int k) => _lines[k].Alone;

        /// <summary>
        /// Keeps the dates and times <paramref name="scanner"/> found in the recording reading (<paramref name="found"/>,
        /// in text order, over <paramref name="tokens"/>) on each recorded line it reads from the line's own tokens.
        /// </summary>
        public void KeepTimes(TimeExpressionScanner scanner, List<TimeExpression> found, TokenList tokens)
        {
            (_timesScanner, _times) = (scanner, found);
            var next = 0;
            for (var k = 0; k < _lineCount; k++)
            {
                ref var line = ref _lines[k];
                while (next < found.Count && found[next].EndToken <= line.First)
                {
                    next++;
                }

                var from = next;
                while (next < found.Count && found[next].FirstToken < line.Last)
                {
                    next++;
                }

                // Every expression touching the line lies within it (a date or time ends at a line break).
                var within = from == next || (found[from].FirstToken >= line.First && found[next - 1].EndToken <= line.Last);
                line.HasTimes = within && scanner.ReadsLineAlone(tokens, line.First, line.Last);
                (line.TimesFrom, line.TimesCount) = (from, next - from);
            }
        }

        /// <summary>
        /// Whether <paramref name="scanner"/>'s dates and times on recorded line <paramref name="k"/> are kept: then
        /// <paramref name="times"/> from <paramref name="from"/>, <paramref name="count"/> of them, where they stand in the
        /// recording reading (<see cref="LineFirst"/>, <see cref="LineStart"/>).
        /// </summary>
        public bool TimesOf(int k, TimeExpressionScanner scanner, out List<TimeExpression> times, out int from, out int count)
        {
            ref readonly var line = ref _lines[k];
            (times, from, count) = (_times!, line.TimesFrom, line.TimesCount);
            return line.HasTimes && ReferenceEquals(_timesScanner, scanner);
        }

        /// <summary>The first character of recorded line <paramref name="k"/>.</summary>
        public int LineStart(int k) => _lines[k].Start;

        /// <summary>What the screen found on recorded line <paramref name="k"/> (a line lent to the screen).</summary>
        public ref readonly Screening.LineTotals TotalsOf(int k) => ref _lines[k].Totals;

        /// <summary>How many lines are recorded (in text order).</summary>
        public int LineCount => _lineCount;

        /// <summary>The first token of recorded line <paramref name="k"/>.</summary>
        public int LineFirst(int k) => _lines[k].First;

        /// <summary>The index after the last token of recorded line <paramref name="k"/>.</summary>
        public int LineEnd(int k) => _lines[k].Last;

        /// <summary>Starts keeping what <paramref name="screen"/>'s pass, looking for <paramref name="wanted"/>, finds on each line.</summary>
        public void BeginTotals(Screening.MessageScreen screen, Rules.TextFeatures wanted)
        {
            (_totalsScreen, _totalsWanted) = (screen, wanted);
            ClearTotals();
        }

        /// <summary>Keeps what the screen found on recorded line <paramref name="k"/>, which its pass read whole.</summary>
        public void SetTotals(int k, in Screening.LineTotals totals)
        {
            _lines[k].Totals = totals;
            _lines[k].HasTotals = true;
        }

        /// <summary>Forgets every line's totals: the pass that made them could not read the tokens.</summary>
        public void ClearTotals()
        {
            for (var k = 0; k < _lineCount; k++)
            {
                _lines[k].HasTotals = false;
            }
        }

        /// <summary>Whether the lines' totals serve a pass of <paramref name="screen"/> looking for <paramref name="wanted"/>.</summary>
        public bool TotalsServe(Screening.MessageScreen screen, Rules.TextFeatures wanted) =>
            ReferenceEquals(_totalsScreen, screen) && (wanted & ~_totalsWanted) == 0;
    }
}
