#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The tests <see cref="ShortWord"/> and <see cref="MediumWord"/> make on eight characters at once (a lane per
    /// character: all ones where it holds), and the one they make on characters packed a byte each.
    /// </summary>
    internal static class AsciiLanes
    {
        /// <summary>
        /// Whether <paramref name="text"/> holds a run of up to <paramref name="maxLength"/> characters from
        /// <paramref name="start"/> and the character after it (read to know the run ends).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Fits(string text, int start, int maxLength) => (uint)start <= (uint)text.Length && text.Length - start > maxLength;

        /// <summary>The eight characters of <paramref name="text"/> from <paramref name="start"/> (unchecked: <see cref="Fits"/> first).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<ushort> At(string text, int start) =>
            Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan())), (nuint)start);

        /// <summary>Writes eight characters to <paramref name="buffer"/> from <paramref name="at"/> (unchecked: the caller sees it is long enough).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Write(char[] buffer, int at, Vector128<ushort> chars) =>
            chars.StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer)), (nuint)at);

        /// <summary>The lanes holding a capital A–Z.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<ushort> Capitals(Vector128<ushort> v) =>
            Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));

        /// <summary>The lanes holding a lower-case a–z.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<ushort> LowerCase(Vector128<ushort> v) =>
            Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));

        /// <summary>The lanes holding a digit 0–9.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<ushort> Digits(Vector128<ushort> v) =>
            Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));

        /// <summary>The characters with their <paramref name="capitals"/> lowered.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<ushort> Lowered(Vector128<ushort> v, Vector128<ushort> capitals) => v | (capitals & Vector128.Create((ushort)0x20));

        /// <summary>
        /// Whether a byte of <paramref name="packed"/> (characters a byte each, zero bytes past them) is <paramref name="c"/>,
        /// an ASCII character other than zero.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool HoldsByte(ulong packed, char c)
        {
            // A byte that equals c becomes zero; a zero byte past the characters becomes c, never zero.
            const ulong Ones = 0x0101010101010101UL, Highs = 0x8080808080808080UL;
            var x = packed ^ (Ones * c);
            return ((x - Ones) & ~x & Highs) != 0;
        }
    }
}
#endif
