using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// One string per distinct token text: a message repeats its words (and its punctuation) many times, and follow-ups
    /// repeat each other's, so a string per occurrence was most of the memory of a reading. Keyed by the characters
    /// themselves, so looking a word up allocates nothing; long tokens (a CJK run, a URL) are not pooled. Each thread
    /// keeps one pool for the messages it reads, started afresh once it holds <see cref="MaxWords"/> words, so a thread
    /// keeps at most a few hundred kilobytes of words however much it reads. A word only one message has held so far is
    /// not pooled yet but <see cref="Young"/>: most such words (order and tracking numbers) are never met again.
    /// </summary>
    internal sealed class WordPool
    {
        /// <summary>Tokens longer than this get their own string: they rarely repeat, and hashing them costs.</summary>
        public const int MaxPooledLength = 32;

        /// <summary>Distinct words a thread's pool holds before it starts afresh.</summary>
        public const int MaxWords = 8192;

        [ThreadStatic]
        private static WordPool? t_pool;

        /// <summary>This thread's pool, or a fresh one when it is full.</summary>
        public static WordPool ForThisThread() => t_pool is { } pool && pool._count < MaxWords ? pool : t_pool = new WordPool();

        private Word?[] _slots = new Word?[32]; // grows with the message: a short one pays for a short table
        private int[] _hashes = new int[32];
        private int _count;

        /// <summary>The pooled word whose text is <paramref name="chars"/>[0, <paramref name="length"/>).</summary>
        public Word Get(char[] chars, int length) =>
            length > MaxPooledLength ? new Word(new string(chars, 0, length)) : Get(chars, length, Hash(chars.AsSpan(0, length)));

        /// <summary>
        /// As <see cref="Get(char[], int)"/>, with the hash the caller worked out while it wrote the characters (from
        /// <see cref="HashStart"/>, a <see cref="HashStep"/> per character, then <see cref="HashEnd"/>).
        /// </summary>
        public Word Get(char[] chars, int length, int hash) => Get(chars, length, hash, keep: false);

        private Word Get(char[] chars, int length, int hash, bool keep)
        {
            if (length > MaxPooledLength)
            {
                return new Word(new string(chars, 0, length));
            }

            var mask = _slots.Length - 1;
            var slot = hash & mask;
            while (_slots[slot] is Word existing)
            {
                if (_hashes[slot] == hash && Equal(existing.Text, chars, length))
                {
                    return existing;
                }

                slot = (slot + 1) & mask;
            }

            return FromYoung(slot, hash, chars.AsSpan(0, length), null, 0, length, false, keep);
        }

        /// <summary>
        /// The pooled word for <paramref name="text"/>[<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>),
        /// a run of ASCII letters and digits, lower-cased when <paramref name="hasUpper"/>; <paramref name="hash"/> is that
        /// of its lower-cased characters. Compared with the text where it stands: nothing is copied unless the word is new.
        /// </summary>
        public Word GetAscii(string text, int start, int length, int hash, bool hasUpper)
        {
            if (length <= MaxPooledLength)
            {
                var mask = _slots.Length - 1;
                var slot = hash & mask;
                while (_slots[slot] is Word existing)
                {
                    if (_hashes[slot] == hash && EqualAscii(existing.Text, text, start, length, hasUpper))
                    {
                        return existing;
                    }

                    slot = (slot + 1) & mask;
                }

                return InsertAscii(slot, hash, text, start, length, hasUpper);
            }

            return Unpooled(text, start, length, hasUpper);
        }

        // A word met for the first time, and one too long to pool: out of line, so the look-up a tokenizer inlines at every
        // word stays small (its stack frame was a tenth of the time it took).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private Word InsertAscii(int slot, int hash, string text, int start, int length, bool hasUpper) =>
            FromYoung(slot, hash, default, text, start, length, hasUpper);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static Word Unpooled(string text, int start, int length, bool hasUpper) => new Word(Lowered(text, start, length, hasUpper));

        /// <summary>An ASCII capital lower-cased (setting its bit 5); any other character as it is.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char LowerAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

        // ASCII only: lower-casing is setting one bit of each capital.
        private static string Lowered(string text, int start, int length, bool hasUpper)
        {
            var word = text.Substring(start, length);
            return hasUpper ? word.ToLowerInvariant() : word;
        }

        /// <summary>Whether <paramref name="s"/> is <paramref name="text"/>'s <paramref name="length"/> characters from <paramref name="start"/>, lower-cased when <paramref name="hasUpper"/> (ASCII).</summary>
        internal static bool EqualAscii(string s, string text, int start, int length, bool hasUpper)
        {
            if (s.Length != length)
            {
                return false;
            }

            // Words are short: a loop of their own beats a general comparison's checks and set-up (most of the look-up).
            for (var i = 0; i < s.Length; i++)
            {
                var c = text[start + i];
                if (s[i] != (hasUpper ? LowerAscii(c) : c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The words met in one generation only, and the generations themselves (see <see cref="YoungWords"/>).</summary>
        public YoungWords Young { get; } = new YoungWords();

        // A word the pool does not hold (its empty slot there is slot): the young one of this text, made now if need be, or
        // — when a later generation meets a young word again, or the caller keeps the word (keep) — that word, moved to the
        // pool. The characters are chars, or text's from start (lower-cased when hasUpper).
        private Word FromYoung(int slot, int hash, ReadOnlySpan<char> chars, string? text, int start, int length, bool hasUpper, bool keep = false)
        {
            if (Young.Find(hash, chars, text, start, length, hasUpper, keep, out var moveToPool) is { } young)
            {
                return moveToPool ? Insert(slot, hash, young) : young;
            }

            var created = new Word(text != null ? Lowered(text, start, length, hasUpper) : chars.ToString());
            return keep || !Young.TryAdd(created, hash) ? Insert(slot, hash, created) : created;
        }

        private Word Insert(int slot, int hash, Word created)
        {
            if (_count >= 8 * MaxWords)
            {
                return created; // one huge message of distinct words: the table stops growing
            }

            _slots[slot] = created;
            _hashes[slot] = hash;
            if (++_count * 2 > _slots.Length)
            {
                Grow();
            }

            return created;
        }

        /// <summary>The pooled word for <paramref name="text"/>[<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
        public Word Get(string text, int start, int length, char[] scratch)
        {
            if (length > MaxPooledLength)
            {
                return new Word(text.Substring(start, length));
            }

            text.CopyTo(start, scratch, 0, length);
            return Get(scratch, length);
        }

        /// <summary>The pooled word whose text is <paramref name="text"/>.</summary>
        public Word Get(string text, char[] scratch) => Get(text, 0, text.Length, scratch);

        /// <summary>
        /// A web address as written and its word (lower case), the same strings as the last time this thread met the same
        /// address: a message and its thread repeat their links (the shop, the tracking page, the way to unsubscribe),
        /// and each was two strings and a word per occurrence. Links are too long for the pool; a small table of recent
        /// ones, each compared with the text where it stands, keeps them.
        /// </summary>
        public (string Url, Word Word) Link(string text, int start, int length)
        {
            ref var kept = ref _links[Hash(text.AsSpan(start, length)) & (_links.Length - 1)];
            if (kept.Url is { } url && url.Length == length && string.CompareOrdinal(url, 0, text, start, length) == 0)
            {
                return (url, kept.Word);
            }

            url = text.Substring(start, length);
            var word = new Word(url.ToLowerInvariant());
            kept = (url, word);
            return (url, word);
        }

        private readonly (string? Url, Word Word)[] _links = new (string?, Word)[64];

#if NET8_0_OR_GREATER
        // Words of up to seven ASCII letters and digits by their characters packed into a number (ShortWord.Key): a slot
        // per number's hash, the last word to land there kept. A miss goes to the pool, so a text has one word whichever
        // way it was looked up.
        private const int ShortBits = 12;
        private readonly ulong[] _shortKeys = new ulong[1 << ShortBits];
        private readonly Word?[] _shortWords = new Word?[1 << ShortBits];

        /// <summary>The word whose lower-cased characters <paramref name="key"/> packs (<see cref="ShortWord"/>), when it was met lately.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Word? Short(ulong key)
        {
            var slot = ShortWord.Slot(key, ShortBits);
            return _shortKeys[slot] == key ? _shortWords[slot] : null;
        }

        /// <summary>
        /// The pooled word for the <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="text"/>
        /// that <paramref name="key"/> packs lower-cased, kept for <see cref="Short"/>.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public Word ShortMissed(ulong key, string text, int start, int length, bool hasUpper)
        {
            var word = GetAscii(text, start, length, PackedHash(key, 0, length), hasUpper);
            if (word.IsYoung)
            {
                return word;
            }

            var slot = ShortWord.Slot(key, ShortBits);
            _shortKeys[slot] = key;
            _shortWords[slot] = word;
            return word;
        }

        // Words of eight to fifteen ASCII letters and digits by their two packed numbers (MediumWord), as above: "tracking",
        // "delivery", "1234567890" — a tenth of a message's words, each a loop over its characters and a string comparison
        // in the pool when cut one character at a time.
        private const int MediumBits = 10;
        private readonly (ulong Low, ulong High, Word? Word)[] _medium = new (ulong, ulong, Word?)[1 << MediumBits];

        /// <summary>The word whose lower-cased characters <paramref name="low"/> and <paramref name="high"/> pack (<see cref="MediumWord"/>), when it was met lately.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Word? Medium(ulong low, ulong high)
        {
            ref readonly var kept = ref _medium[MediumWord.Slot(low, high, MediumBits)];
            return kept.Low == low && kept.High == high ? kept.Word : null;
        }

        /// <summary>
        /// The pooled word for the <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="text"/>
        /// that <paramref name="low"/> and <paramref name="high"/> pack lower-cased, kept for <see cref="Medium"/>.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public Word MediumMissed(ulong low, ulong high, string text, int start, int length, bool hasUpper)
        {
            var word = GetAscii(text, start, length, PackedHash(low, high, length), hasUpper);
            if (word.IsYoung)
            {
                return word;
            }

            _medium[MediumWord.Slot(low, high, MediumBits)] = (low, high, word);
            return word;
        }

        // The pool's hash of a word whose lower-cased characters are packed a byte each, the first eight in low, the rest
        // in high (ShortWord, MediumWord): the same hash as its characters give one by one.
        private static int PackedHash(ulong low, ulong high, int length)
        {
            var hash = HashStart;
            for (var i = 0; i < length; i++)
            {
                hash = HashStep(hash, (char)(((i < 8 ? low : high) >> (8 * (i & 7))) & 0xFF));
            }

            return HashEnd(hash);
        }
#endif

        /// <summary>A word's hash before its first character (FNV-1a).</summary>
        public const int HashStart = unchecked((int)2166136261);

        /// <summary>The hash after one more character.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int HashStep(int hash, char c) => unchecked((hash ^ c) * 16777619);

        /// <summary>The hash of a whole word.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int HashEnd(int hash) => hash & int.MaxValue;

        /// <summary>The pooled word of one ASCII mark (",", "."): marks are a third of a message's tokens.</summary>
        public Word Mark(char c)
        {
            return _marks[c] ??= Kept(c);
        }

        // The pooled word of one character, never young: the marks' table keeps it for good.
        private Word Kept(char c)
        {
            var chars = new[] { c };
            return Get(chars, 1, Hash(chars), keep: true);
        }

        private readonly Word?[] _marks = new Word?[128];

        private static int Hash(ReadOnlySpan<char> chars)
        {
            var h = HashStart;
            foreach (var c in chars)
            {
                h = HashStep(h, c);
            }

            return HashEnd(h);
        }

        private static bool Equal(string s, char[] chars, int length)
        {
            if (s.Length != length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (s[i] != chars[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void Grow()
        {
            var slots = _slots;
            var hashes = _hashes;
            _slots = new Word?[slots.Length * 2];
            _hashes = new int[slots.Length * 2];
            var mask = _slots.Length - 1;
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] is Word s)
                {
                    var slot = hashes[i] & mask;
                    while (_slots[slot] != null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _slots[slot] = s;
                    _hashes[slot] = hashes[i];
                }
            }
        }
    }
}
