using System;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>The clauses of one sentence: a stretch of the message's single clause array.</summary>
    internal readonly struct ClauseRange : IReadOnlyList<Clause>
    {
        private readonly Clause[] _all;
        private readonly int _start;

        public ClauseRange(Clause[] all, int start, int count)
        {
            _all = all;
            _start = start;
            Count = count;
        }

        public int Count { get; }

        public Clause this[int index] => (uint)index < (uint)Count ? _all[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<Clause> IEnumerable<Clause>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    
        /// <summary>Walks the range without allocating (netstandard2.0 has no ArraySegment enumerator).</summary>
        public struct Enumerator : IEnumerator<Clause>
        {
            private readonly ClauseRange _range;
            private int _index;

            public Enumerator(ClauseRange range)
            {
                _range = range;
                _index = -1;
            }

            public Clause Current => _range[_index];

            object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _range.Count;

            public void Reset() => _index = -1;

            public void Dispose()
            {
            }
        }
    }
}
