using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using NodaTime;
using NodaTime.Testing;

namespace FollowUp.Phrases.Tests.Rendering
{
    internal static class EngineFixture
    {
        public static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 6, 0);

        public static FakeClock Clock() => new FakeClock(Now);

        public static PhraseEngine Engine(Phrasebooks.Phrasebook? book = null, bool refuse = false) =>
            new PhraseEngine(new PhraseEngineOptions
            {
                Clock = Clock(),
                Phrasebook = book ?? Phrasebooks.Phrasebook.BuiltIn,
                RefuseOnErrors = refuse,
            });

        public static OrderSnapshot SampleOrder() => OrderFile.Load(TestPaths.SampleOrder);

        public static Phrasebooks.Phrasebook Book(string phrases) => Phrasebooks.Phrasebook.Parse("{ \"phrases\": { " + phrases + " } }", "test.json");
    }
}
