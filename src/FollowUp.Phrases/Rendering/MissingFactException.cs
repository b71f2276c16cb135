using System.Collections.Generic;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Thrown when a phrase needs facts the order lacks. Rendering never prints a blank where a fact belongs:
    /// a follow-up that says "tracking number: ." loses the buyer's trust.
    /// </summary>
    public sealed class MissingFactException : FollowUpException
    {
        internal MissingFactException(string phraseKey, string locale, IReadOnlyList<string> facts)
            : base($"Phrase '{phraseKey}' ({locale}) needs {(facts.Count == 1 ? "fact" : "facts")} {string.Join(", ", Quote(facts))}, which the order does not have. Set {(facts.Count == 1 ? "it" : "them")} on the OrderSnapshot before rendering.")
        {
            PhraseKey = phraseKey;
            Locale = locale;
            Facts = facts;
        }

        /// <summary>The phrase that was being rendered.</summary>
        public string PhraseKey { get; }

        /// <summary>The locale that was being rendered.</summary>
        public string Locale { get; }

        /// <summary>The facts the order lacks, by template name (<c>shipment.tracking_number</c>).</summary>
        public IReadOnlyList<string> Facts { get; }

        private static IEnumerable<string> Quote(IReadOnlyList<string> facts)
        {
            foreach (var f in facts)
            {
                yield return "'" + f + "'";
            }
        }
    }
}
