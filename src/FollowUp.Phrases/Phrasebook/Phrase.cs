using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Phrasebooks
{
    /// <summary>A standard follow-up: what it is for, the facts it quotes and its wording in each language.</summary>
    public sealed class Phrase
    {
        internal Phrase(PhraseKey key, OrderStage stage, MessagePurpose purpose, IReadOnlyList<string> requiredFacts,
            string? description, IReadOnlyDictionary<string, PhraseText> texts, string source, IReadOnlyList<Channel> channels, NodaTime.LocalDate? reviewedOn,
            IReadOnlyList<string>? sources = null)
        {
            Sources = sources ?? Array.Empty<string>();
            Channels = channels;
            ReviewedOn = reviewedOn;
            Key = key;
            Stage = stage;
            Purpose = purpose;
            RequiredFacts = requiredFacts;
            RequiredFactIndexes = OrderFacts.IndexesOf(requiredFacts);
            Description = description;
            Texts = texts;
            Source = source;
        }

        /// <summary>The channels the phrase suits. Marketplace-messaging phrases carry no external links and no marketing.</summary>
        public IReadOnlyList<Channel> Channels { get; }

        /// <summary>When a person last reviewed the wording; phrasebooks rot, see <see cref="Phrasebook.NotReviewedSince"/>.</summary>
        public NodaTime.LocalDate? ReviewedOn { get; }

        /// <summary>The stable key.</summary>
        public PhraseKey Key { get; }

        /// <summary>The stage the phrase is sent in.</summary>
        public OrderStage Stage { get; }

        /// <summary>Transactional or marketing; marketing phrases must carry an unsubscribe link.</summary>
        public MessagePurpose Purpose { get; }

        /// <summary>The facts the order must have before the phrase can be rendered (<c>shipment.tracking_number</c>).</summary>
        public IReadOnlyList<string> RequiredFacts { get; }

        /// <summary>Each of <see cref="RequiredFacts"/> by its number among the built-in facts (-1 for a custom one).</summary>
        internal int[] RequiredFactIndexes { get; }

        /// <summary>
        /// Where each platform rule the phrase quotes comes from ("Amazon Communication Guidelines: one review request per
        /// order"), so a reviewer can check that the rule still holds. Empty when the phrase quotes none.
        /// </summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>When to send it, for the people choosing phrases.</summary>
        public string? Description { get; }

        /// <summary>The wording per locale, keyed by BCP 47 tag (case-insensitive).</summary>
        public IReadOnlyDictionary<string, PhraseText> Texts { get; }

        /// <summary>Where the phrase was loaded from (a file name, or <c>built-in</c>).</summary>
        public string Source { get; }

        /// <summary>The locales the phrase is written in.</summary>
        public IEnumerable<string> Locales => Texts.Keys;

        /// <summary>
        /// The text for <paramref name="locale"/>, falling back from the most specific tag to its language and then to
        /// <c>en</c>: <c>de-AT</c> → <c>de</c> → <c>en</c>.
        /// </summary>
        /// <exception cref="ConfigurationException">Neither the locale, its language nor English is available.</exception>
        public PhraseText TextFor(string? locale)
        {
            foreach (var candidate in FallbackChain(locale))
            {
                if (Texts.TryGetValue(candidate, out var text))
                {
                    return text;
                }
            }

            throw new ConfigurationException($"Phrase '{Key}' has no text for '{locale}' and no English fallback; it has: {string.Join(", ", Texts.Keys)}.", "locale", locale, System.Linq.Enumerable.ToArray(Texts.Keys));
        }

        /// <summary>This phrase laid over <paramref name="earlier"/>: its settings and locales win, the earlier's other locales stay.</summary>
        internal Phrase Over(Phrase earlier)
        {
            var texts = new Dictionary<string, PhraseText>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in earlier.Texts)
            {
                texts[pair.Key] = pair.Value;
            }

            foreach (var pair in Texts)
            {
                texts[pair.Key] = pair.Value;
            }

            return new Phrase(Key, Stage, Purpose, RequiredFacts, Description ?? earlier.Description, texts, Source, Channels, ReviewedOn, Sources.Count > 0 ? Sources : earlier.Sources);
        }

        internal static IEnumerable<string> FallbackChain(string? locale)
        {
            var tag = string.IsNullOrWhiteSpace(locale) ? "en" : locale!.Trim().Replace('_', '-');
            while (true)
            {
                yield return tag;
                var dash = tag.LastIndexOf('-');
                if (dash < 0)
                {
                    break;
                }

                tag = tag.Substring(0, dash);
            }

            if (!string.Equals(tag, "en", StringComparison.OrdinalIgnoreCase))
            {
                yield return "en";
            }
        }
    }
}
