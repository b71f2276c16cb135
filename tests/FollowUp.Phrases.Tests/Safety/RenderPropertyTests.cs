using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    /// <summary>
    /// Facts and links fuzzed with the checker's generated text: every phrase either renders or refuses with a
    /// <see cref="FollowUpException"/>, and what renders never carries a line break or NUL in the subject, a control
    /// character in a header, or an unencoded value in HTML.
    /// </summary>
    public sealed class RenderPropertyTests
    {
        private static readonly string[] Keys = { "shipment.dispatched", "marketing.new-arrivals", "order.closed", "complaint.received" };

        [Fact]
        public void Any_fact_or_link_renders_safely_or_is_refused_by_name()
        {
            var engine = EngineFixture.Engine();
            var baseOrder = EngineFixture.SampleOrder();
            var i = 0;
            foreach (var text in CheckerPropertyTests.Generated(150))
            {
                Uri? link = Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var u) ? u : null;
                Uri? webLink = Uri.TryCreate("https://x.example/" + text, UriKind.Absolute, out var w) ? w : null;
                var order = baseOrder with
                {
                    OrderId = text.Length == 0 ? "AE-1" : text,
                    Buyer = baseOrder.Buyer with { Name = text },
                    Carrier = text,
                    TrackingUrl = i % 2 == 0 ? webLink : link,
                    UnsubscribeUrl = i % 3 == 0 ? link : webLink,
                };
                var key = Keys[i++ % Keys.Length];
                FollowUpMessage message;
                try
                {
                    message = engine.Render(key, order);
                }
                catch (FollowUpException)
                {
                    continue; // refused, naming what is wrong: the point of the test is that nothing else escapes
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{key}: {e.GetType().Name} for {Visible(text)}: {e}");
                }

                message.Subject.Should().NotContainAny(new[] { "\r", "\n", "\0", "\u2028", "\u2029", "\u0085" }, Visible(text));
                foreach (var header in message.Headers)
                {
                    header.Value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)).Should().BeFalse(Visible(header.Value));
                    header.Value.Count(c => c == '<').Should().BeLessOrEqualTo(1, Visible(header.Value));
                }

                if (message.HtmlBody != null && text.Contains('<') && text.Length >= 12)
                {
                    message.HtmlBody.Should().NotContain(text, "a value with markup reaches HTML encoded: {0}", Visible(text));
                }
            }
        }

        private static string Visible(string text) =>
            string.Concat(text.Take(200).Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
