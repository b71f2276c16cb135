using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// What a built-in rule needs to see before it can report anything: <see cref="TextFeatures"/>, or one of several
    /// alternatives, each a set of <see cref="WordGroup"/>s that must all occur in the message ("a seller action" and "be",
    /// for a passive). A message with none of them cannot give the rule a finding, so the checker answers it without the
    /// deep reading. Triggers are necessary conditions, not findings: a test holds the screen to the full reading over every
    /// corpus message, sentence and built-in phrase.
    /// </summary>
    internal sealed class RuleTriggers
    {
        public RuleTriggers(TextFeatures features, params WordGroup[][] alternatives)
        {
            Features = features;
            Alternatives = alternatives ?? throw new ArgumentNullException(nameof(alternatives));
        }

        public TextFeatures Features { get; }

        /// <summary>Each alternative is satisfied when a word of every one of its groups occurs.</summary>
        public IReadOnlyList<IReadOnlyList<WordGroup>> Alternatives { get; }

        /// <summary>Triggers on the features or on any entry of any of <paramref name="lists"/>.</summary>
        public static RuleTriggers Any(TextFeatures features, params string[] lists) =>
            new RuleTriggers(features, lists.Select(l => new[] { WordGroup.Of(l) }).ToArray());

        /// <summary>Triggers on the features alone.</summary>
        public static RuleTriggers OnFeatures(TextFeatures features) => new RuleTriggers(features);
    }
}
