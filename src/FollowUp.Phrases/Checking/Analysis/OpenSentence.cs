namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The sentence the splitter has open at a point of the tokens: where it and its open clause start, how many of its
    /// clauses are closed, and what its tokens so far hold (their hot-list answers and signs, OR-ed).
    /// </summary>
    internal readonly struct OpenSentence
    {
        public OpenSentence(int first, int clauseFirst, int closedClauses, ulong hot, int signs)
        {
            First = first;
            ClauseFirst = clauseFirst;
            ClosedClauses = closedClauses;
            Hot = hot;
            Signs = signs;
        }

        public int First { get; }

        public int ClauseFirst { get; }

        public int ClosedClauses { get; }

        public ulong Hot { get; }

        /// <summary>Its tokens' <see cref="Token.HoldsSign"/>, OR-ed.</summary>
        public int Signs { get; }

        /// <summary>Whether nothing is open at token <paramref name="i"/>: a sentence starts there.</summary>
        public bool StartsAt(int i) => First == i && ClauseFirst == i && ClosedClauses == 0 && Hot == 0 && Signs == 0;

        /// <summary>The same sentence, its tokens <paramref name="shift"/> further along.</summary>
        public OpenSentence MovedBy(int shift) => new OpenSentence(First + shift, ClauseFirst + shift, ClosedClauses, Hot, Signs);
    }
}
