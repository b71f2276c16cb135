using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Whether a sentence may hold a phrase of some phrase lists, or a word of some word lists, told from the sentence's
    /// summary (<see cref="Sentence.Hot"/>) without visiting its tokens. A phrase of one word needs that word; a longer
    /// one needs its first word and its second. First words alone say little: "we" opens "we guarantee", "the" opens "the
    /// next few days", and most sentences hold both; few hold "guarantee" or "next" as well.
    /// </summary>
    internal sealed class PhraseStarts
    {
        private readonly WordList _alone;
        private readonly WordList _openers;
        private readonly WordList _seconds;

        /// <summary>Hot lists of <paramref name="vocabulary"/> for <paramref name="phrases"/> and <paramref name="words"/>; made while it is built.</summary>
        public PhraseStarts(Vocabulary vocabulary, IEnumerable<IReadOnlyList<string[]>> phrases, IEnumerable<string> words)
        {
            var all = phrases.SelectMany(p => p).Where(p => p.Length > 0).ToArray();
            _alone = vocabulary.Hot(vocabulary.ListOf(all.Where(p => p.Length == 1).Select(p => p[0]).Concat(words)));
            _openers = vocabulary.Hot(vocabulary.ListOf(all.Where(p => p.Length > 1).Select(p => p[0])));
            _seconds = vocabulary.Hot(vocabulary.ListOf(all.Where(p => p.Length > 1).Select(p => p[1])));
        }

        /// <summary>False only when no phrase and no word of the lists can start in <paramref name="sentence"/>.</summary>
        public bool MayStartIn(in Sentence sentence) =>
            sentence.MayHold(_alone) || (sentence.MayHold(_openers) && sentence.MayHold(_seconds));

        /// <summary>
        /// For a token that opens a phrase or is a word of the lists: false only when none can start at token
        /// <paramref name="i"/> before <paramref name="end"/> — it is no word of the lists nor a one-word phrase, and no
        /// longer phrase's second word follows it ("the" before "order", where "the next few days" would need "next").
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayStartAt(TokenList tokens, int i, int end) => _alone.Contains(tokens[i]) || SecondFollows(tokens, i, end);

        /// <summary>Whether a longer phrase's second word follows token <paramref name="i"/> before <paramref name="end"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool SecondFollows(TokenList tokens, int i, int end) => i + 1 < end && _seconds.Contains(tokens[i + 1]);
    }
}
