using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Phrasebooks
{
    /// <summary>Thrown when a phrase key is not in the phrasebook; the message lists the keys that are.</summary>
    public sealed class UnknownPhraseException : FollowUpException
    {
        internal UnknownPhraseException(string key, IEnumerable<PhraseKey> known)
            : base($"Unknown phrase '{key}'. Known phrases: {string.Join(", ", known.OrderBy(k => k).Select(k => k.Value))}.")
        {
            Key = key;
        }

        /// <summary>The key that was asked for.</summary>
        public string Key { get; }
    }
}
