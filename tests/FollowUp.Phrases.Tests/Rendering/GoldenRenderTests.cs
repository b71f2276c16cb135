using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>
    /// Every built-in phrase in every locale and channel it declares, rendered for the sample orders with a fixed clock,
    /// compared byte for byte with the files under Rendering/Golden. The files were written by the template engine that
    /// came before, so a change of engine (or of a formatter) cannot alter what buyers read without this failing.
    /// After an intended change: <c>FOLLOWUP_UPDATE_GOLDEN=1 dotnet test --filter GoldenRenderTests</c>, then read the diff.
    /// </summary>
    public sealed class GoldenRenderTests
    {
        public static TheoryData<string> Orders => new TheoryData<string> { "sample-order", "order-without-tracking" };

        [Theory]
        [MemberData(nameof(Orders))]
        public void Every_built_in_phrase_renders_exactly_as_recorded(string orderName)
        {
            var order = OrderFile.Load(Path.Combine(TestPaths.RepositoryRoot, "samples", "orders", orderName + ".json"));
            var actual = RenderAll(order);
            var golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "FollowUp.Phrases.Tests", "Rendering", "Golden", orderName + ".txt");

            if (Environment.GetEnvironmentVariable("FOLLOWUP_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(golden, actual, new UTF8Encoding(false));
            }

            var expected = File.ReadAllText(golden, Encoding.UTF8).Replace("\r\n", "\n");
            FirstDifference(expected, actual).Should().BeNull("the rendered phrasebook must match {0}", golden);
        }

        private static string RenderAll(OrderSnapshot order)
        {
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = EngineFixture.Clock(), CheckWording = false });
            var sb = new StringBuilder();
            foreach (var phrase in engine.Phrasebook.Phrases.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
            {
                foreach (var locale in phrase.Locales.OrderBy(l => l, StringComparer.Ordinal))
                {
                    foreach (var channel in phrase.Channels)
                    {
                        sb.Append("=== ").Append(phrase.Key.Value).Append(' ').Append(locale).Append(' ').Append(channel).Append('\n');
                        try
                        {
                            var m = engine.Render(phrase.Key.Value, order, new RenderOptions { Locale = locale, Channel = channel });
                            sb.Append("subject: ").Append(m.Subject).Append('\n');
                            foreach (var header in m.Headers.OrderBy(h => h.Key, StringComparer.Ordinal))
                            {
                                sb.Append("header ").Append(header.Key).Append(": ").Append(header.Value).Append('\n');
                            }

                            sb.Append("--- text\n").Append(m.TextBody).Append('\n');
                            if (m.HtmlBody != null)
                            {
                                sb.Append("--- html\n").Append(m.HtmlBody).Append('\n');
                            }
                        }
                        catch (FollowUpException e)
                        {
                            sb.Append("refused: ").Append(e.GetType().Name).Append(": ").Append(e.Message).Append('\n');
                        }
                    }
                }
            }

            return sb.ToString();
        }

        private static string? FirstDifference(string expected, string actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
            {
                var x = i < e.Length ? e[i] : "<end>";
                var y = i < a.Length ? a[i] : "<end>";
                if (x != y)
                {
                    var header = a.Take(i + 1).LastOrDefault(l => l.StartsWith("=== ", StringComparison.Ordinal));
                    return $"line {i + 1} ({header}): expected «{x}», rendered «{y}»";
                }
            }

            return null;
        }
    }
}
