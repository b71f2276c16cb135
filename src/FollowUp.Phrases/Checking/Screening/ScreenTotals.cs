using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// What a screen's pass over every token of a message found, before the whole-text features are worked out: kept on
    /// a <see cref="Analysis.LineShare"/> for a later reading of the same message's other body, whose lines copied from
    /// this one then need no pass of their own (what they show is in these totals, or in more than these: a superset of
    /// the rules only costs a rule's reading, never a finding).
    /// </summary>
    internal sealed class ScreenTotals
    {
        public ScreenTotals(MessageScreen screen, TextFeatures wanted, ulong seen, TextFeatures found, bool weekday, bool month, int exclamations, int capitals, double[]? scores)
        {
            Screen = screen;
            Wanted = wanted;
            Seen = seen;
            Found = found;
            Weekday = weekday;
            Month = month;
            Exclamations = exclamations;
            Capitals = capitals;
            Scores = scores;
        }

        /// <summary>The screen that made the pass: another one's word groups number otherwise.</summary>
        public MessageScreen Screen { get; }

        /// <summary>The features the pass looked for: a later pass may lean on these totals only for features among them.</summary>
        public TextFeatures Wanted { get; }

        /// <summary>The word groups seen.</summary>
        public ulong Seen { get; }

        /// <summary>The features found by the tokens, before the whole-text ones.</summary>
        public TextFeatures Found { get; }

        /// <summary>Whether a weekday's name was seen.</summary>
        public bool Weekday { get; }

        /// <summary>Whether a month's name was seen.</summary>
        public bool Month { get; }

        /// <summary>Exclamation marks counted.</summary>
        public int Exclamations { get; }

        /// <summary>Words in capitals counted (acronyms left out).</summary>
        public int Capitals { get; }

        /// <summary>Each uncovered language's score, when the pass scored them.</summary>
        public double[]? Scores { get; }
    }
}
