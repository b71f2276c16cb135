using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using Xunit;
using Xunit.Abstractions;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>
    /// The second corpus — long emails, HTML, Chinese and mixed text, chat shorthand, B2B, German, Spanish and French —
    /// scored like score-corpus does. The floors are the figures the checker reached when the language packs landed;
    /// they may only rise.
    /// </summary>
    public sealed class Dev2CorpusTests
    {
        private static readonly string[] CoreRules = { RuleIds.VagueTiming, RuleIds.Overpromise, RuleIds.MissingOwner, RuleIds.MissingUnsubscribe };
        private readonly ITestOutputHelper _output;

        public Dev2CorpusTests(ITestOutputHelper output) => _output = output;

        private static IEnumerable<(string Id, string? Locale, string Text, CheckContext Context, List<(string, string?, bool)> Expected)> Cases() =>
            CorpusCase.Read(TestPaths.Dev2Corpus).Select(c => (c.Id, c.Locale, c.Text, c.Context with { Purpose = c.Label }, c.Expected));

        private CorpusScorer Score(System.Func<string?, bool> which, bool withLocale)
        {
            var scorer = new CorpusScorer();
            foreach (var (id, locale, text, context, expected) in Cases().Where(c => which(c.Locale)))
            {
                scorer.Add(id, text, expected, WordingChecker.Default.Check(text, withLocale ? context : context with { Locale = null }), CoreRules);
            }

            foreach (var miss in scorer.Misses)
            {
                _output.WriteLine(miss);
            }

            return scorer;
        }

        [Theory]
        [InlineData("vague-timing")]
        [InlineData("overpromise")]
        [InlineData("missing-owner")]
        [InlineData("missing-unsubscribe")]
        public void Every_core_rule_reaches_precision_and_recall_of_0_95(string rule)
        {
            var (precision, recall, truePositives) = Score(_ => true, withLocale: true).Score(rule);
            _output.WriteLine($"{rule}: precision {precision:F3} recall {recall:F3}");
            truePositives.Should().BeGreaterThan(0);
            precision.Should().BeGreaterOrEqualTo(0.95, $"precision of {rule}");
            recall.Should().BeGreaterOrEqualTo(0.95, $"recall of {rule}");
        }

        [Theory]
        [InlineData("de")]
        [InlineData("es")]
        [InlineData("fr")]
        public void Each_european_language_scores_an_f1_of_0_90(string language)
        {
            var (precision, recall, f1) = Score(l => l == language, withLocale: true).Overall();
            _output.WriteLine($"{language}: precision {precision:F2} recall {recall:F2} f1 {f1:F2}");
            f1.Should().BeGreaterOrEqualTo(0.90);
        }

        [Theory]
        [InlineData("de")]
        [InlineData("es")]
        [InlineData("fr")]
        public void Without_a_locale_the_language_is_detected_and_scores_as_with_it(string language)
        {
            var given = Score(l => l == language, withLocale: true).Overall();
            var detected = Score(l => l == language, withLocale: false).Overall();
            detected.F1.Should().BeGreaterOrEqualTo(given.F1 - 0.05);
        }
    }
}
