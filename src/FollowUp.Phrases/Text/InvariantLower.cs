using System.Threading;

namespace FollowUp.Phrases.Text
{
    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, answered from a table: outside ASCII that call asks the platform's
    /// Unicode library (ICU on Linux) character by character, and a Chinese or accented message has every character
    /// lowered somewhere — by the tokenizer, the screen, the payment-label search. The table is made a block of 256
    /// characters at a time, from that same call, the first time a character of the block is lowered: the answers are
    /// the call's own, whatever the platform.
    /// </summary>
    internal static class InvariantLower
    {
        // Blocks by the character's high byte; made on first use. Two threads may both make a block: the same answers,
        // and either array is kept.
        private static readonly char[]?[] s_blocks = new char[]?[256];

        /// <summary>The invariant lower case of <paramref name="c"/>, as <see cref="char.ToLowerInvariant(char)"/> gives it.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char Of(char c)
        {
            if (c < '\u0080')
            {
                return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }

            var block = Volatile.Read(ref s_blocks[c >> 8]) ?? Block(c >> 8);
            return block[c & 0xFF];
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static char[] Block(int high)
        {
            var block = new char[256];
            for (var low = 0; low < 256; low++)
            {
                block[low] = char.ToLowerInvariant((char)((high << 8) | low));
            }

            Volatile.Write(ref s_blocks[high], block);
            return block;
        }
    }
}
