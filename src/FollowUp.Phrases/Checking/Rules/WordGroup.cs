using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// Words a rule's trigger needs one of: the entries of pack lists (in every pack), matched as the reading matches a
    /// list's phrases — word by word, so "order now" needs both words — and literal words or phrases the grammar names in
    /// code. <see cref="EveryWordOf"/> lists are matched by any single word of any entry, for grammar that reads the later
    /// words of a list's phrases on their own.
    /// </summary>
    internal sealed class WordGroup
    {
        public WordGroup(string[]? lists = null, string[]? words = null, string[]? everyWordOf = null, bool notAfterConditional = false)
        {
            Lists = lists ?? Array.Empty<string>();
            Words = words ?? Array.Empty<string>();
            EveryWordOf = everyWordOf ?? Array.Empty<string>();
            NotAfterConditional = notAfterConditional;
        }

        public IReadOnlyList<string> Lists { get; }

        public IReadOnlyList<string> Words { get; }

        public IReadOnlyList<string> EveryWordOf { get; }

        /// <summary>
        /// Whether a word of the group counts for nothing after a conditional earlier in its clause ("If the tracking shows
        /// no movement for 5 days, we will…" reports no problem): for rules whose reading skips such clauses. The screen
        /// applies it only where it can be sure the reading's clause holds the conditional too (see MessageScreen.Scan).
        /// </summary>
        public bool NotAfterConditional { get; }

        /// <summary>A group of the entries of <paramref name="lists"/>.</summary>
        public static WordGroup Of(params string[] lists) => new WordGroup(lists);
    }
}
