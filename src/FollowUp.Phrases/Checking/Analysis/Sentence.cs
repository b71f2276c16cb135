namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A sentence: tokens [First, End) and its clauses. A small value: the clauses of every sentence share one array
    /// (see <see cref="ClauseRange"/>), so a long message does not pay an object and an array per sentence.
    /// </summary>
    /// <remarks>
    /// A sentence also carries what its tokens hold at a glance — their answers for the vocabulary's hot lists, OR-ed, and
    /// whether any is in capitals, Chinese, a number, has a digit or is a link (<see cref="SentenceHolds"/>) — so a pass
    /// that looks for a list's words, or for capitals, skips the sentences that have none without visiting their tokens:
    /// most sentences of a long message hold nothing a given rule starts from.
    /// </remarks>
    internal readonly struct Sentence
    {
        public Sentence(int first, int end, ClauseRange clauses, ulong hot, SentenceHolds holds)
        {
            First = first;
            End = end;
            Clauses = clauses;
            Hot = hot;
            Holds = holds;
        }

        public int First { get; }

        public int End { get; }

        public ClauseRange Clauses { get; }

        /// <summary>Its tokens' answers for the vocabulary's hot lists (<see cref="Token.Hot"/>), OR-ed.</summary>
        public ulong Hot { get; }

        /// <summary>Kinds of token it holds.</summary>
        public SentenceHolds Holds { get; }

        /// <summary>
        /// False only when no token of the sentence is in <paramref name="list"/>, a hot list of the vocabulary the sentence
        /// was read with; true when one may be (a list that is not hot cannot be answered here).
        /// </summary>
        public bool MayHold(WordList list) => list.HotBit == 0 || (Hot & list.HotBit) != 0;
    }
}
