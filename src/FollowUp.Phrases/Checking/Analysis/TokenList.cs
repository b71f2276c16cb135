using System;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The message's tokens in one array, sized from the text (about a token per five characters) and doubled in the rare
    /// message of shorter tokens. The analysis marks tokens in place (quoted, name) through the <c>ref</c> indexer; rules
    /// read copies through <see cref="IReadOnlyList{T}"/>. The array comes from the shared array pool and goes back when a
    /// check is done with its reading (<see cref="Release"/>): a long message's token array is a large object, and
    /// allocating one per check made every other check of a 100 KB text a full garbage collection.
    /// </summary>
    internal sealed class TokenList : IReadOnlyList<Token>
    {
        private Token[] _tokens;

        public TokenList(int capacity)
        {
            _tokens = SpareArray<Token>.Take(Math.Max(16, capacity));
        }

        public int Count { get; private set; }

        // Every finder reads tokens through this in its inner loops: inlined everywhere, with the throw out of line (a
        // method that throws is not inlined by a JIT without profile data — the CLI's, and .NET Framework's). One flat
        // array: a token is one bounds test and one load away, at every access of every pass.
        public ref Token this[int index]
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    ThrowOutOfRange(index);
                }

                return ref _tokens[index];
            }
        }

        /// <summary>
        /// The tokens as a span, for a pass's inner loop over every token: a loop bounded by the span's length reads each
        /// token with no bounds test, where the indexer tests the count and the array at every access. Valid until a token
        /// is added.
        /// </summary>
        public Span<Token> Span => new Span<Token>(_tokens, 0, Count);

        private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No token at this index.");

        Token IReadOnlyList<Token>.this[int index] => this[index];

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(in Token token) => AddSlot() = token;

        /// <summary>A new token at the end, for the tokenizer to write in place (<see cref="Token.SetWord"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public ref Token AddSlot()
        {
            if (Count == _tokens.Length)
            {
                Grow();
            }

            return ref _tokens[Count++];
        }

        /// <summary>
        /// Appends copies of <paramref name="tokens"/> in one block move (one write barrier for the block, where a token at
        /// a time pays one per word it refers to) and returns them where they now stand, to be set right in place.
        /// </summary>
        public Span<Token> AddCopies(ReadOnlySpan<Token> tokens)
        {
            while (Count + tokens.Length > _tokens.Length)
            {
                Grow();
            }

            var copies = new Span<Token>(_tokens, Count, tokens.Length);
            tokens.CopyTo(copies);
            Count += tokens.Length;
            return copies;
        }

        // Sized from the text's length, so this is rare: a message of unusually short tokens.
        private void Grow()
        {
            var longer = SpareArray<Token>.Take(_tokens.Length * 2);
            Array.Copy(_tokens, longer, Count);
            Give(_tokens, Count);
            _tokens = longer;
        }

        /// <summary>
        /// Gives the array back to the thread, or to the shared pool cleared (tokens hold the message's words), and empties
        /// the list. Only for a reading nothing refers to any more: the checker calls it once a check's findings are made.
        /// </summary>
        public void Release()
        {
            if (_held)
            {
                _releaseWhenLet = true; // the line share reads the tokens still: given back when it lets them go
                return;
            }

            Give(_tokens, Count);
            _tokens = Array.Empty<Token>();
            Count = 0;
        }

        // Held by a LineShare that lends the tokens to a later reading of the message: a Release waits for it.
        private bool _held;
        private bool _releaseWhenLet;

        /// <summary>
        /// Keeps the tokens for a <see cref="LineShare"/> to lend: a <see cref="Release"/> before <see cref="Let"/> waits
        /// for it. The reading adds and changes no token afterwards but for its marks, which lent copies do not keep.
        /// </summary>
        public void Hold() => _held = true;

        /// <summary>Lets the tokens go: gives them back now if the reading released them meanwhile.</summary>
        public void Let()
        {
            _held = false;
            if (_releaseWhenLet)
            {
                _releaseWhenLet = false;
                Release();
            }
        }

        // Tokens hold their words. An array going back to the shared pool is cleared first, so no word of this thread's is
        // kept alive by whoever rents it next; the thread's own spare keeps its words until the thread's next reading writes
        // over them (a few hundred small objects at most: clearing it at every reading cost a hundredth of a render).
        private static void Give(Token[] tokens, int used)
        {
            if (SpareArray<Token>.Keep(tokens) is { } passed)
            {
                Array.Clear(passed, 0, ReferenceEquals(passed, tokens) ? Math.Max(0, used) : passed.Length);
                System.Buffers.ArrayPool<Token>.Shared.Return(passed);
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
