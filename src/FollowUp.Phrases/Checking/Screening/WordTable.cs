using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// Lower-case words to what the screen knows of them (<see cref="ScreenWord"/>), found from characters in a buffer: a
    /// message's words are looked up without a string each. Open addressing over a power-of-two table, hashed with FNV-1a
    /// as the screen hashes while it lowers a word.
    /// </summary>
    internal sealed class WordTable
    {
        private const uint Seed = 2166136261;
        private const uint Prime = 16777619;

        private readonly string?[] _keys;
        private readonly ScreenWord?[] _words;
        private readonly int _mask;

        public WordTable(IReadOnlyDictionary<string, ScreenWord> words)
        {
            var size = 16;
            while (size < words.Count * 2)
            {
                size *= 2;
            }

            _keys = new string?[size];
            _words = new ScreenWord?[size];
            _mask = size - 1;
#if NET8_0_OR_GREATER
            var shortBits = 4;
            while (1 << shortBits < words.Count * 2)
            {
                shortBits++;
            }

            var shortSize = 1 << shortBits;
            _shortBits = shortBits;
            _shortKeys = new ulong[shortSize];
            _shortWords = new ScreenWord?[shortSize];
            _shortMask = shortSize - 1;
            _mediumKeys = new ulong[2 * shortSize];
            _mediumWords = new ScreenWord?[shortSize];
#endif
            foreach (var pair in words)
            {
#if NET8_0_OR_GREATER
                if (Analysis.ShortWord.KeyOf(pair.Key) is ulong key)
                {
                    var at = Analysis.ShortWord.Slot(key, _shortBits);
                    while (_shortKeys[at] != 0)
                    {
                        at = (at + 1) & _shortMask;
                    }

                    _shortKeys[at] = key;
                    _shortWords[at] = pair.Value;
                }
                else if (Analysis.MediumWord.KeyOf(pair.Key) is var (low, high))
                {
                    var at = Analysis.MediumWord.Slot(low, high, _shortBits);
                    while (_mediumKeys[2 * at] != 0)
                    {
                        at = (at + 1) & _shortMask;
                    }

                    _mediumKeys[2 * at] = low;
                    _mediumKeys[(2 * at) + 1] = high;
                    _mediumWords[at] = pair.Value;
                }
#endif
                var slot = (int)(Hash(pair.Key) & (uint)_mask);
                while (_keys[slot] != null)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = pair.Key;
                _words[slot] = pair.Value;
            }
        }

        /// <summary>The hash of an empty word; extend it a character at a time with <see cref="Step"/>.</summary>
        public static uint Start => Seed;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint Step(uint hash, char c) => (hash ^ c) * Prime;

        /// <summary>What is known of the lower-case <paramref name="word"/> whose hash is <paramref name="hash"/>, or null.</summary>
        public ScreenWord? Find(ReadOnlySpan<char> word, uint hash)
        {
            var slot = (int)(hash & (uint)_mask);
            while (_keys[slot] is string key)
            {
                if (word.SequenceEqual(key.AsSpan()))
                {
                    return _words[slot];
                }

                slot = (slot + 1) & _mask;
            }

            return null;
        }

#if NET8_0_OR_GREATER
        // The words of at most seven ASCII letters and digits (most of the lexicon, and most words of a message) also by
        // their characters packed into a number (Analysis.ShortWord.Key): the screen reads such a word with one vector
        // load, and finds it here without hashing or comparing its characters.
        private readonly ulong[] _shortKeys;
        private readonly ScreenWord?[] _shortWords;
        private readonly int _shortMask;
        private readonly int _shortBits;

        /// <summary>What is known of the short word whose characters <paramref name="key"/> packs, or null.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public ScreenWord? FindShort(ulong key)
        {
            var slot = Analysis.ShortWord.Slot(key, _shortBits);
            while (_shortKeys[slot] is var k && k != 0)
            {
                if (k == key)
                {
                    return _shortWords[slot];
                }

                slot = (slot + 1) & _shortMask;
            }

            return null;
        }

        // The words of eight to fifteen ASCII letters and digits likewise, by the two numbers their characters pack into
        // (Analysis.MediumWord), side by side in one array; a slot is empty while its first number is 0.
        private readonly ulong[] _mediumKeys;
        private readonly ScreenWord?[] _mediumWords;

        /// <summary>What is known of the word of eight to fifteen characters that <paramref name="low"/> and <paramref name="high"/> pack, or null.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public ScreenWord? FindMedium(ulong low, ulong high)
        {
            var slot = Analysis.MediumWord.Slot(low, high, _shortBits);
            while (_mediumKeys[2 * slot] is var k && k != 0)
            {
                if (k == low && _mediumKeys[(2 * slot) + 1] == high)
                {
                    return _mediumWords[slot];
                }

                slot = (slot + 1) & _shortMask;
            }

            return null;
        }
#endif

        /// <summary>The hash of <paramref name="word"/>, as <see cref="Step"/> builds it a character at a time.</summary>
        public static uint Hash(ReadOnlySpan<char> word)
        {
            var hash = Seed;
            foreach (var c in word)
            {
                hash = Step(hash, c);
            }

            return hash;
        }
    }
}
