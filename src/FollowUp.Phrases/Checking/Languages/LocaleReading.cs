using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// What a message with a given locale tag is read with: the lists (English, Chinese and the locale's language), the
    /// covered languages reported as read, and the locale's language when no pack covers it. Worked out once per tag and
    /// set of packs (<see cref="LanguagePacks.ReadingFor"/>), not per message.
    /// </summary>
    internal sealed class LocaleReading
    {
        public LocaleReading(string tag, Vocabulary vocabulary, IReadOnlyList<string> read, IReadOnlyList<(string Code, string Name)> uncovered)
        {
            Tag = tag;
            Vocabulary = vocabulary;
            Read = read;
            Uncovered = uncovered;
        }

        /// <summary>The locale tag as the context gave it ("en", "fr-CA").</summary>
        public string Tag { get; }

        /// <summary>The lists the message is read with.</summary>
        public Vocabulary Vocabulary { get; }

        /// <summary>The covered language read (the locale's), or none when no pack covers it.</summary>
        public IReadOnlyList<string> Read { get; }

        /// <summary>The locale's language (code and name) when no pack covers it; otherwise none.</summary>
        public IReadOnlyList<(string Code, string Name)> Uncovered { get; }
    }
}
