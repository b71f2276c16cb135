using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Phrasebooks
{
    /// <summary>
    /// An immutable set of phrases keyed by <see cref="PhraseKey"/>. Start from <see cref="BuiltIn"/> and layer your own
    /// files on top with <see cref="With(Phrasebook)"/>: a phrase in a later book takes over the key — its stage, purpose,
    /// facts and channels — and replaces the locales it defines, while locales it leaves out keep the earlier wording.
    /// So a file that defines only <c>de</c> for <c>shipment.dispatched</c> changes the German text and nothing else.
    /// </summary>
    /// <example>
    /// <code>
    /// var book = Phrasebook.BuiltIn.With(Phrasebook.LoadFile("our-phrases.json"));
    /// </code>
    /// </example>
    public sealed class Phrasebook
    {
        private static readonly Lazy<Phrasebook> BuiltInBook = new Lazy<Phrasebook>(LoadBuiltIn, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        private readonly Dictionary<PhraseKey, Phrase> _byKey;

        // The same phrases by the key's text: a key is its text, so the text a caller passes (every render passes one) is
        // looked up as it is, with no parse of it on the way.
        private readonly Dictionary<string, Phrase> _byText;

        private Phrasebook(IEnumerable<Phrase> phrases)
        {
            _byKey = new Dictionary<PhraseKey, Phrase>();
            foreach (var phrase in phrases)
            {
                _byKey[phrase.Key] = _byKey.TryGetValue(phrase.Key, out var earlier) ? phrase.Over(earlier) : phrase;
            }

            _byText = new Dictionary<string, Phrase>(_byKey.Count, StringComparer.Ordinal);
            foreach (var pair in _byKey)
            {
                _byText[pair.Key.Value] = pair.Value;
            }

            Phrases = _byKey.Values.OrderBy(p => p.Stage).ThenBy(p => p.Key).ToArray();
        }

        /// <summary>The phrases shipped with the library.</summary>
        public static Phrasebook BuiltIn => BuiltInBook.Value;

        /// <summary>An empty book, to build one from your files alone.</summary>
        public static Phrasebook Empty { get; } = new Phrasebook(Array.Empty<Phrase>());

        /// <summary>Every phrase, ordered by stage then key.</summary>
        public IReadOnlyList<Phrase> Phrases { get; }

        /// <summary>Every key.</summary>
        public IEnumerable<PhraseKey> Keys => _byKey.Keys;

        /// <summary>Reads a phrasebook file (JSON; see the README for the format).</summary>
        /// <exception cref="DataFileException">The file is malformed; the message names file, line, column, field and phrase.</exception>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        public static Phrasebook LoadFile(string path)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            return Parse(File.ReadAllText(path), path);
        }

        /// <summary>Reads phrasebook JSON held in memory; <paramref name="sourceName"/> is used in error messages.</summary>
        /// <exception cref="DataFileException">The text is malformed.</exception>
        public static Phrasebook Parse(string json, string sourceName = "phrasebook")
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return new Phrasebook(PhrasebookReader.Read(json, sourceName));
        }

        /// <summary>Reads the phrases of a file that load, and the problem of every one that does not (for linters).</summary>
        internal static (Phrasebook Book, IReadOnlyList<DataFileException> Errors) LoadFileCollecting(string path)
        {
            var errors = new List<DataFileException>();
            var phrases = PhrasebookReader.ReadCollecting(File.ReadAllText(path), path, errors);
            return (new Phrasebook(phrases), errors);
        }

        /// <summary>This book with <paramref name="overrides"/> on top: new keys are added; for a key both have, the override's
        /// settings and locales win and the earlier book's other locales are kept.</summary>
        public Phrasebook With(Phrasebook overrides)
        {
            if (overrides is null)
            {
                throw new ArgumentNullException(nameof(overrides));
            }

            return new Phrasebook(Phrases.Concat(overrides.Phrases));
        }

        /// <summary>Whether the book has a phrase for <paramref name="key"/>.</summary>
        public bool Contains(PhraseKey key) => _byKey.ContainsKey(key);

        /// <summary>The phrase for <paramref name="key"/>, if any.</summary>
        public bool TryGet(PhraseKey key, out Phrase phrase) => _byKey.TryGetValue(key, out phrase!);

        /// <summary>The phrase for <paramref name="key"/>.</summary>
        /// <exception cref="UnknownPhraseException">No such phrase; the message lists the valid keys.</exception>
        public Phrase Get(string key)
        {
            if (ByText(key) is Phrase known)
            {
                return known;
            }

            if (PhraseKey.TryParse(key, out var parsed) && _byKey.TryGetValue(parsed, out var phrase))
            {
                return phrase;
            }

            throw new UnknownPhraseException(key, _byKey.Keys);
        }

        private Phrase? ByText(string? key) => key != null && _byText.TryGetValue(key, out var phrase) ? phrase : null;

        /// <summary>
        /// Phrases nobody has reviewed in the last <paramref name="days"/> days before <paramref name="today"/> (or ever):
        /// platform rules, carriers and prices change, and wording that was right last season may not be now.
        /// </summary>
        public IEnumerable<Phrase> NotReviewedSince(NodaTime.LocalDate today, int days = 90) =>
            Phrases.Where(p => p.ReviewedOn is null || p.ReviewedOn.Value.PlusDays(days) < today);

        /// <summary>The phrases sent in <paramref name="stage"/>.</summary>
        public IEnumerable<Phrase> ForStage(OrderStage stage) => Phrases.Where(p => p.Stage == stage);

        private static Phrasebook LoadBuiltIn() =>
            Text.EmbeddedData.ReadAll("FollowUp.Phrases.BuiltIn.").Aggregate(Empty, (book, file) => book.With(Parse(file.Text, file.Name)));
    }
}
