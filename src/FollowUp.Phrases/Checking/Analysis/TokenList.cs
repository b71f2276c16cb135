using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The message's tokens, in chunks of 64K: growing never copies what is there (a doubling array holds the old and
    /// the new copy at once, which for a long message was the peak of its memory). The analysis marks tokens in place
    /// (quoted, name) through the <c>ref</c> indexer; rules read copies through <see cref="IReadOnlyList{T}"/>.
    /// Chunks come from the shared array pool and go back when a check is done with its reading (<see cref="Release"/>):
    /// a long message's token array is a large object, and allocating one per check made every other check of a 100 KB
    /// text a full garbage collection.
    /// </summary>
    internal sealed class TokenList : IReadOnlyList<Token>
    {
        private const int ChunkBits = 16;
        private const int ChunkSize = 1 << ChunkBits;
        private Token[][] _chunks;

        public TokenList(int capacity)
        {
            // A short message gets one small chunk; chunks after the first are full size.
            _chunks = new[] { ArrayPool<Token>.Shared.Rent(Math.Max(16, Math.Min(capacity, ChunkSize))) };
        }

        public int Count { get; private set; }

        // Every finder reads tokens through this in its inner loops: inlined everywhere, with the throw out of line (a
        // method that throws is not inlined by a JIT without profile data — the CLI's, and .NET Framework's).
        public ref Token this[int index]
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    ThrowOutOfRange(index);
                }

                return ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];
            }
        }

        private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No token at this index.");

        Token IReadOnlyList<Token>.this[int index] => this[index];

        public void Add(Token token)
        {
            var chunk = Count >> ChunkBits;
            var offset = Count & (ChunkSize - 1);
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, chunk + 1);
                _chunks[chunk] = ArrayPool<Token>.Shared.Rent(ChunkSize);
            }
            else if (offset == _chunks[chunk].Length)
            {
                // Only the first chunk can be short: grow it up to a full chunk (the pool's sizes are powers of two, as
                // the chunk size is, so a rented chunk is never longer than a full one).
                var longer = ArrayPool<Token>.Shared.Rent(Math.Min(ChunkSize, _chunks[chunk].Length * 2));
                Array.Copy(_chunks[chunk], longer, offset);
                Give(_chunks[chunk], offset);
                _chunks[chunk] = longer;
            }

            _chunks[chunk][offset] = token;
            Count++;
        }

        /// <summary>
        /// Gives the chunks back to the pool, cleared (tokens hold the message's words), and empties the list. Only for a
        /// reading nothing refers to any more: the checker calls it once a check's findings are made.
        /// </summary>
        public void Release()
        {
            for (var c = 0; c < _chunks.Length; c++)
            {
                Give(_chunks[c], Math.Min(_chunks[c].Length, Count - (c << ChunkBits)));
            }

            _chunks = new[] { Array.Empty<Token>() };
            Count = 0;
        }

        private static void Give(Token[] chunk, int used)
        {
            if (chunk.Length > 0)
            {
                Array.Clear(chunk, 0, Math.Max(0, used));
                ArrayPool<Token>.Shared.Return(chunk);
            }
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
