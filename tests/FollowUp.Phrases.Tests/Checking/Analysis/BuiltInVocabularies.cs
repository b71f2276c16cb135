using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>The vocabularies the built-in packs read messages with, for tests that hold each of them to something.</summary>
    internal static class BuiltInVocabularies
    {
        /// <summary>English alone, and each other built-in language with English and Chinese.</summary>
        public static TheoryData<string> Languages => new TheoryData<string> { "en", "de", "es", "fr" };

        /// <summary>The vocabulary a message in <paramref name="language"/> is read with (English and Chinese always).</summary>
        public static Vocabulary For(string language) =>
            language == "en" ? LanguagePacks.BuiltIn.WithoutOthers : LanguagePacks.BuiltIn.VocabularyFor(new[] { language });
    }
}
