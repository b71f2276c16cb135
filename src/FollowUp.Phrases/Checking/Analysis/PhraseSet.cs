using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A word list as a trie over words: matching walks one dictionary step per word of the text it matches, however many
    /// phrases share a first word ("you asked whether", "you asked us if", "you wanted to know when"…: one step for "you",
    /// not a comparison with each of them). Phrases are written as text ("as soon as possible") and matched as token
    /// sequences; the longest phrase that matches wins.
    /// </summary>
    internal sealed class PhraseSet
    {
        private readonly Dictionary<string, Node> _byFirstWord;

        // The first words again, as a list the tokens' words remember: most words start no phrase, and say so with a
        // bit test instead of a dictionary look-up.
        private readonly WordList _starts;

        public PhraseSet(Vocabulary owner, params string[] phrases)
        {
            All = phrases.Select(p => p.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToArray();
            _byFirstWord = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var phrase in All)
            {
                if (phrase.Length == 0)
                {
                    continue;
                }

                var node = Step(_byFirstWord, phrase[0]);
                for (var k = 1; k < phrase.Length; k++)
                {
                    node = Step(node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal), phrase[k]);
                }

                node.Phrase ??= phrase; // a repeated phrase: the first one written
            }

            _starts = owner.ListOf(_byFirstWord.Keys);
            _alone = owner.ListOf(All.Where(p => p.Length == 1).Select(p => p[0]));
            _seconds = owner.ListOf(All.Where(p => p.Length > 1).Select(p => p[1]));
        }

        // The words that are a phrase alone, and those that stand second in one: a first word that is no phrase alone
        // ("the", "a": the commonest starts) starts one only before a second word, which the next token's word says from
        // its remembered answers, where the walk looked both words up in the trie.
        private readonly WordList _alone;
        private readonly WordList _seconds;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool MayStartAt(TokenList tokens, int i, int end) =>
            _starts.Contains(tokens[i]) && (_alone.Contains(tokens[i]) || (i + 1 < end && _seconds.Contains(tokens[i + 1])));

        /// <summary>The phrases as token sequences.</summary>
        public IReadOnlyList<string[]> All { get; }

        public IEnumerable<string> FirstWords => _byFirstWord.Keys;

        /// <summary>The first words as a list of the vocabulary (to make it hot: <see cref="Vocabulary.Hot"/>).</summary>
        internal WordList Starts => _starts;

        /// <summary>
        /// The length in tokens of the longest phrase starting at token <paramref name="i"/> and ending before
        /// <paramref name="end"/>, or 0. Quoted words and links match nothing; names only when <paramref name="allowNames"/>.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Match(MessageAnalysis a, int i, int end, bool allowNames = false) =>
            i < end && MayStartAt(a.Tokens, i, end) ? Longest(a, i, end, allowNames)?.Length ?? 0 : 0;

        /// <summary>The longest phrase starting at token <paramref name="i"/>, as <see cref="Match"/> finds it, or null.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public string[]? Find(MessageAnalysis a, int i, int end) =>
            i < end && MayStartAt(a.Tokens, i, end) ? Longest(a, i, end, allowNames: false) : null;

        public bool AnyIn(MessageAnalysis a, int first, int end, bool allowNames = false)
        {
            for (var i = first; i < end; i++)
            {
                if (Match(a, i, end, allowNames) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        // Callers ask at nearly every token and nearly every word starts no phrase: the test in Match is inlined into
        // their loops, and only a word that starts one pays for the walk.
        private string[]? Longest(MessageAnalysis a, int i, int end, bool allowNames)
        {
            var tokens = a.Tokens;
            if (!_byFirstWord.TryGetValue(tokens[i].Lower, out var node))
            {
                return null;
            }

            string[]? longest = null;
            for (var k = i; ; )
            {
                // node holds the words up to token k, which must itself be matchable.
                if (!MessageAnalysis.Matchable(tokens[k], allowNames))
                {
                    return longest;
                }

                longest = node.Phrase ?? longest;
                if (++k >= end || node.Next is null || !node.Next.TryGetValue(tokens[k].Lower, out node))
                {
                    return longest;
                }
            }
        }

        private static Node Step(Dictionary<string, Node> next, string word)
        {
            if (!next.TryGetValue(word, out var node))
            {
                next[word] = node = new Node();
            }

            return node;
        }

        private sealed class Node
        {
            /// <summary>The words that may follow, or null at the end of every phrase through here.</summary>
            public Dictionary<string, Node>? Next;

            /// <summary>The phrase that ends here, or null.</summary>
            public string[]? Phrase;
        }
    }
}
