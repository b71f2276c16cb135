using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// One distinct token text (lower case), shared by every token that reads it in the messages a thread checks, with
    /// the answers to "is this word in that list?" kept as they are asked. A reading asks the same few hundred lists
    /// about every word; follow-ups repeat their words, so after the first message most of those questions are a bit
    /// test instead of hashing the word again.
    /// </summary>
    /// <remarks>
    /// Answers are kept for the last two vocabularies (sets of language packs) that asked: a checker reads most
    /// messages with one. A word belongs to one thread's pool, and only that thread reads it: a reading is built and
    /// queried on the thread that checks the message (nothing the checker returns holds a token), so the memo needs no
    /// lock. It must not be shared across threads: switching vocabularies rewrites two fields at once.
    /// </remarks>
    internal sealed class Word
    {
        // For the vocabulary that asked last: pairs of 64-bit words, "asked" then "yes", a bit per list number.
        private Vocabulary? _owner;
        private ulong[] _answers = Empty;

        // The one before it, kept while a second vocabulary asks.
        private Vocabulary? _olderOwner;
        private ulong[] _olderAnswers = Empty;

        private static readonly ulong[] Empty = new ulong[0];

        public Word(string text)
        {
            Text = text;
        }

        /// <summary>The token's text, lower-cased, typographic apostrophes made straight.</summary>
        public string Text { get; }

        /// <summary>Whether the pool holds the word among those met in one generation only (see <see cref="WordPool"/>).</summary>
        public bool IsYoung { get; set; }

        /// <summary>Whether the word is in <paramref name="list"/>, answered from the memo when it was asked before.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool IsIn(WordList list)
        {
            var answers = _answers;
            var at = list.Slot;
            if (ReferenceEquals(_owner, list.Owner) && at < answers.Length && (answers[at] & list.Bit) != 0)
            {
                return (answers[at + 1] & list.Bit) != 0;
            }

            return Ask(list);
        }

        public override string ToString() => Text;

        // The answers for a vocabulary's hot lists, for the last two vocabularies that asked (as for the memo above).
        private Vocabulary? _hotOwner;
        private ulong _hot;
        private Vocabulary? _olderHotOwner;
        private ulong _olderHot;

        /// <summary>Whether the word is in each of <paramref name="vocabulary"/>'s hot lists, a bit per list (worked out once).</summary>
        /// <remarks>Asked for every token as it is cut: the answer kept for the vocabulary that asked last is read inline.</remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public ulong HotIn(Vocabulary vocabulary) => ReferenceEquals(_hotOwner, vocabulary) ? _hot : HotInOther(vocabulary);

        // The answers for a vocabulary other than the one that asked last: the one before it, or worked out now.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private ulong HotInOther(Vocabulary vocabulary)
        {
            (_olderHotOwner, _olderHot, _hotOwner, _hot) = ReferenceEquals(_olderHotOwner, vocabulary)
                ? (_hotOwner, _hot, _olderHotOwner, _olderHot)
                : (_hotOwner, _hot, vocabulary, vocabulary.HotAnswers(Text));
            return _hot;
        }

        // One more thing a word keeps, for the reader that asked last (the language detector: its clues in the word).
        private object? _noteOwner;
        private object? _note;

        /// <summary>What <paramref name="owner"/> noted about this word, or null when it has not (or another owner asked since).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public object? NoteOf(object owner) => ReferenceEquals(_noteOwner, owner) ? _note : null;

        /// <summary>Keeps <paramref name="note"/> for <paramref name="owner"/>, in place of any other owner's.</summary>
        public void Note(object owner, object note)
        {
            _note = note;
            _noteOwner = owner;
        }

        // What the checker's screen knows of the word (its entry in the screen's table, or none; the word's hash as the
        // screen hashes it; what the word alone shows, as the screen's bits), for the screen that asked last: a message
        // the screen sends to the reading is decided from the reading's tokens, and their words repeat.
        private object? _screenOwner;
        private object? _screenEntry;
        private uint _screenHash;
        private int _screenFacts;

        /// <summary>
        /// Whether <paramref name="owner"/> noted its entry for this word (<paramref name="entry"/>, null for none), the
        /// word's hash (<paramref name="hash"/>) and what the word shows (<paramref name="facts"/>); false when it has not,
        /// or another owner noted since.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool ScreenNoteOf(object owner, out object? entry, out uint hash, out int facts)
        {
            (entry, hash, facts) = (_screenEntry, _screenHash, _screenFacts);
            return ReferenceEquals(_screenOwner, owner);
        }

        /// <summary>Keeps <paramref name="owner"/>'s note of this word, in place of any other owner's.</summary>
        public void NoteForScreen(object owner, object? entry, uint hash, int facts)
        {
            (_screenEntry, _screenHash, _screenFacts) = (entry, hash, facts);
            _screenOwner = owner;
        }

        private bool Ask(WordList list)
        {
            if (!ReferenceEquals(_owner, list.Owner))
            {
                if (ReferenceEquals(_olderOwner, list.Owner))
                {
                    // The older vocabulary asks again: it becomes the recent one.
                    (_owner, _olderOwner) = (_olderOwner, _owner);
                    (_answers, _olderAnswers) = (_olderAnswers, _answers);
                }
                else
                {
                    // A third one takes the older one's place.
                    (_olderOwner, _olderAnswers) = (_owner, _answers);
                    (_owner, _answers) = (list.Owner, Empty);
                }
            }

            var answers = _answers;
            if (list.Slot < answers.Length && (answers[list.Slot] & list.Bit) != 0)
            {
                return (answers[list.Slot + 1] & list.Bit) != 0;
            }

            if (list.Slot + 1 >= answers.Length)
            {
                Array.Resize(ref answers, Math.Max(list.Slot + 2, answers.Length * 2));
            }

            var member = list.Contains(Text);
            answers[list.Slot + 1] |= member ? list.Bit : 0;
            answers[list.Slot] |= list.Bit;
            _answers = answers; // published after the answer is written
            return member;
        }
    }
}
