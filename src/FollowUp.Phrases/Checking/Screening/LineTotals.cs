using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// What the screen's pass over one line's tokens found, read from the line's own characters alone: kept for the line
    /// on a <see cref="Analysis.LineShare"/>, so that a later reading that copies the line (the message's HTML body, or
    /// the next render of the same template) adds these instead of passing over the line again. Counts, not their
    /// thresholds: three words in capitals over two lines are three, as one pass over both counts them.
    /// </summary>
    internal readonly struct LineTotals
    {
        public LineTotals(ulong seen, TextFeatures found, bool weekday, bool month, int exclamations, int capitals, double[]? scores = null)
        {
            Scores = scores;
            Seen = seen;
            Found = found;
            Weekday = weekday;
            Month = month;
            Exclamations = exclamations;
            Capitals = capitals;
        }

        /// <summary>The word groups the line shows.</summary>
        public ulong Seen { get; }

        /// <summary>The features the line's tokens show, before the whole-text ones (worked out from all the counts).</summary>
        public TextFeatures Found { get; }

        /// <summary>Whether a weekday's name is on the line.</summary>
        public bool Weekday { get; }

        /// <summary>Whether a month's name is on the line.</summary>
        public bool Month { get; }

        /// <summary>Exclamation marks on the line.</summary>
        public int Exclamations { get; }

        /// <summary>Words in capitals on the line (acronyms left out).</summary>
        public int Capitals { get; }

        /// <summary>Each uncovered language's score on the line, when the pass scored them and the line scores any.</summary>
        public double[]? Scores { get; }
    }
}
