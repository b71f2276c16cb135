using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>Lists several parts of the analysis share: futures and requests, order words, pleasantries.</summary>
    internal sealed class Lexicon
    {
        public Lexicon(Vocabulary v)
        {
            FutureOrRequest = v.Words("common.future-or-request");
            OrderWords = v.Words("common.order-words");
            Pleasantries = v.Phrases("common.pleasantries");
            ChinesePleasantries = v.Terms("common.pleasantries");
        }

        /// <summary>"we'll", "i'll", "it'll": a contracted future.</summary>
        public static bool IsContractedWill(string lower) => lower.EndsWith("'ll", StringComparison.Ordinal);

        public WordList FutureOrRequest { get; }

        public WordList OrderWords { get; }

        // Closings about meeting or talking again: "soon" there is warmth, not a delivery promise.
        public PhraseSet Pleasantries { get; }

        public TermSet ChinesePleasantries { get; }
    }
}
