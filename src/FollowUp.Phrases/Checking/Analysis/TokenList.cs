using System;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The message's tokens in one growable array. The analysis marks tokens in place (quoted, name) through the
    /// <c>ref</c> indexer; rules read copies through <see cref="IReadOnlyList{T}"/>.
    /// </summary>
    internal sealed class TokenList : IReadOnlyList<Token>
    {
        private Token[] _items;

        public TokenList(int capacity)
        {
            _items = new Token[Math.Max(4, capacity)];
        }

        public int Count { get; private set; }

        public ref Token this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return ref _items[index];
            }
        }

        Token IReadOnlyList<Token>.this[int index] => this[index];

        public void Add(Token token)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = token;
        }

        public IEnumerator<Token> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
