using System;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A list's unspaced terms (Chinese: "尽快", "马上", "请耐心等待"), in pack order, compiled for searching inside a run of
    /// text: the terms are filed by their first character, so a search passes the run once and compares only the terms
    /// that start with the character at hand — where a search term by term was one pass over the run for every term of
    /// the list, and a Chinese message asks dozens of lists about each of its runs.
    /// </summary>
    /// <remarks>
    /// Every answer is the one the term-by-term search gives (<see cref="string.IndexOf(string, StringComparison)"/>,
    /// ordinal): <see cref="FirstIn"/> still answers with the first term in list order that occurs, not the first
    /// occurrence. An empty term occurs in every text, as it does for <c>IndexOf</c>. Immutable: shared by the threads
    /// that read with the vocabulary it belongs to.
    /// </remarks>
    internal sealed class TermSet : IReadOnlyList<string>
    {
        private readonly string[] _terms;

        // Open addressing by first character: _firsts[slot] is a first character and _byFirst[slot] the indices of the
        // terms starting with it, in list order (null for a free slot).
        private readonly char[] _firsts;
        private readonly int[][] _byFirst;
        private readonly int _shift;

        // A bit per first character's low eight bits: most characters of a run start no term, and are passed on one test.
        private readonly ulong _filter0, _filter1, _filter2, _filter3;

        // An empty term, which occurs everywhere (as for IndexOf): such a set is answered term by term.
        private readonly bool _hasEmpty;

        public TermSet(IEnumerable<string> terms)
        {
            _terms = terms is string[] array ? (string[])array.Clone() : new List<string>(terms).ToArray();
            var firsts = new List<char>();
            var lists = new Dictionary<char, List<int>>();
            for (var i = 0; i < _terms.Length; i++)
            {
                var term = _terms[i] ?? throw new ArgumentException("A term list holds no null.", nameof(terms));
                if (term.Length == 0)
                {
                    _hasEmpty = true;
                    continue;
                }

                if (!lists.TryGetValue(term[0], out var list))
                {
                    lists[term[0]] = list = new List<int>();
                    firsts.Add(term[0]);
                }

                list.Add(i);
                var bit = 1UL << (term[0] & 63);
                switch ((term[0] >> 6) & 3)
                {
                    case 0: _filter0 |= bit; break;
                    case 1: _filter1 |= bit; break;
                    case 2: _filter2 |= bit; break;
                    default: _filter3 |= bit; break;
                }
            }

            var bits = 1;
            while ((1 << bits) < 2 * Math.Max(1, firsts.Count))
            {
                bits++;
            }

            _shift = 32 - bits;
            _firsts = new char[1 << bits];
            _byFirst = new int[1 << bits][];
            foreach (var c in firsts)
            {
                var slot = Slot(c);
                while (_byFirst[slot] != null)
                {
                    slot = (slot + 1) & (_firsts.Length - 1);
                }

                _firsts[slot] = c;
                _byFirst[slot] = lists[c].ToArray();
            }
        }

        /// <summary>The number of terms.</summary>
        public int Length => _terms.Length;

        /// <inheritdoc/>
        public int Count => _terms.Length;

        /// <inheritdoc/>
        public string this[int index] => _terms[index];

        /// <summary>The terms in list order (a struct enumerator: a loop over the set allocates nothing).</summary>
        public ArrayEnumerator GetEnumerator() => new ArrayEnumerator(_terms);

        IEnumerator<string> IEnumerable<string>.GetEnumerator() => ((IEnumerable<string>)_terms).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _terms.GetEnumerator();

        /// <summary>A set of no terms.</summary>
        public static readonly TermSet Empty = new TermSet(Array.Empty<string>());

        /// <summary>
        /// This set when any of its terms occurs in <paramref name="text"/>, else <see cref="Empty"/>: for a loop that
        /// searches the text term by term for where each occurs, which then passes a run with none of them at once.
        /// </summary>
        public TermSet OccurringIn(string text) => AnyIn(text) ? this : Empty;

        /// <summary>The terms in list order, as a new array.</summary>
        public string[] ToArray() => (string[])_terms.Clone();

        /// <summary>The list index of a term equal to <paramref name="term"/>, or -1 (as <see cref="Array.IndexOf{T}(T[], T)"/>).</summary>
        public int IndexOf(string term) => Array.IndexOf(_terms, term);

        /// <summary>Whether some term satisfies <paramref name="match"/> (as <see cref="Array.Exists{T}(T[], Predicate{T})"/>).</summary>
        public bool Exists(Predicate<string> match) => Array.Exists(_terms, match);

        /// <summary>Whether any term occurs in <paramref name="text"/>.</summary>
        public bool AnyIn(string text) => AnyIn(text, 0, text.Length);

        /// <summary>
        /// Where the earliest occurrence of any term in <paramref name="text"/> starts, and that term's length (of the terms
        /// starting there, the first in list order); false when no term occurs.
        /// </summary>
        public bool EarliestIn(string text, out int at, out int length)
        {
            if (_hasEmpty)
            {
                (at, length) = (-1, 0);
                foreach (var term in _terms)
                {
                    var found = text.IndexOf(term, StringComparison.Ordinal);
                    if (found >= 0 && (at < 0 || found < at))
                    {
                        (at, length) = (found, term.Length);
                    }
                }

                return at >= 0;
            }

            var k = Earliest(text, 0, text.Length, out at);
            length = k >= 0 ? _terms[k].Length : 0;
            return k >= 0;
        }

        /// <summary>Whether any term occurs within <paramref name="text"/>[<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
        public bool AnyIn(string text, int start, int length) => _hasEmpty || Earliest(text, start, start + length, out _) >= 0;

        // The list index of the term at the earliest place in [start, end) where one fits whole (of the terms fitting there,
        // the first in list order), and that place; -1 when none does.
        private int Earliest(string text, int start, int end, out int at)
        {
            for (var i = start; i < end; i++)
            {
                if (FirstFitting(text, i, end) is var k && k >= 0)
                {
                    at = i;
                    return k;
                }
            }

            at = -1;
            return -1;
        }

        // The list index of the first term (in list order) that fits whole in [i, end) from i; -1 when none does.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int FirstFitting(string text, int i, int end)
        {
            if (MayStart(text[i]) && TermsStarting(text[i]) is int[] candidates)
            {
                foreach (var k in candidates)
                {
                    if (Fits(text, i, end, _terms[k]))
                    {
                        return k;
                    }
                }
            }

            return -1;
        }

        /// <summary>The first term, in list order, that occurs in <paramref name="text"/>; null when none does.</summary>
        public string? FirstIn(string text)
        {
            if (_hasEmpty)
            {
                return TermSearch.FirstIn(text, _terms);
            }

            var best = int.MaxValue;
            for (var i = 0; i < text.Length; i++)
            {
                if (MayStart(text[i]) && TermsStarting(text[i]) is int[] candidates)
                {
                    foreach (var k in candidates)
                    {
                        if (k >= best)
                        {
                            break; // in list order: the rest come later still
                        }

                        if (Fits(text, i, text.Length, _terms[k]))
                        {
                            best = k;
                            break;
                        }
                    }

                    if (best == 0)
                    {
                        break;
                    }
                }
            }

            return best == int.MaxValue ? null : _terms[best];
        }

        /// <summary>Whether any term occurs in <paramref name="text"/> starting at <paramref name="at"/>.</summary>
        public bool AnyAt(string text, int at)
        {
            if (_hasEmpty)
            {
                return at >= 0 && at <= text.Length; // the empty term fits anywhere in the text, its end included
            }

            return at >= 0 && at < text.Length && FirstFitting(text, at, text.Length) >= 0;
        }

        /// <summary>Whether <paramref name="text"/> starts with any term.</summary>
        public bool AnyStarts(string text) => AnyAt(text, 0);

        /// <summary>Whether <paramref name="text"/> ends with any term.</summary>
        public bool AnyEnds(string text) => TermSearch.AnyEnds(text, _terms);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool MayStart(char c)
        {
            var bit = 1UL << (c & 63);
            var filter = ((c >> 6) & 3) switch { 0 => _filter0, 1 => _filter1, 2 => _filter2, _ => _filter3 };
            return (filter & bit) != 0;
        }

        private int Slot(char c) => (int)((c * 2654435769u) >> _shift);

        private int[]? TermsStarting(char c)
        {
            var mask = _firsts.Length - 1;
            for (var slot = Slot(c); ; slot = (slot + 1) & mask)
            {
                var terms = _byFirst[slot];
                if (terms is null || _firsts[slot] == c)
                {
                    return terms;
                }
            }
        }

        private static bool Fits(string text, int at, int end, string term) =>
            term.Length <= end - at && string.CompareOrdinal(text, at, term, 0, term.Length) == 0;

        /// <summary>The terms one after another, as an array's enumerator gives them.</summary>
        public struct ArrayEnumerator
        {
            private readonly string[] _items;
            private int _index;

            internal ArrayEnumerator(string[] items)
            {
                _items = items;
                _index = -1;
            }

            /// <summary>The term at hand.</summary>
            public string Current => _items[_index];

            /// <summary>Moves to the next term; false past the last.</summary>
            public bool MoveNext() => ++_index < _items.Length;
        }
    }
}
