using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Where each character of a derived text (the visible text of HTML, a normalised text) came from in the input:
    /// character i covers input range [<see cref="StartOf"/>(i), <see cref="EndOf"/>(i)). Stored as runs — a stretch of
    /// characters copied one for one is a single entry — so a 10 MB message costs a few entries per tag or entity,
    /// not two integers per character. Reads in order are O(1) (the last run is remembered); any read is O(log runs).
    /// </summary>
    internal sealed class OffsetMap
    {
        private int[] _visible;  // first character of each run
        private int[] _source;   // input offset of that character
        private int[] _end;      // for a one-character run: its input end; for a copied run: -1
        private int _runs;
        private int _last;

        /// <summary>An empty map with room for 16 runs.</summary>
        public OffsetMap()
            : this(16)
        {
        }

        /// <summary>An empty map with room for <paramref name="runs"/> runs before it grows.</summary>
        public OffsetMap(int runs)
        {
            runs = Math.Max(1, runs);
            _visible = new int[runs];
            _source = new int[runs];
            _end = new int[runs];
        }

        /// <summary>Characters mapped.</summary>
        public int Length { get; private set; }

        /// <summary>Maps the next character to input range [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public void Add(int from, int to)
        {
            if (_runs > 0 && _end[_runs - 1] < 0 && to == from + 1 && from == _source[_runs - 1] + (Length - _visible[_runs - 1]))
            {
                Length++; // the copied run goes on
                return;
            }

            if (_runs == _visible.Length)
            {
                Array.Resize(ref _visible, _runs * 2);
                Array.Resize(ref _source, _runs * 2);
                Array.Resize(ref _end, _runs * 2);
            }

            _visible[_runs] = Length;
            _source[_runs] = from;
            _end[_runs] = to == from + 1 ? -1 : to;
            _runs++;
            Length++;
        }

        /// <summary>
        /// Maps the next <paramref name="count"/> characters one for one to the input from <paramref name="from"/>: the same
        /// as adding each, in one step.
        /// </summary>
        public void AddCopied(int from, int count)
        {
            if (count > 0)
            {
                Add(from, from + 1);
                Length += count - 1; // the rest go on the run the first one started or continued
            }
        }

        /// <summary>Input offset where character <paramref name="index"/> starts.</summary>
        public int StartOf(int index)
        {
            var r = RunOf(index);
            return _source[r] + (index - _visible[r]);
        }

        /// <summary>Input offset where character <paramref name="index"/> ends.</summary>
        public int EndOf(int index)
        {
            var r = RunOf(index);
            return _end[r] >= 0 ? _end[r] : _source[r] + (index - _visible[r]) + 1;
        }

        /// <summary>The first character whose input start is at or after <paramref name="source"/> (<see cref="Length"/> if none).</summary>
        public int FirstAtOrAfter(int source)
        {
            int lo = 0, hi = Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (StartOf(mid) < source)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private int RunOf(int index)
        {
            if (_last < _runs && _visible[_last] <= index && (_last + 1 == _runs || _visible[_last + 1] > index))
            {
                return _last;
            }

            if (_last + 1 < _runs && _visible[_last + 1] <= index && (_last + 2 == _runs || _visible[_last + 2] > index))
            {
                return ++_last;
            }

            return _last = Text.SortedSearch.LastAtOrBefore(_visible, _runs, index);
        }
    }
}
