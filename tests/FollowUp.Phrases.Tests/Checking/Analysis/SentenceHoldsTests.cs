using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// Finders skip a sentence whose summary says it holds nothing they start from (<see cref="Sentence.MayHold"/>,
    /// <see cref="Sentence.Holds"/>): the summary must cover every token, or a finding would be lost.
    /// </summary>
    public sealed class SentenceHoldsTests
    {
        public static TheoryData<string> Messages()
        {
            var data = new TheoryData<string>
            {
                "Pls check n get back 2 u tmr. We'll ship ASAP!!! Track: https://t.example/AE-20931 or mail lily@shop.example",
                "您的包裹100%不会被海关扣留。We GUARANTEE delivery by 5 Dec. Ref-DE89370400440532013000.",
                "Hello Anna,\n\n\nthanks.\n\n\nBest regards,\nLily",
                "Ihre Bestellung wird bald versendet. Votre commande sera traitée bientôt. Su pedido se enviará pronto.",
            };
            foreach (var file in new[] { TestPaths.DevCorpus, TestPaths.Dev2Corpus })
            {
                foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0).Take(120))
                {
                    data.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Messages))]
        public void A_sentence_may_hold_every_list_and_kind_of_token_its_tokens_hold(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            var lists = a.Vocabulary.HotLists;
            lists.Should().NotBeEmpty();
            foreach (var sentence in a.Sentences)
            {
                var held = SentenceHolds.None; // what the tokens hold, exactly: a summary that says more sends finders to read for nothing
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    var t = a.Tokens[i];
                    foreach (var list in lists)
                    {
                        // The word's own answer, not the token's bits: the summary is held to the lists themselves.
                        if (t.Kind != TokenKind.Link && t.Word is { } word && word.IsIn(list))
                        {
                            sentence.MayHold(list).Should().BeTrue($"'{t.Lower}' at {t.Start} is in a hot list");
                        }
                    }

                    var expected = (t.IsAllCaps ? SentenceHolds.AllCaps : 0) | (t.IsDigitStart ? SentenceHolds.Number : 0)
                        | (t.Kind == TokenKind.Cjk ? SentenceHolds.Chinese : 0) | (t.Kind == TokenKind.Link ? SentenceHolds.Link : 0)
                        | (t.Lower.Any(char.IsDigit) && t.Kind == TokenKind.Word ? SentenceHolds.Digit : 0);
                    (sentence.Holds & expected).Should().Be(expected, $"'{t.Lower}' at {t.Start}");
                    held |= (t.IsAllCaps ? SentenceHolds.AllCaps : 0) | (t.IsDigitStart ? SentenceHolds.Number : 0) | (t.HasDigit ? SentenceHolds.Digit : 0)
                        | (t.Kind == TokenKind.Cjk ? SentenceHolds.Chinese : 0) | (t.Kind == TokenKind.Link ? SentenceHolds.Link : 0);
                }

                sentence.Holds.Should().Be(held, "a sentence holds what its tokens hold, and nothing more");
            }

            a.Release();
        }

        [Theory]
        [MemberData(nameof(BuiltInVocabularies.Languages), MemberType = typeof(BuiltInVocabularies))]
        public void Every_list_a_finder_reads_at_every_token_is_hot_in_the_built_in_vocabularies(string language)
        {
            // A token has 64 bits for hot lists; a list asked for past them answers through its word, correct but slower.
            var vocabulary = BuiltInVocabularies.For(language);
            vocabulary.HotLists.Should().NotBeEmpty();
            vocabulary.HotListsLeftCold.Should().Be(0, "a new hot list past the 64th leaves a hot path cold");
        }
    }
}
