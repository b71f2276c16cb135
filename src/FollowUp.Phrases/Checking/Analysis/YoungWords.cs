using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The words a thread's <see cref="WordPool"/> met in one generation only — one reading, or the readings of one rendered
    /// message (<see cref="LineShare"/>): an order number, a tracking number, a buyer's name. Kept in the pool, each lived
    /// on (promoted by every collection, with its answers and notes) until the pool started afresh, and a service that
    /// renders a new order at every message spent a tenth of its time collecting them. Here they are dropped with this
    /// small table, young; a word a later generation meets again (a template's words, the shop's name) goes to the pool.
    /// </summary>
    /// <remarks>
    /// One text is one word within a generation: the table is emptied only between generations, never of the generation
    /// that just ended, and not while a message's readings are under way (<see cref="OpenShare"/>), whose later readings
    /// hold the first one's words in copied lines.
    /// </remarks>
    internal sealed class YoungWords
    {
        private const int Slots = 1024;

        /// <summary>
        /// When a generation starts with more young words than this, those of the generations before the last are dropped.
        /// Near the table's half (where it stops taking words), so that emptying it — a pass over every slot — happens once
        /// every few hundred new words, not at every message of a stream of new words (a help desk's messages, each with
        /// its own names and numbers), and a word that comes back a few messages later is still found.
        /// </summary>
        internal const int DropAbove = 384;

        /// <summary>The most young words the table takes (half its slots); a message's further new words go to the pool.</summary>
        internal const int MostYoung = Slots / 2;

        private readonly Word?[] _words = new Word?[Slots];
        private readonly int[] _hashes = new int[Slots];
        private readonly int[] _generations = new int[Slots];
        private int _count;
        private int _generation;
        private int _openShares;

        // Numbered per thread, not per pool: a message's readings may straddle a pool started afresh.
        [ThreadStatic]
        private static int t_generations;

        /// <summary>
        /// Starts a generation (a reading of its own). When there are many young words and no message's readings are under
        /// way, those older than the generation that just ended are dropped first: the last one's words have not yet had a
        /// later generation to meet them (a template's words, in its first render, are all young).
        /// </summary>
        public int NewGeneration()
        {
            if (_count > DropAbove && _openShares == 0)
            {
                KeepOnly(_generation);
            }

            return _generation = ++t_generations;
        }

        // Empties the table but for the young words of generation (put back in their places anew).
        private void KeepOnly(int generation)
        {
            var kept = 0;
            for (var y = 0; y < Slots; y++)
            {
                if (_words[y] is Word word && word.IsYoung && _generations[y] == generation)
                {
                    (_keptWords[kept], _keptHashes[kept]) = (word, _hashes[y]);
                    kept++;
                }
            }

            Array.Clear(_words, 0, Slots);
            _count = 0;
            for (var k = 0; k < kept; k++)
            {
                Put(_keptWords[k]!, _keptHashes[k], generation);
                _keptWords[k] = null;
            }
        }

        // Where KeepOnly holds the words it puts back: at most MostYoung slots are ever taken.
        private readonly Word?[] _keptWords = new Word?[MostYoung];
        private readonly int[] _keptHashes = new int[MostYoung];

        /// <summary>Goes on with a generation another reading of the same message started.</summary>
        public void Continue(int generation) => _generation = generation;

        /// <summary>A message's readings are under way: its young words are kept until <see cref="CloseShare"/>.</summary>
        public void OpenShare() => _openShares++;

        /// <summary>The readings <see cref="OpenShare"/> announced are done.</summary>
        public void CloseShare() => _openShares = Math.Max(0, _openShares - 1);

        /// <summary>
        /// The young word whose text is <paramref name="chars"/> (or <paramref name="text"/>'s <paramref name="length"/>
        /// characters from <paramref name="start"/>, lower-cased when <paramref name="hasUpper"/>), or null.
        /// <paramref name="keep"/>: the caller keeps the word in the pool for good. <paramref name="moveToPool"/> says the
        /// word is no longer young (a later generation met it, or it is kept): the caller puts it in the pool.
        /// </summary>
        public Word? Find(int hash, ReadOnlySpan<char> chars, string? text, int start, int length, bool hasUpper, bool keep, out bool moveToPool)
        {
            moveToPool = false;
            for (var y = hash & (Slots - 1); _words[y] is Word existing; y = (y + 1) & (Slots - 1))
            {
                if (_hashes[y] == hash && (text != null ? WordPool.EqualAscii(existing.Text, text, start, length, hasUpper) : existing.Text.AsSpan().SequenceEqual(chars)))
                {
                    if (existing.IsYoung && (keep || _generations[y] != _generation))
                    {
                        existing.IsYoung = false;
                        moveToPool = true;
                    }

                    return existing;
                }
            }

            return null;
        }

        /// <summary>Takes <paramref name="created"/> (a word <see cref="Find"/> did not find) as young; false when the table is half full (a message of many new words), and the caller pools it.</summary>
        public bool TryAdd(Word created, int hash)
        {
            if (_count >= MostYoung)
            {
                return false;
            }

            created.IsYoung = true;
            Put(created, hash, _generation);
            return true;
        }

        private void Put(Word word, int hash, int generation)
        {
            var y = hash & (Slots - 1);
            while (_words[y] != null)
            {
                y = (y + 1) & (Slots - 1);
            }

            (_words[y], _hashes[y], _generations[y]) = (word, hash, generation);
            _count++;
        }
    }
}
