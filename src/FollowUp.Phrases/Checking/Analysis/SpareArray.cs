using System;
using System.Buffers;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// One array of <typeparamref name="T"/> kept per thread for the next reading, in front of the shared pool. Every
    /// reading rents the same few arrays (tokens, clauses, sentences' spans, regions) and gives them back: a rent and a
    /// return from the shared pool cost about 18 ns, a short message's reading takes four pairs, and the thread's own
    /// array is a field away. Arrays handed out come from the shared pool, so any of them may go back there.
    /// </summary>
    internal static class SpareArray<T>
    {
        // Larger arrays go back to the shared pool: a thread keeps no more than this many elements of each type.
        private const int MaxKept = 1024;

        [ThreadStatic]
        private static T[]? t_spare;

        /// <summary>An array of at least <paramref name="minimum"/> elements, not cleared: the thread's spare or a rented one.</summary>
        public static T[] Take(int minimum)
        {
            var spare = t_spare;
            if (spare != null && spare.Length >= minimum)
            {
                t_spare = null; // a reading inside a reading (a user's rule that checks) rents its own
                return spare;
            }

            return ArrayPool<T>.Shared.Rent(Math.Max(1, minimum));
        }

        /// <summary>Gives back an array from <see cref="Take"/> (or the shared pool): kept for the thread when small, else returned.</summary>
        public static void Give(T[] array)
        {
            if (Keep(array) is { } passed)
            {
                ArrayPool<T>.Shared.Return(passed);
            }
        }

        /// <summary>
        /// Appends <paramref name="item"/> to <paramref name="array"/>[0, <paramref name="count"/>), which came from
        /// <see cref="Take"/>: when it is full, a twice as long one is taken and the full one given back.
        /// </summary>
        public static void Append(ref T[] array, ref int count, T item)
        {
            if (count == array.Length)
            {
                var longer = Take(array.Length * 2);
                Array.Copy(array, longer, count);
                Give(array);
                array = longer;
            }

            array[count++] = item;
        }

        /// <summary>
        /// Keeps <paramref name="array"/> (from <see cref="Take"/> or the shared pool) as the thread's spare when it is small
        /// and no smaller than the spare; returns the array that goes back to the shared pool instead, if any: this one, or
        /// the spare it replaced. For an array of elements that hold references, which the caller clears first.
        /// </summary>
        public static T[]? Keep(T[] array)
        {
            if (array.Length == 0)
            {
                return null;
            }

            if (array.Length <= MaxKept && (t_spare is null || t_spare.Length < array.Length))
            {
                var replaced = t_spare;
                t_spare = array;
                return replaced;
            }

            return array;
        }
    }
}
