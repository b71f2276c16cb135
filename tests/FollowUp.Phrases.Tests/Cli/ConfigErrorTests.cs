using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace FollowUp.Phrases.Tests.Cli
{
    /// <summary>A bad config file is reported with the file actually read, its line and column, the field, and the problem in words.</summary>
    public sealed class ConfigErrorTests
    {
        private static CliResult CheckWith(string json)
        {
            var path = Path.Combine(Path.GetTempPath(), $"followup-config-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, json);
            try
            {
                var result = CliRunner.Run("We will ship by 4 Dec 2026.", "check", "-", "--config", path);
                result.Error.Should().Contain(path, "the error names the file that was read");
                return result;
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void An_unknown_policy_names_the_config_file_and_the_known_policies()
        {
            var result = CheckWith("{ \"policies\": [\"amazn\"] }");

            result.ExitCode.Should().NotBe(0);
            result.Error.Should().Contain("No policy 'amazn'").And.Contain("amazon").And.NotContain("followup.json:");
        }

        [Fact]
        public void An_unknown_key_is_an_error_listing_the_settings()
        {
            var result = CheckWith("{ \"disabledRule\": [\"shouting\"] }");

            result.Error.Should().Contain("(1,18)").And.Contain("field 'disabledRule': unknown setting").And.Contain("disabledRules");
        }

        [Fact]
        public void A_trailing_comma_is_reported_in_words_at_its_place()
        {
            var result = CheckWith("{ \"policies\": [\"amazon\"], }");

            result.Error.Should().Contain("(1,27)").And.Contain("trailing comma").And.NotContain("Change the reader options").And.NotContain("LineNumber");
        }
    }
}
