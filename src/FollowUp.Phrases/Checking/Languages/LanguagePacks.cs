using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Text;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// The language packs a checker reads messages with, one per language. Immutable: <see cref="With"/> returns a new
    /// set. English and Chinese are read in every message (sellers mix them); the others when the message's locale names
    /// them or the checker detects them.
    /// </summary>
    /// <example>
    /// <code>
    /// var packs = LanguagePacks.BuiltIn.With(LanguagePacks.LoadFile("it.json"));
    /// var checker = new WordingChecker(new WordingCheckerOptions { Languages = packs });
    /// checker.Review("La spedizione arriverà presto.").Languages; // ["it"] — with the Italian pack's lists
    /// </code>
    /// </example>
    public sealed class LanguagePacks : IReadOnlyCollection<LanguagePack>
    {
        private static readonly Lazy<LanguagePack[]> BuiltInPacks = new Lazy<LanguagePack[]>(() =>
            EmbeddedData.ReadAll("FollowUp.Phrases.Languages.")
                .Where(f => f.Name.EndsWith(".json", StringComparison.Ordinal))
                .Select(f => LanguagePackReader.Read(f.Text, f.Name, null))
                .ToArray());

        private static readonly Lazy<LanguagePacks> BuiltInSet = new Lazy<LanguagePacks>(() => new LanguagePacks(BuiltInPacks.Value));

        private static readonly Lazy<HashSet<string>> KnownLists = new Lazy<HashSet<string>>(() =>
            new HashSet<string>(BuiltInPacks.Value.SelectMany(p => p.Lists.Keys), StringComparer.Ordinal));

        private readonly LanguagePack[] _packs;
        private readonly ConcurrentDictionary<string, Vocabulary> _vocabularies = new ConcurrentDictionary<string, Vocabulary>(StringComparer.Ordinal);
        private LanguageDetector? _detector;

        private LanguagePacks(LanguagePack[] packs)
        {
            _packs = packs;
        }

        /// <summary>The packs built into the library: en, zh, de, es, fr.</summary>
        public static LanguagePacks BuiltIn => BuiltInSet.Value;

        /// <summary>Every list name a pack may hold (those of the built-in packs).</summary>
        internal static ISet<string> KnownListNames => KnownLists.Value;

        /// <summary>Reads a pack from a file; shorthand for <see cref="LanguagePack.LoadFile"/>.</summary>
        /// <exception cref="DataFileException">The pack is malformed; the message gives file, line, column and list.</exception>
        public static LanguagePack LoadFile(string path) => LanguagePack.LoadFile(path);

        /// <summary>The languages covered, as ISO 639 codes.</summary>
        public IEnumerable<string> Languages => _packs.Select(p => p.Language);

        /// <inheritdoc/>
        public int Count => _packs.Length;

        /// <summary>The pack for <paramref name="language"/> (<c>fr</c>, or a tag such as <c>fr-CA</c>).</summary>
        /// <exception cref="ConfigurationException">No pack covers it; the message lists those that do.</exception>
        public LanguagePack this[string language] => GetOrNull(language)
            ?? throw new ConfigurationException($"No language pack for '{language}'. Packs: {string.Join(", ", Languages)}.", "language pack", language, Languages.ToArray());

        /// <summary>The pack for <paramref name="language"/> (<c>fr</c>, or a tag such as <c>fr-CA</c>), or null.</summary>
        public LanguagePack? GetOrNull(string? language)
        {
            var code = LanguageOf(language);
            foreach (var pack in _packs)
            {
                if (pack.Language == code)
                {
                    return pack;
                }
            }

            return null;
        }

        /// <summary>This set with <paramref name="packs"/> added; a pack for a language already present replaces it.</summary>
        public LanguagePacks With(params LanguagePack[] packs)
        {
            if (packs is null)
            {
                throw new ArgumentNullException(nameof(packs));
            }

            var all = _packs.ToList();
            foreach (var pack in packs)
            {
                if (pack is null)
                {
                    throw new ArgumentNullException(nameof(packs), "A language pack in the list is null.");
                }

                var at = all.FindIndex(p => p.Language == pack.Language);
                if (at >= 0)
                {
                    all[at] = pack;
                }
                else
                {
                    all.Add(pack);
                }
            }

            return new LanguagePacks(all.ToArray());
        }

        /// <inheritdoc/>
        public IEnumerator<LanguagePack> GetEnumerator() => ((IEnumerable<LanguagePack>)_packs).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The language code of a BCP 47 tag: <c>de</c> for <c>de-AT</c>; null for null or empty.</summary>
        internal static string? LanguageOf(string? tag)
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                return null;
            }

            // Callers pass the same few tags for every message: each is worked out once.
            return Codes.TryGetValue(tag!, out var known) ? known : Remember(tag!);
        }

        private static readonly ConcurrentDictionary<string, string> Codes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        private static string Remember(string tag)
        {
            var dash = tag.IndexOfAny(TagSeparators);
            var code = (dash < 0 ? tag : tag.Substring(0, dash)).Trim().ToLowerInvariant();
            if (Codes.Count < 1024)
            {
                Codes.TryAdd(tag, code); // bounded: tags come from callers, and a stream of distinct ones must not grow it
            }

            return code;
        }

        private static readonly char[] TagSeparators = { '-', '_' };

        /// <summary>The one-language list of <paramref name="code"/> (a covered language's code): read-only, so it is shared.</summary>
        internal IReadOnlyList<string> Only(string code) => _only.TryGetValue(code, out var known) ? known : _only.GetOrAdd(code, Array.AsReadOnly(new[] { code }));

        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _only = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        internal LanguageDetector Detector => _detector ??= new LanguageDetector(this);

        /// <summary>
        /// What a message with the locale tag <paramref name="tag"/> is read with: the packs of its language, English and
        /// Chinese always; or, when no pack covers the language, English and Chinese and the language reported as not
        /// covered. Null when there is no tag (the message's languages are detected).
        /// </summary>
        internal LocaleReading? ReadingFor(string? tag)
        {
            // Callers check message after message with one locale: the last answer is kept, and asked for first.
            if (_lastReading is { } last && string.Equals(last.Tag, tag, StringComparison.Ordinal))
            {
                return last;
            }

            if (LanguageOf(tag) is not string code)
            {
                return null;
            }

            var reading = GetOrNull(code) is null
                ? new LocaleReading(tag!, WithoutOthers, Array.Empty<string>(), new[] { (code, Detector.NameOf(code)) })
                : new LocaleReading(tag!, code == "en" || code == "zh" ? WithoutOthers : VocabularyFor(Only(code)), Only(code), Array.Empty<(string, string)>());
            _lastReading = reading;
            return reading;
        }

        private LocaleReading? _lastReading;

        /// <summary>The compiled lists of English and Chinese alone.</summary>
        internal Vocabulary WithoutOthers => _withoutOthers ??= VocabularyFor(Array.Empty<string>());

        private Vocabulary? _withoutOthers;

        /// <summary>The compiled lists of English, Chinese and <paramref name="others"/> (codes this set covers), shared by every message read with them.</summary>
        internal Vocabulary VocabularyFor(IReadOnlyList<string> others)
        {
            // Asked for every message read: the key of no or one other language is a string already there.
            var key = others.Count == 0 ? "" : others.Count == 1 ? others[0] : string.Join("+", others);
            return _vocabularies.TryGetValue(key, out var known) ? known : _vocabularies.GetOrAdd(key, Build(others));
        }

        private Vocabulary Build(IReadOnlyList<string> others)
        {
            var packs = new List<LanguagePack>();
            foreach (var code in new[] { "en", "zh" }.Concat(others))
            {
                if (GetOrNull(code) is LanguagePack p && !packs.Contains(p))
                {
                    packs.Add(p);
                }
            }

            return new Vocabulary(packs, _packs);
        }
    }
}
