namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A sentence: tokens [First, End) and its clauses. A small value: the clauses of every sentence share one array
    /// (see <see cref="ClauseRange"/>), so a long message does not pay an object and an array per sentence.
    /// </summary>
    internal readonly struct Sentence
    {
        public Sentence(int first, int end, ClauseRange clauses)
        {
            First = first;
            End = end;
            Clauses = clauses;
        }

        public int First { get; }

        public int End { get; }

        public ClauseRange Clauses { get; }
    }
}
