#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The run of ASCII letters and digits at a place in the text when it is shorter than eight characters, read with
    /// one vector load: its length, which of its characters are capitals, lower-case letters and digits (a bit each,
    /// the first character lowest), and its characters lower-cased and packed into one number, a byte each. Most words
    /// of most messages are such runs, and cutting one a character at a time cost a step of a loop, a test and a hash
    /// multiplication per character.
    /// </summary>
    internal readonly struct ShortWord
    {
        /// <summary>The longest run read this way; a run as long as a vector (eight characters) may go on.</summary>
        public const int MaxLength = 7;

        private ShortWord(int length, ulong key, uint capitals, uint lowers, uint digits)
        {
            Length = length;
            Key = key;
            Capitals = capitals;
            Lowers = lowers;
            Digits = digits;
        }

        /// <summary>Characters in the run: 0 when it is longer than <see cref="MaxLength"/> or does not start with an ASCII letter or digit.</summary>
        public int Length { get; }

        /// <summary>The run lower-cased, a byte per character from the lowest: never 0 for a run.</summary>
        public ulong Key { get; }

        /// <summary>A bit per capital letter.</summary>
        public uint Capitals { get; }

        /// <summary>A bit per lower-case letter.</summary>
        public uint Lowers { get; }

        /// <summary>A bit per digit.</summary>
        public uint Digits { get; }

        /// <summary>The first character, lower-cased.</summary>
        public char First => (char)(Key & 0xFF);

        /// <summary>The last character, lower-cased.</summary>
        public char Last => (char)((Key >> (8 * (Length - 1))) & 0xFF);

        /// <summary>
        /// The <see cref="Key"/> a word of a word list would have if the text held it: its characters packed as
        /// <see cref="Read"/> packs a run, when it is at most <see cref="MaxLength"/> lower-case ASCII letters and digits;
        /// null otherwise (such a word is never read as a run).
        /// </summary>
        public static ulong? KeyOf(string word)
        {
            if (word.Length == 0 || word.Length > MaxLength)
            {
                return null;
            }

            var key = 0UL;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    return null;
                }

                key |= (ulong)c << (8 * i);
            }

            return key;
        }

        /// <summary>A hash of <paramref name="key"/> for a table of <paramref name="bits"/> bits of slots (up to 32), its high bits mixed in.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Slot(ulong key, int bits) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - bits));

        /// <summary>Whether one of the run's characters is <paramref name="c"/> (an ASCII character, lower case for a letter).</summary>
        public bool Holds(char c) => AsciiLanes.HoldsByte(Key, c);

        /// <summary>Writes the run's characters, lower-cased, to the start of <paramref name="buffer"/> (eight characters are written).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteLower(char[] buffer)
        {
            if (buffer.Length < MaxLength + 1)
            {
                throw new ArgumentException("A buffer of at least eight characters is needed.", nameof(buffer));
            }

            var wide = Vector128.WidenLower(Vector128.CreateScalar(Key).AsByte());
            AsciiLanes.Write(buffer, 0, wide);
        }

        /// <summary>
        /// The run starting at <paramref name="start"/>; none (length 0) when the text holds fewer than
        /// <see cref="MaxLength"/> + 1 characters from there (the character after the longest run is read, to know it
        /// ends): the caller reads such a word a character at a time.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ShortWord Read(string text, int start)
        {
            if (!AsciiLanes.Fits(text, start, MaxLength))
            {
                return default;
            }

            var v = AsciiLanes.At(text, start);
            var upper = AsciiLanes.Capitals(v);
            var capitals = upper.ExtractMostSignificantBits();
            var lowers = AsciiLanes.LowerCase(v).ExtractMostSignificantBits();
            var digits = AsciiLanes.Digits(v).ExtractMostSignificantBits();
            var length = System.Numerics.BitOperations.TrailingZeroCount(~(capitals | lowers | digits));
            if (length > MaxLength)
            {
                return default;
            }

            var keep = (1u << length) - 1;
            var lowered = AsciiLanes.Lowered(v, upper);
            var key = Vector128.Narrow(lowered, lowered).AsUInt64().ToScalar() & ((1UL << (8 * length)) - 1);
            return new ShortWord(length, key, capitals & keep, lowers & keep, digits & keep);
        }
    }
}
#endif
