using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A named list of one vocabulary as a set of lower-case words, numbered within the vocabulary so a token's word can
    /// remember whether it is in it (<see cref="Word.IsIn"/>). Asking with a token is the same question as asking with
    /// its text, answered once per word instead of once per occurrence.
    /// </summary>
    internal sealed class WordList : HashSet<string>
    {
        public WordList(Vocabulary owner, int index, IEnumerable<string> words)
            : base(words, StringComparer.Ordinal)
        {
            Owner = owner;
            Index = index;
            Slot = (index >> 6) << 1;
            Bit = 1UL << (index & 63);
        }

        /// <summary>The vocabulary that numbered the list.</summary>
        public Vocabulary Owner { get; }

        /// <summary>The list's number in its vocabulary.</summary>
        public int Index { get; }

        /// <summary>Where a word keeps its answer for this list: the pair of 64-bit words, and the bit in them.</summary>
        internal int Slot { get; }

        internal ulong Bit { get; }

        /// <summary>The list's bit in a token's <see cref="Token.Hot"/> when it is one of its vocabulary's hot lists, else 0.</summary>
        internal ulong HotBit { get; private set; }

        // The vocabulary's number, kept here so the test at every token reads no other object.
        private ushort _hotOwner;

        internal void MakeHot(ulong bit, ushort owner)
        {
            HotBit = bit;
            _hotOwner = owner;
        }

        /// <summary>Whether the token's text is in the list.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Contains(in Token token) =>
            HotBit != 0 && token.HotOwner == _hotOwner ? (token.Hot & HotBit) != 0 : token.Word is { } word && word.IsIn(this);
    }
}
