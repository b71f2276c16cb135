namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A stretch of a sentence between commas, semicolons, colons or dashes: tokens [First, End).</summary>
    internal readonly struct Clause
    {
        public Clause(int first, int end)
        {
            First = first;
            End = end;
        }

        public int First { get; }

        public int End { get; }
    }
}
