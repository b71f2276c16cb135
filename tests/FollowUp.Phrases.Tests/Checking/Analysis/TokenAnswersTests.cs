using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// The tokenizer gives each token its word's hot-list answers for the vocabulary it expects (the locale's, or English
    /// and Chinese), and the reading gives them again only when it reads with another vocabulary or a word may be
    /// shorthand: whichever way, every token must answer for the vocabulary the message is read with.
    /// </summary>
    public sealed class TokenAnswersTests
    {
        public static TheoryData<string, string?> Messages() => new TheoryData<string, string?>
        {
            { "We will ship your order soon, see https://t.example/1 or mail lily@shop.example.", null },
            { "Ihre Bestellung wird bald versendet. Bitte zahlen Sie bis 2026-11-20, danke!", null },
            { "Votre commande sera traitée bientôt. Merci de votre patience.", null },
            { "Su pedido se enviará pronto. Gracias.", "es-ES" },
            { "La spedizione arriverà presto, grazie.", null },
            { "La spedizione arriverà presto, grazie.", "it" },
            { "Pls check n get back 2 u tmr, thx!", null },
            { "Pls check n get back 2 u tmr, thx!", "en-GB" },
            { "您的包裹已发货，我们会尽快处理。We ship soon.", null },
            { "Ihre Bestellung wird bald versendet.", "fr" },
        };

        [Theory]
        [MemberData(nameof(Messages))]
        public void Every_token_answers_for_the_vocabulary_the_message_is_read_with(string text, string? locale)
        {
            var a = new MessageAnalysis(text, new CheckContext { Locale = locale });
            for (var i = 0; i < a.Tokens.Count; i++)
            {
                var t = a.Tokens[i];
                t.HotOwner.Should().Be(a.Vocabulary.HotId, $"'{t.Lower}' at {t.Start}");
                t.Hot.Should().Be(t.Kind == TokenKind.Link ? 0UL : t.Word.HotIn(a.Vocabulary), $"'{t.Lower}' at {t.Start}");
                a.Vocabulary.ShorthandWords.Contains(t).Should().BeFalse($"shorthand '{t.Lower}' at {t.Start} is read as the words it stands for");
            }

            a.Release();
        }

        [Theory]
        [MemberData(nameof(BuiltInVocabularies.Languages), MemberType = typeof(BuiltInVocabularies))]
        public void A_words_hot_answers_are_each_hot_lists_own_answer(string language)
        {
            // A word's answers are looked up in one table of every hot list's words: for each list's words, for words
            // in several lists, for their near misses (another case, a letter more or less) and for words in none, a
            // bit is set exactly where the list holds the word.
            var vocabulary = BuiltInVocabularies.For(language);
            var words = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal) { "", "x", "ae-20931", "1234567890", "zzzz" };
            foreach (var list in vocabulary.HotLists)
            {
                foreach (var word in list)
                {
                    words.Add(word);
                    words.Add(word.ToUpperInvariant());
                    words.Add(word + "s");
                    words.Add(word.Length > 1 ? word.Substring(1) : word + word);
                }
            }

            var several = 0;
            foreach (var word in words)
            {
                var expected = 0UL;
                for (var k = 0; k < vocabulary.HotLists.Count; k++)
                {
                    expected |= vocabulary.HotLists[k].Contains(word) ? 1UL << k : 0;
                }

                vocabulary.HotAnswers(word).Should().Be(expected, "'{0}'", word);
                several += (expected & (expected - 1)) != 0 ? 1 : 0;
            }

            several.Should().BeGreaterThan(0, "some words are in more than one hot list");
        }
    }
}
