using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.DependencyInjection
{
    public sealed class AddFollowUpPhrasesTests
    {
        [Fact]
        public void Registers_an_engine_that_uses_the_registered_clock_and_configured_phrasebooks()
        {
            var file = Path.Combine(Directory.CreateTempSubdirectory("followup-di-").FullName, "ours.json");
            File.WriteAllText(file, "{ \"phrases\": { \"order.closed\": { \"stage\": \"closed\", \"requires\": [\"order.id\"], \"texts\": { \"en\": { \"subject\": \"Done: {{ order.id }}\", \"body\": \"Order {{ order.id }} is done. Reply to this message if you need anything.\" } } } } }");
            var services = new ServiceCollection().AddLogging().AddSingleton<IClock>(EngineFixture.Clock());
            services.AddFollowUpPhrases(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FollowUpPhrases:PhrasebookFiles:0"] = file,
                ["FollowUpPhrases:SellerTimeZone"] = "Asia/Shanghai",
            }).Build().GetSection("FollowUpPhrases"));

            using var provider = services.BuildServiceProvider();
            var message = provider.GetRequiredService<FollowUpService>().Render("order.closed", EngineFixture.SampleOrder());

            message.Subject.Should().Be("Done: AE-20931");
            message.CreatedAt.Should().Be(EngineFixture.Now);
            provider.GetRequiredService<PhraseEngine>().Should().BeSameAs(provider.GetRequiredService<PhraseEngine>());
        }

        [Fact]
        public void The_service_reviews_analyzes_and_plans_with_the_registered_clock()
        {
            var services = new ServiceCollection().AddLogging().AddSingleton<IClock>(new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 23, 9, 0)));
            services.AddFollowUpPhrases(_ => { });
            using var provider = services.BuildServiceProvider();
            var service = provider.GetRequiredService<FollowUpService>();

            service.Review("Votre commande sera traitée bientôt.").Languages.Should().Equal("fr");
            service.Analyze("We will refund you by 27 Nov 2026.").NextSteps.Should().ContainSingle();
            service.Plan(EngineFixture.SampleOrder()).Should().Contain(f => f.Key == "shipment.dispatched" && f.IsDue(NodaTime.Instant.FromUtc(2026, 11, 23, 9, 0)));
        }

        [Fact]
        public void Bad_options_fail_at_start_up_naming_each_problem()
        {
            var services = new ServiceCollection().AddLogging();
            services.AddFollowUpPhrases(o =>
            {
                o.SellerTimeZone = "Asia/Shenzen";
                o.PhrasebookFiles.Add("/no/such/phrases.json");
                o.DisabledRules.Add("vague-timeing");
            });
            using var provider = services.BuildServiceProvider();

            Action start = () => _ = provider.GetRequiredService<IOptions<FollowUpPhrasesOptions>>().Value;

            start.Should().Throw<OptionsValidationException>()
                .Which.Failures.Should().Contain(f => f.Contains("Asia/Shenzen"))
                .And.Contain(f => f.Contains("/no/such/phrases.json"))
                .And.Contain(f => f.Contains("vague-timeing"));
        }

        [Fact]
        public void Findings_are_logged_without_the_message_text()
        {
            var sink = new ListLogger();
            var services = new ServiceCollection().AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
            services.AddFollowUpPhrases();
            using var provider = services.BuildServiceProvider();

            provider.GetRequiredService<FollowUpService>().Check("Dear Anna Weber, your parcel is guaranteed to arrive before Christmas.");

            sink.Lines.Should().ContainSingle(l => l.Contains("overpromise"));
            sink.Lines.Should().NotContain(l => l.Contains("Anna") || l.Contains("Christmas") || l.Contains("guaranteed"));
        }

        private sealed class ListLogger : ILoggerProvider, ILogger
        {
            public List<string> Lines { get; } = new List<string>();

            public ILogger CreateLogger(string categoryName) => this;

            public void Dispose()
            {
            }

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Lines.Add(formatter(state, exception));
        }

        private static ServiceProvider FromConfiguration(Dictionary<string, string?> settings)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
            services.AddFollowUpPhrases(configuration.GetSection("FollowUpPhrases"));
            return services.BuildServiceProvider();
        }

        [Fact]
        public void Relative_files_start_at_the_content_root_whatever_the_current_directory()
        {
            var root = Directory.CreateTempSubdirectory("followup-root-").FullName;
            Directory.CreateDirectory(Path.Combine(root, "phrases"));
            File.WriteAllText(Path.Combine(root, "phrases", "ours.json"), "{ \"phrases\": { \"order.closed\": { \"stage\": \"closed\", \"requires\": [\"order.id\"], \"texts\": { \"en\": { \"subject\": \"Closed: {{ order.id }}\", \"body\": \"Order {{ order.id }} is closed. Reply to this message if you need anything.\" } } } } }");

            using var provider = FromConfiguration(new Dictionary<string, string?> { ["contentRoot"] = root, ["FollowUpPhrases:PhrasebookFiles:0"] = "phrases/ours.json" });

            provider.GetRequiredService<PhraseEngine>().Render("order.closed", EngineFixture.SampleOrder()).Subject.Should().Be("Closed: AE-20931");
        }

        [Theory]
        [InlineData("FollowUpPhrases:PhrasebookFile:0", "x.json", "PhrasebookFile")]
        [InlineData("FollowUpPhrases:DefaultLocale", "xx", "DefaultLocale")]
        [InlineData("FollowUpPhrases:Policies:0", "amazn", "amazn")]
        [InlineData("FollowUpPhrases:LanguagePackFiles:0", "no-such-pack.json", "no-such-pack.json")]
        [InlineData("FollowUpPhrases:Severities:shouting", "Critical", "Critical")]
        public void A_bad_setting_stops_start_up_naming_it(string key, string value, string named)
        {
            using var provider = FromConfiguration(new Dictionary<string, string?> { [key] = value });

            var act = () => provider.GetRequiredService<IOptions<FollowUpPhrasesOptions>>().Value;

            act.Should().Throw<Exception>().Which.Message.Should().Contain(named);
        }

        [Fact]
        public void Policies_sender_identity_and_language_packs_come_from_configuration()
        {
            var root = Directory.CreateTempSubdirectory("followup-packs-").FullName;
            File.WriteAllText(Path.Combine(root, "it.json"), "{ \"language\": \"it\", \"name\": \"Italian\", \"detection\": { \"words\": [\"la\", \"spedizione\", \"presto\"] }, \"lists\": { \"timing.vague-phrases\": [\"presto\"] } }");

            using var provider = FromConfiguration(new Dictionary<string, string?>
            {
                ["contentRoot"] = root,
                ["FollowUpPhrases:LanguagePackFiles:0"] = "it.json",
                ["FollowUpPhrases:Policies:0"] = "us",
            });
            var service = provider.GetRequiredService<FollowUpService>();

            service.Review("La spedizione arriverà presto.").Languages.Should().Equal("it");
            service.Check("New arrivals! Unsubscribe: https://shop.example/unsubscribe?u=1", new FollowUp.Phrases.Checking.CheckContext { Purpose = FollowUp.Phrases.Checking.MessagePurpose.Marketing })
                .Should().Contain(d => d.Rule == "missing-sender-identity", "the us policy asks for the sender's postal address");
        }
    }
}
