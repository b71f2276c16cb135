using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// The tokenizer writes a word's flags and first character into its token as it cuts the word, and the finders
    /// compare tokens with literals through <see cref="Token.Is"/>, <see cref="Token.Mark"/> and <see cref="Token.First"/>
    /// without looking at the word: all must say what the word's own text says, or a finder would read a different word
    /// than the one in the message.
    /// </summary>
    public sealed class TokenReadsTests
    {
        public static TheoryData<string> Messages() => new TheoryData<string>
        {
            "We'll ship ASAP!!! Your order AE-20931 (EUR 59,90) is packed, 2 parcels.",
            "Pls check n get back 2 u tmr. Thx, Lily\r\n\r\n\r\nBest regards",
            "Ihre Bestätigung kommt ÜBERMORGEN. Votre commande sera traitée bientôt, l’équipe. Über 3,5 kg.",
            "您的包裹已发货。Tracking: https://t.example/AE-20931 or lily@shop.example — 100% [sic] ©2026 > quoted",
            "A " + new string('x', 300) + " word, " + new string('Y', 40) + " and I'm I'll i' ‘quoted’ \"text\".",
            "MAY 5th, May we... Mr. Soon-Yi's e-mail: 3.5.2026; 10:30 a.m. 5pm. UTC+8",
        };

        [Theory]
        [MemberData(nameof(Messages))]
        public void A_token_is_a_literal_exactly_when_its_text_equals_it(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            for (var i = 0; i < a.Tokens.Count; i++)
            {
                var t = a.Tokens[i];
                var lower = t.Lower;
                var literals = new[]
                {
                    lower, lower + "s", lower.Substring(0, lower.Length - 1), lower.Substring(0, 1), lower[0] + new string('z', lower.Length - 1), char.ToUpperInvariant(lower[0]) + lower.Substring(1),
                    "\n", ",", ".", "-", "the", "we'll", "i", "may", new string('x', 300), new string('x', 299) + "y",
                };
                foreach (var literal in literals.Where(l => l.Length > 0))
                {
                    t.Is(literal).Should().Be(lower == literal, $"token '{lower}' at {t.Start} read against '{literal}'");
                }

                t.Mark.Should().Be(lower.Length == 1 ? lower[0] : '\0', $"token '{lower}' at {t.Start}");
                t.First.Should().Be(lower[0], $"token '{lower}' at {t.Start}");
            }

            a.Release();
        }

        [Theory]
        [MemberData(nameof(Messages))]
        public void A_word_s_flags_say_what_its_text_says(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            for (var i = 0; i < a.Tokens.Count; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var written = a.Text.Substring(t.Start, t.End - t.Start);
                t.IsDigitStart.Should().Be(char.IsDigit(t.Lower[0]) && t.Lower[0] < 128, $"'{written}' at {t.Start}");
                t.HasDigit.Should().Be(written.Any(char.IsDigit), $"'{written}' at {t.Start}");
                t.IsCapitalized.Should().Be(char.IsUpper(written[0]), $"'{written}' at {t.Start}");
                t.IsAllCaps.Should().Be(written.Count(char.IsLetter) >= 2 && !written.Any(char.IsLower), $"'{written}' at {t.Start}");
            }

            a.Release();
        }

        [Fact]
        public void No_token_is_no_literal()
        {
            default(Token).Mark.Should().Be('\0');
            default(Token).Is("\n").Should().BeFalse();
            default(Token).Is(new string('x', 300)).Should().BeFalse();
        }
    }
}
