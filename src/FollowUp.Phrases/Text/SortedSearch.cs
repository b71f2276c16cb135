namespace FollowUp.Phrases.Text
{
    /// <summary>Binary searches over ascending run starts: line starts, offset-map runs, region runs.</summary>
    internal static class SortedSearch
    {
        /// <summary>The last index i &lt; <paramref name="count"/> with <paramref name="starts"/>[i] ≤ <paramref name="value"/> (0 when none is).</summary>
        public static int LastAtOrBefore(int[] starts, int count, int value)
        {
            int lo = 0, hi = count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (starts[mid] <= value)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return lo;
        }
    }
}
