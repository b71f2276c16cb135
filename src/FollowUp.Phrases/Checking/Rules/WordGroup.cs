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
        public WordGroup(string[]? lists = null, string[]? words = null, string[]? everyWordOf = null)
        {
            Lists = lists ?? Array.Empty<string>();
            Words = words ?? Array.Empty<string>();
            EveryWordOf = everyWordOf ?? Array.Empty<string>();
        }

        public IReadOnlyList<string> Lists { get; }

        public IReadOnlyList<string> Words { get; }

        public IReadOnlyList<string> EveryWordOf { get; }

        /// <summary>A group of the entries of <paramref name="lists"/>.</summary>
        public static WordGroup Of(params string[] lists) => new WordGroup(lists);
    }
}
