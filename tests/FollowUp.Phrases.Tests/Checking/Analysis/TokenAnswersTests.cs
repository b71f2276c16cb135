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
    }
}
