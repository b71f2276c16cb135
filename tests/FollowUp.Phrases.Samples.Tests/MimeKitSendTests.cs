using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using MimeKit;
using MimeKitSend;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace FollowUp.Phrases.Samples.Tests
{
    public sealed class MimeKitSendTests
    {
        private static readonly PhraseEngine Engine = new PhraseEngine(new PhraseEngineOptions { Clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 6, 0)) });
        private static readonly OrderSnapshot Order = OrderFile.Load(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json"));

        private static MimeMessage RoundTrip(string key)
        {
            var mime = MimeMessageFactory.Create(Engine.Render(key, Order), new MailboxAddress("Lily Chen", "lily@brightway.example"), new MailboxAddress("Anna Weber", "anna@example.de"));
            var path = Path.Combine(Directory.CreateTempSubdirectory("followup-eml-").FullName, key + ".eml");
            mime.WriteTo(path);
            return MimeMessage.Load(path);
        }

        [Fact]
        public void Marketing_email_carries_one_click_unsubscribe_headers_and_both_parts()
        {
            var parsed = RoundTrip("after-sales.feedback-request");

            parsed.Headers["List-Unsubscribe"].Should().Be("<https://brightway.example/unsubscribe?u=42>");
            parsed.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
            parsed.Subject.Should().Be("How was order AE-20931?");
            parsed.TextBody.Should().Contain("Unsubscribe: https://brightway.example/unsubscribe?u=42");
            parsed.HtmlBody.Should().Contain("<a href=\"https://brightway.example/unsubscribe?u=42\">Unsubscribe</a>");
        }

        [Fact]
        public void Transactional_email_has_no_unsubscribe_headers()
        {
            var parsed = RoundTrip("shipment.dispatched");

            parsed.Headers.Contains("List-Unsubscribe").Should().BeFalse();
            parsed.Subject.Should().StartWith("Order AE-20931 shipped with DHL Express");
            parsed.Date.Should().Be(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
            parsed.BodyParts.OfType<TextPart>().Select(p => p.ContentType.MimeType).Should().BeEquivalentTo("text/plain", "text/html");
        }
    }
}
