using System;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The message's tokens, in chunks of 64K: growing never copies what is there (a doubling array holds the old and
    /// the new copy at once, which for a long message was the peak of its memory). The analysis marks tokens in place
    /// (quoted, name) through the <c>ref</c> indexer; rules read copies through <see cref="IReadOnlyList{T}"/>.
    /// </summary>
    internal sealed class TokenList : IReadOnlyList<Token>
    {
        private const int ChunkBits = 16;
        private const int ChunkSize = 1 << ChunkBits;
        private Token[][] _chunks;

        public TokenList(int capacity)
        {
            // A short message gets one small chunk; chunks after the first are full size.
            _chunks = new[] { new Token[Math.Max(4, Math.Min(capacity, ChunkSize))] };
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

                return ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];
            }
        }

        Token IReadOnlyList<Token>.this[int index] => this[index];

        public void Add(Token token)
        {
            var chunk = Count >> ChunkBits;
            var offset = Count & (ChunkSize - 1);
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, chunk + 1);
                _chunks[chunk] = new Token[ChunkSize];
            }
            else if (offset == _chunks[chunk].Length)
            {
                // Only the first chunk can be short: grow it up to a full chunk.
                Array.Resize(ref _chunks[chunk], Math.Min(ChunkSize, _chunks[chunk].Length * 2));
            }

            _chunks[chunk][offset] = token;
            Count++;
        }

        public IEnumerator<Token> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
