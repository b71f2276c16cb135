using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    public sealed class ConcurrencyAndCultureTests
    {
        [Fact]
        public void Sixteen_threads_rendering_ten_thousand_messages_match_one_thread()
        {
            var engine = EngineFixture.Engine();
            var order = EngineFixture.SampleOrder();
            var keys = Phrasebooks.Phrasebook.BuiltIn.Phrases.Select(p => p.Key.Value).ToArray();
            string Render(int i)
            {
                var m = engine.Render(keys[i % keys.Length], order);
                return m.Subject + "\n" + m.TextBody + "\n" + m.HtmlBody + "\n" + string.Join(";", m.Diagnostics.Select(d => d.ToString()));
            }

            var expected = keys.Select((_, i) => Render(i)).ToArray();
            var actual = new string[10_000];
            Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => actual[i] = Render(i));

            for (var i = 0; i < actual.Length; i++)
            {
                actual[i].Should().Be(expected[i % keys.Length]);
            }
        }

        [Theory]
        [InlineData("tr-TR")]
        [InlineData("ar-SA")]
        [InlineData("zh-CN")]
        [InlineData("de-DE")]
        public void Rendering_and_checking_do_not_depend_on_the_culture(string culture)
        {
            string Run()
            {
                var engine = EngineFixture.Engine();
                var order = EngineFixture.SampleOrder();
                var rendered = string.Join("\n", Phrasebooks.Phrasebook.BuiltIn.Phrases.Select(p => engine.Render(p.Key.Value, order)).Select(m => m.Subject + m.TextBody + m.HtmlBody));
                var findings = WordingChecker.Default.Check("YOUR ORDER WILL BE SHIPPED SOON. Please pay by Friday, 26 Nov 2026 at 5 PM.", new CheckContext { Now = EngineFixture.Now });
                return rendered + string.Join("|", findings.Select(d => $"{d.Rule}:{d.Start}:{d.Length}:{d.Message}"));
            }

            var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            var invariant = Run();
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Run().Should().Be(invariant);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
            }
        }
    }
}
