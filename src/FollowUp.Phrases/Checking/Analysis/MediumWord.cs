#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The run of eight to fifteen ASCII letters and digits at a place in the text ("tracking", "delivery", "1234567890"),
    /// read with two vector loads as <see cref="ShortWord"/> reads a shorter one: its length, which of its characters are
    /// capitals, lower-case letters and digits (a bit each, the first character lowest), and its characters lower-cased
    /// and packed into two numbers, a byte each. Cut a character at a time, such a word cost a step of a loop, a test and
    /// a hash multiplication per character — a tenth of the screen's pass over a clean message went there.
    /// </summary>
    internal readonly struct MediumWord
    {
        /// <summary>The shortest run read this way: one character longer than <see cref="ShortWord.MaxLength"/>.</summary>
        public const int MinLength = ShortWord.MaxLength + 1;

        /// <summary>The longest run read this way; a run as long as two vectors (sixteen characters) may go on.</summary>
        public const int MaxLength = 15;

        private MediumWord(int length, ulong low, ulong high, uint capitals, uint lowers, uint digits)
        {
            Length = length;
            Low = low;
            High = high;
            Capitals = capitals;
            Lowers = lowers;
            Digits = digits;
        }

        /// <summary>Characters in the run: 0 when it is shorter than <see cref="MinLength"/>, longer than <see cref="MaxLength"/>, or does not start with an ASCII letter or digit.</summary>
        public int Length { get; }

        /// <summary>The run's first eight characters lower-cased, a byte per character from the lowest: never 0 for a run.</summary>
        public ulong Low { get; }

        /// <summary>The rest of the run lower-cased, as <see cref="Low"/> (0 for a run of eight).</summary>
        public ulong High { get; }

        /// <summary>A bit per capital letter.</summary>
        public uint Capitals { get; }

        /// <summary>A bit per lower-case letter.</summary>
        public uint Lowers { get; }

        /// <summary>A bit per digit.</summary>
        public uint Digits { get; }

        /// <summary>The run's last character, lower-cased.</summary>
        public char Last => (char)(((Length <= 8 ? Low : High) >> (8 * ((Length - 1) & 7))) & 0xFF);

        /// <summary>
        /// The <see cref="Low"/> and <see cref="High"/> a word of a word list would have if the text held it, when it is
        /// <see cref="MinLength"/> to <see cref="MaxLength"/> lower-case ASCII letters and digits; null otherwise (such a
        /// word is never read as a run).
        /// </summary>
        public static (ulong Low, ulong High)? KeyOf(string word)
        {
            if (word.Length < MinLength || word.Length > MaxLength)
            {
                return null;
            }

            ulong low = 0, high = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    return null;
                }

                if (i < 8)
                {
                    low |= (ulong)c << (8 * i);
                }
                else
                {
                    high |= (ulong)c << (8 * (i - 8));
                }
            }

            return (low, high);
        }

        /// <summary>A hash of a run's two numbers for a table of <paramref name="bits"/> bits of slots (up to 32).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Slot(ulong low, ulong high, int bits) =>
            (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> (64 - bits));

        /// <summary>Whether one of the run's characters is <paramref name="c"/> (an ASCII character, lower case for a letter).</summary>
        public bool Holds(char c) => AsciiLanes.HoldsByte(Low, c) || AsciiLanes.HoldsByte(High, c);

        /// <summary>Writes the run's characters, lower-cased, to the start of <paramref name="buffer"/> (sixteen characters are written).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteLower(char[] buffer)
        {
            if (buffer.Length < MaxLength + 1)
            {
                throw new ArgumentException("A buffer of at least sixteen characters is needed.", nameof(buffer));
            }

            var bytes = Vector128.Create(Low, High).AsByte();
            AsciiLanes.Write(buffer, 0, Vector128.WidenLower(bytes));
            AsciiLanes.Write(buffer, 8, Vector128.WidenUpper(bytes));
        }

        /// <summary>
        /// The run starting at <paramref name="start"/>; none (length 0) when it is shorter than <see cref="MinLength"/> or
        /// longer than <see cref="MaxLength"/>, or when the text holds fewer than <see cref="MaxLength"/> + 1 characters
        /// from there (the character after the longest run is read, to know it ends): the caller reads such a word a
        /// character at a time.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MediumWord Read(string text, int start)
        {
            if (!AsciiLanes.Fits(text, start, MaxLength))
            {
                return default;
            }

            var v0 = AsciiLanes.At(text, start);
            var v1 = AsciiLanes.At(text, start + 8);
            var upper0 = AsciiLanes.Capitals(v0);
            var upper1 = AsciiLanes.Capitals(v1);
            var capitals = upper0.ExtractMostSignificantBits() | (upper1.ExtractMostSignificantBits() << 8);
            var lowers = AsciiLanes.LowerCase(v0).ExtractMostSignificantBits() | (AsciiLanes.LowerCase(v1).ExtractMostSignificantBits() << 8);
            var digits = AsciiLanes.Digits(v0).ExtractMostSignificantBits() | (AsciiLanes.Digits(v1).ExtractMostSignificantBits() << 8);
            var length = System.Numerics.BitOperations.TrailingZeroCount(~(capitals | lowers | digits));
            if (length < MinLength || length > MaxLength)
            {
                return default;
            }

            var keep = (1u << length) - 1;
            var packed = Vector128.Narrow(AsciiLanes.Lowered(v0, upper0), AsciiLanes.Lowered(v1, upper1)).AsUInt64();
            var high = packed.GetElement(1) & ((1UL << (8 * (length - 8))) - 1);
            return new MediumWord(length, packed.ToScalar(), high, capitals & keep, lowers & keep, digits & keep);
        }
    }
}
#endif
