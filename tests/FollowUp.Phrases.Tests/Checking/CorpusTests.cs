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
    public sealed class CorpusTests
    {
        private static readonly string[] CoreRules = { RuleIds.VagueTiming, RuleIds.Overpromise, RuleIds.MissingOwner, RuleIds.MissingUnsubscribe };
        private readonly ITestOutputHelper _output;

        public CorpusTests(ITestOutputHelper output) => _output = output;

        /// <summary>Each dev-corpus case: id, text, the context its labels give (purpose only when asked) and the expected findings.</summary>
        private static IEnumerable<(string Id, string Text, CheckContext Context, MessagePurpose Label, List<(string, string?, bool)> Expected)> Cases(bool givePurpose) =>
            CorpusCase.Read(TestPaths.DevCorpus).Select(c => (c.Id, c.Text, c.Context with { Purpose = givePurpose ? c.Label : null }, c.Label, c.Expected));

        [Theory]
        [InlineData("vague-timing")]
        [InlineData("overpromise")]
        [InlineData("missing-owner")]
        [InlineData("missing-unsubscribe")]
        public void Core_rule_reaches_precision_and_recall_of_0_9_on_the_dev_corpus(string rule)
        {
            var scorer = new CorpusScorer();
            var cases = 0;
            foreach (var (id, text, context, _, expected) in Cases(givePurpose: true))
            {
                scorer.Add(id, text, expected, WordingChecker.Default.Check(text, context), CoreRules);
                cases++;
            }

            foreach (var miss in scorer.Misses.Where(m => m.Contains(" " + rule + ":")))
            {
                _output.WriteLine(miss);
            }

            var (precision, recall, truePositives) = scorer.Score(rule);
            cases.Should().BeGreaterThan(0);
            truePositives.Should().BeGreaterThan(0, "the corpus has cases for every core rule");
            precision.Should().BeGreaterOrEqualTo(0.95, $"precision of {rule}");
            recall.Should().BeGreaterOrEqualTo(0.95, $"recall of {rule}");
        }

        [Fact]
        public void The_purpose_the_checker_infers_agrees_with_the_corpus_labels()
        {
            var cases = 0;
            var agreed = 0;
            var unsubscribe = new CorpusScorer();
            foreach (var (id, text, context, label, expected) in Cases(givePurpose: false))
            {
                var report = WordingChecker.Default.Review(text, context);
                report.Purpose.IsInferred.Should().BeTrue();
                cases++;
                if (report.Purpose.Purpose == label)
                {
                    agreed++;
                }
                else
                {
                    _output.WriteLine($"{id}: labelled {label}, inferred {report.Purpose}");
                }

                unsubscribe.Add(id, text, expected, report.Diagnostics, new[] { RuleIds.MissingUnsubscribe });
            }

            // The labels are the caller's knowledge; inferring them from the words alone must rarely miss, and the
            // rule that depends on them must keep its quality when the caller does not say.
            ((double)agreed / cases).Should().BeGreaterOrEqualTo(0.95);
            var (precision, recall, _) = unsubscribe.Score(RuleIds.MissingUnsubscribe);
            precision.Should().BeGreaterOrEqualTo(0.95);
            recall.Should().BeGreaterOrEqualTo(0.95);
        }
    }
}
