using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A sentence: tokens [First, End) and its clauses.</summary>
    internal sealed class Sentence
    {
        public Sentence(int first, int end, IReadOnlyList<Clause> clauses)
        {
            First = first;
            End = end;
            Clauses = clauses;
        }

        public int First { get; }

        public int End { get; }

        public IReadOnlyList<Clause> Clauses { get; }
    }
}
