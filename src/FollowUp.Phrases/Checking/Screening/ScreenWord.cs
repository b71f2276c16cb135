using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>What the screen knows of one lower-case word: built once per checker, read for every occurrence.</summary>
    internal sealed class ScreenWord
    {
        /// <summary>The word groups (and word classes) the word alone belongs to.</summary>
        public ulong Bits { get; set; }

        /// <summary>Phrases starting with the word (while the table is built).</summary>
        public List<ScreenPhrase>? Phrases { get; set; }

        /// <summary>The same phrases, fixed once the table is built.</summary>
        public ScreenPhrase[]? PhraseArray { get; private set; }

        /// <summary>
        /// The second words' hashes folded into 256 bits (a bit per hash's low eight bits): most following words are in no
        /// phrase, and this says so — at 64 bits, a word starting thirty phrases ("in", "we") let two following words in
        /// five through to the comparison of every phrase. Null for a word that starts none.
        /// </summary>
        public ulong[]? SecondBloom { get; private set; }

        /// <summary>Whether a word whose hash is <paramref name="hash"/> may be the second word of one of the phrases (asked of a word that starts some).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayBeSecond(uint hash) => (SecondBloom![(hash >> 6) & 3] & (1UL << (int)(hash & 63))) != 0;

        /// <summary>Whether a phrase's second token is a mark ("100 %"): such phrases are compared from the first word.</summary>
        public bool MarkSecond { get; private set; }

        /// <summary>Fixes the phrases into an array and folds their second words' hashes into <see cref="SecondBloom"/>.</summary>
        public void Seal()
        {
            if (Phrases != null)
            {
                PhraseArray = Phrases.ToArray();
                SecondBloom = new ulong[4];
                foreach (var phrase in PhraseArray)
                {
                    SecondBloom[(phrase.Hashes[0] >> 6) & 3] |= 1UL << (int)(phrase.Hashes[0] & 63);
                    MarkSecond |= !ScreenText.IsWordChar(phrase.Following[0][0]);
                }
            }
        }

        /// <summary>The languages no pack covers that the word is a detection clue of (the detector's indices).</summary>
        public int[]? Clues { get; set; }

        /// <summary>The language no pack covers whose detection ending the word has (the detector's index), or -1.</summary>
        public int UncoveredEnding { get; set; } = -1;

        /// <summary>What chat shorthand stands for ("l8r" → "later"), which the reading reads in its place.</summary>
        public string? ReadAs { get; set; }
    }
}
