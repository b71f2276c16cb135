using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Serialization;
using FollowUp.Phrases.Tests.Cli;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Serialization
{
    public sealed class JsonTests
    {
        [Fact]
        public void An_order_round_trips_and_its_json_is_a_valid_order_file()
        {
            var order = EngineFixture.SampleOrder();

            var json = JsonSerializer.Serialize(order, FollowUpJson.Options);
            var back = JsonSerializer.Deserialize<OrderSnapshot>(json, FollowUpJson.Options)!;
            var fromFile = OrderFile.Parse(json, "serialised.json");

            JsonSerializer.Serialize(back, FollowUpJson.Options).Should().Be(json);
            JsonSerializer.Serialize(fromFile, FollowUpJson.Options).Should().Be(json);
            json.Should().Contain("\"stage\": \"shipped\"").And.Contain("\"dispatchedAt\": \"2026-11-23T06:00:00Z\"")
                .And.Contain("\"kind\": \"working\"").And.Contain("\"timeZone\": \"Europe/Berlin\"");
        }

        [Fact]
        public void Messages_and_findings_serialise_with_camel_case_and_kebab_case_values()
        {
            var message = EngineFixture.Engine().Render("order.closed", EngineFixture.SampleOrder());
            var finding = WordingChecker.Default.Check("We will ship soon.").Single();

            var messageJson = JsonSerializer.Serialize(message, FollowUpJson.Options);
            var findingJson = JsonSerializer.Serialize(finding, FollowUpJson.Options);

            messageJson.Should().Contain("\"key\": \"order.closed\"").And.Contain("\"createdAt\": \"2026-11-23T06:00:00Z\"").And.Contain("\"purpose\": \"transactional\"");
            findingJson.Should().Contain("\"rule\": \"vague-timing\"").And.Contain("\"severity\": \"warning\"").And.Contain("\"text\": \"soon\"");
            JsonSerializer.Deserialize<Diagnostic>(findingJson, FollowUpJson.Options).Should().Be(finding);
        }

        [Theory]
        [InlineData("order", "order.schema.json")]
        [InlineData("config", "followup.schema.json")]
        public void Published_schemas_are_generated_from_the_types(string which, string file)
        {
            var generated = CliRunner.Run("", "schema", which).Out;
            var published = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", file));

            published.Replace("\r\n", "\n").Should().Be(generated.Replace("\r\n", "\n"),
                $"regenerate with: dotnet run --project src/FollowUp.Phrases.Cli -- schema {which} --out docs/{file}");
            using var doc = JsonDocument.Parse(generated);
            doc.RootElement.GetProperty("$schema").GetString().Should().Contain("2020-12");
        }

        [Fact]
        public void The_order_schema_describes_instants_dates_and_stages()
        {
            using var doc = JsonDocument.Parse(CliRunner.Run("", "schema", "order").Out);
            var properties = doc.RootElement.GetProperty("properties");

            properties.GetProperty("dispatchedAt").GetProperty("format").GetString().Should().Be("date-time");
            properties.GetProperty("expectedCompletion").GetProperty("format").GetString().Should().Be("date");
            properties.GetProperty("stage").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Contain("order-placed");
        }

        [Fact]
        public void A_followup_json_configures_the_cli()
        {
            var dir = Directory.CreateTempSubdirectory("followup-config-").FullName;
            File.WriteAllText(Path.Combine(dir, "followup.json"), "{ \"disabledRules\": [\"vague-timing\"], \"severities\": { \"missing-owner\": \"error\" } }");

            var result = CliRunner.Run("Your order will be shipped soon.", "check", "--config", Path.Combine(dir, "followup.json"));

            result.ExitCode.Should().Be(1);
            result.Out.Should().Contain("error missing-owner").And.NotContain("vague-timing");
        }
    }
}
