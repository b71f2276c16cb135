using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Screening;
using FollowUp.Phrases.Lifecycle;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>
    /// The screen keeps its last passes over short texts (subject lines) per thread and answers the same text again from
    /// them: a subject checked again, after others, must have the findings of a check with nothing kept, and the screen
    /// the same answer.
    /// </summary>
    public sealed class ScreenRecallTests
    {
        private static readonly WordingChecker Checker = WordingChecker.Default;

        [Fact]
        public void A_subject_checked_again_has_the_findings_of_a_check_with_nothing_kept()
        {
            // Short lines of both corpora as subjects, each with its capitals (as long, another text: a shouting subject),
            // checked in turn and each again after the next, under contexts that reach alike (another send time, another
            // order) and otherwise, each after the one before it.
            var subjects = CorpusCase.Read(TestPaths.DevCorpus).Concat(CorpusCase.Read(TestPaths.Dev2Corpus))
                .SelectMany(c => c.Text.Split('\n'))
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && line.Length <= MessageScreen.MaxKeptScanLength)
                .Distinct()
                .SelectMany(line => new[] { line, line.ToUpperInvariant() })
                .ToList();
            var contexts = new[]
            {
                // A context that silences rules has its screen look for less: a pass made for it answers nothing wider.
                new CheckContext { Stage = OrderStage.Shipped, SuppressedRules = new[] { "shouting", "vague-timing", "overpromise", "subject-line" } },
                new CheckContext { Stage = OrderStage.Shipped, Now = Instant.FromUtc(2026, 12, 2, 8, 0), Order = OrderFile.Load(TestPaths.SampleOrder) },
                new CheckContext { Stage = OrderStage.Shipped, Now = Instant.FromUtc(2026, 12, 2, 8, 1) },
                new CheckContext { Channel = Channel.Email, Purpose = MessagePurpose.Marketing },
            };
            var wrong = new List<string>();
            var checks = 0;
            for (var k = 0; k < subjects.Count; k++)
            {
                foreach (var context in contexts)
                {
                    foreach (var subject in k == 0 ? new[] { subjects[k] } : new[] { subjects[k], subjects[k - 1], subjects[k] })
                    {
                        // The findings, and the rules the screen leaves out of reading the text (as a body: every rule's).
                        var found = Described(Checker.CheckSubject(subject, context)).Concat(Checker.RulesLeftUnread(subject, context)).ToList();
                        MessageScreen.ForgetScans();
                        var fresh = Described(Checker.CheckSubject(subject, context)).Concat(Checker.RulesLeftUnread(subject, context)).ToList();
                        MessageScreen.ForgetScans();
                        Checker.CheckSubject(subjects[k], context); // kept again, as before the fresh check
                        checks++;
                        if (!found.SequenceEqual(fresh))
                        {
                            wrong.Add($"{subject}: {string.Join("; ", found)} against {string.Join("; ", fresh)}");
                        }
                    }
                }
            }

            wrong.Should().BeEmpty();
            checks.Should().BeGreaterThan(3000);
        }

        private static List<string> Described(IReadOnlyList<Diagnostic> findings) => findings.Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
    }
}
