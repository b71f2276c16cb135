using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Tests.Rendering;
using FollowUp.Phrases.Timing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Lifecycle
{
    /// <summary>One settings model for code, DI and followup.json: validated once, every problem listed with its key.</summary>
    public sealed class SettingsTests
    {
        [Fact]
        public void Validate_lists_every_problem_with_its_key()
        {
            var settings = new FollowUpSettings
            {
                SellerTimeZone = "Asia/Shenzen",
                PhrasebookFiles = { "no-such-phrases.json" },
                Policies = { "amazn" },
                Suppress = { ["order.closed"] = new List<string> { "shoutng" } },
                BaseDirectory = Path.GetTempPath(),
            };

            var problems = settings.Validate();

            problems.Should().HaveCount(4);
            problems.Should().Contain(p => p.StartsWith("SellerTimeZone: ") && p.Contains("Asia/Shenzen"));
            problems.Should().Contain(p => p.StartsWith("PhrasebookFiles: ") && p.Contains(Path.Combine(Path.GetTempPath(), "no-such-phrases.json")));
            problems.Should().Contain(p => p.StartsWith("Rules: ") && p.Contains("amazn"));
            problems.Should().Contain(p => p.StartsWith("Suppress:order.closed: ") && p.Contains("shoutng"));
            FluentActions.Invoking(settings.ThrowIfInvalid).Should().Throw<ConfigurationException>().Which.Message.Should().Contain("Asia/Shenzen").And.Contain("amazn");
        }

        [Fact]
        public void The_same_settings_build_what_di_builds_including_the_planner()
        {
            var services = new ServiceCollection().AddLogging().AddSingleton<IClock>(EngineFixture.Clock());
            services.AddFollowUpPhrases(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FollowUpPhrases:Planner:DispatchNoticeWithinHours"] = "2",
            }).Build().GetSection("FollowUpPhrases"));
            using var provider = services.BuildServiceProvider();

            var order = EngineFixture.SampleOrder();
            var dispatch = provider.GetRequiredService<FollowUpPlanner>().Plan(order, order.DispatchedAt!.Value).Single(f => f.Key == "shipment.dispatched");

            dispatch.Deadline.Should().Be(order.DispatchedAt!.Value + Duration.FromHours(2));
        }

        [Fact]
        public void Copying_settings_carries_every_setting_and_shares_no_list()
        {
            var from = new FollowUpSettings
            {
                PhrasebookFiles = { "ours.json" },
                LanguagePackFiles = { "it.json" },
                BaseDirectory = "/srv/followup",
                SellerTimeZone = "Asia/Shanghai",
                DefaultLocale = "de",
                RefuseOnErrors = true,
                DisabledRules = { "shouting" },
                Severities = { ["vague-timing"] = FollowUp.Phrases.Checking.Severity.Error },
                Policies = { "eu" },
                Suppress = { ["order.closed"] = new System.Collections.Generic.List<string> { "shouting" } },
                RequireUnsubscribeOnEveryEmail = true,
                RequireSenderIdentity = true,
                Planner = new PlannerSettings { ClosureNoticeWorkingDays = 5 },
            };
            var to = new FollowUpSettings();

            from.CopyTo(to);

            // Every public setting, whatever is added later: a setting CopyTo forgets fails here.
            foreach (var property in typeof(FollowUpSettings).GetProperties().Where(p => p.CanWrite))
            {
                System.Text.Json.JsonSerializer.Serialize(property.GetValue(to)).Should().Be(System.Text.Json.JsonSerializer.Serialize(property.GetValue(from)), property.Name);
            }

            to.PhrasebookFiles.Should().NotBeSameAs(from.PhrasebookFiles);
            to.Suppress["order.closed"].Should().NotBeSameAs(from.Suppress["order.closed"]);
        }
    }
}
