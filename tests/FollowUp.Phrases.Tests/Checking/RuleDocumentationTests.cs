using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>The README's rule tables are what a customer-service lead reads; they must not drift from the code.</summary>
    public sealed class RuleDocumentationTests
    {
        private static readonly string[] Readme = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        [Fact]
        public void Every_rule_has_a_readme_row_with_its_default_severity_and_a_bad_and_a_good_example()
        {
            foreach (var rule in WordingChecker.Rules)
            {
                var row = Readme.FirstOrDefault(l => l.StartsWith($"| `{rule.Id}` |", StringComparison.Ordinal));
                row.Should().NotBeNull($"README lists {rule.Id}");
                var cells = row!.Split(new[] { " | " }, StringSplitOptions.None);
                cells.Should().HaveCount(5, $"{rule.Id}: rule | default | flags | bad | good");
                cells[1].Should().StartWith(rule.DefaultSeverity.ToString().ToLowerInvariant(), $"{rule.Id}'s default severity");
                cells[3].Trim().Should().NotBeEmpty();
                cells[4].TrimEnd('|', ' ').Should().NotBeEmpty();
            }
        }

        [Fact]
        public void The_readme_says_how_to_silence_a_rule()
        {
            var text = string.Join("\n", Readme);
            text.Should().Contain("followup-ignore vague-timing: ").And.Contain("SuppressedRulesByPhrase").And.Contain("\"suppress\"");
            text.Should().Contain("`invalid-suppression`").And.Contain("`unused-suppression`");
        }
    }
}
