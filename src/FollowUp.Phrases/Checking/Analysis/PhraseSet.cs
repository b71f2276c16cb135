using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A word list indexed by first word, so matching costs one dictionary lookup per token however long the list is.
    /// Phrases are written as text ("as soon as possible") and matched as token sequences.
    /// </summary>
    internal sealed class PhraseSet
    {
        private readonly Dictionary<string, string[][]> _byFirstWord;

        // The first words again, as a list the tokens' words remember: most words start no phrase, and say so with a
        // bit test instead of a dictionary look-up.
        private readonly WordList _starts;

        public PhraseSet(Vocabulary owner, params string[] phrases)
        {
            All = phrases.Select(p => p.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToArray();
            _byFirstWord = All
                .GroupBy(p => p[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
            _starts = owner.ListOf(_byFirstWord.Keys);
        }

        /// <summary>The phrases as token sequences.</summary>
        public IReadOnlyList<string[]> All { get; }

        /// <summary>The words a phrase starts with.</summary>
        public IEnumerable<string> FirstWords => _byFirstWord.Keys;

        /// <summary>The token count of the longest phrase starting at token <paramref name="i"/>, or 0.</summary>
        public int Match(MessageAnalysis a, int i, int end, bool allowNames = false)
        {
            var tokens = a.Tokens;
            if (i >= end || !_starts.Contains(tokens[i]) || !_byFirstWord.TryGetValue(tokens[i].Lower, out var candidates))
            {
                return 0;
            }

            foreach (var phrase in candidates)
            {
                if (a.WordsAt(i, phrase, end, allowNames))
                {
                    return phrase.Length;
                }
            }

            return 0;
        }

        /// <summary>The longest phrase starting at token <paramref name="i"/>, or null.</summary>
        public string[]? Find(MessageAnalysis a, int i, int end)
        {
            if (i >= end || !_starts.Contains(a.Tokens[i]) || !_byFirstWord.TryGetValue(a.Tokens[i].Lower, out var candidates))
            {
                return null;
            }

            foreach (var phrase in candidates)
            {
                if (a.WordsAt(i, phrase, end))
                {
                    return phrase;
                }
            }

            return null;
        }

        /// <summary>Whether any phrase occurs in tokens [first, end).</summary>
        public bool AnyIn(MessageAnalysis a, int first, int end, bool allowNames = false)
        {
            var tokens = a.Tokens;
            for (var i = first; i < end; i++)
            {
                if (_starts.Contains(tokens[i]) && Match(a, i, end, allowNames) > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
