using System;
using System.Collections.Generic;
using System.IO;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// What the checker knows about one language, as data: the named word lists the analysis combines (vague-timing
    /// phrases, certainty markers, seller actions, greetings, opt-out words…), the function words that recognise the
    /// language, and how its dates are written (month and weekday names for reading and writing). Built-in packs cover
    /// English, Chinese, German, Spanish and French; <see cref="LanguagePacks.With"/> adds or replaces one.
    /// Immutable; the format is described by <c>docs/language-pack.schema.json</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// var packs = LanguagePacks.BuiltIn.With(LanguagePacks.LoadFile("packs/it.json"));
    /// var checker = new WordingChecker(new WordingCheckerOptions { Languages = packs });
    /// </code>
    /// </example>
    public sealed class LanguagePack
    {
        internal LanguagePack(
            string language,
            string name,
            string source,
            bool capitalizedNouns,
            IReadOnlyList<string> detectionWords,
            IReadOnlyList<string> detectionEndings,
            DateWriting dates,
            IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
            IReadOnlyDictionary<string, RuleWording> messages)
        {
            Language = language;
            Name = name;
            Source = source;
            CapitalizedNouns = capitalizedNouns;
            DetectionWords = detectionWords;
            DetectionEndings = detectionEndings;
            Dates = dates;
            Lists = lists;
            Messages = messages;
        }

        /// <summary>The ISO 639-1 language code the pack covers: <c>en</c>, <c>zh</c>, <c>fr</c>.</summary>
        public string Language { get; }

        /// <summary>The language's English name, for reports: "French".</summary>
        public string Name { get; }

        /// <summary>Where the pack was read from: <c>built-in:fr.json</c> or a file path.</summary>
        public string Source { get; }

        /// <summary>
        /// Whether the language capitalises every noun (German): capitals then say nothing about names, so the
        /// analysis does not read "Lieferung" mid-sentence as a person.
        /// </summary>
        public bool CapitalizedNouns { get; }

        /// <summary>Short common words that tell the language apart from others (articles, pronouns, auxiliaries).</summary>
        public IReadOnlyList<string> DetectionWords { get; }

        /// <summary>Word endings typical of the language ("zione", "ção"), a weaker clue than <see cref="DetectionWords"/>.</summary>
        public IReadOnlyList<string> DetectionEndings { get; }

        /// <summary>Month and weekday names and the patterns dates are written with.</summary>
        public DateWriting Dates { get; }

        /// <summary>
        /// The named word lists, by list name (<c>timing.vague-phrases</c>). Entries are words or phrases as written;
        /// the checker matches them case-insensitively, phrases word by word, Chinese terms inside unspaced text.
        /// </summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; }

        /// <summary>Findings' messages and suggestions in this language, by rule id; rules without one fall back to English.</summary>
        public IReadOnlyDictionary<string, RuleWording> Messages { get; }

        /// <summary>Reads a pack from JSON text.</summary>
        /// <param name="json">The pack.</param>
        /// <param name="sourceName">The name errors give for the text (a file name).</param>
        /// <exception cref="DataFileException">The pack is malformed, names a list no pack knows or holds a bad entry; the message gives line, column and list.</exception>
        public static LanguagePack Parse(string json, string sourceName = "language pack") =>
            LanguagePackReader.Read(json ?? throw new ArgumentNullException(nameof(json)), sourceName, LanguagePacks.KnownListNames);

        /// <summary>Reads a pack from a file.</summary>
        /// <exception cref="DataFileException">The pack is malformed; the message gives file, line, column and list.</exception>
        /// <exception cref="FileNotFoundException">There is no such file.</exception>
        public static LanguagePack LoadFile(string path)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            var full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"Language pack '{path}' does not exist ({full}).", full);
            }

            return Parse(File.ReadAllText(full), path);
        }

        /// <inheritdoc/>
        public override string ToString() => $"{Language} ({Name}, {Source})";
    }
}
