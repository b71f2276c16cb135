using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace FollowUp.Phrases.Samples.Tests
{
    public sealed class CrmWebhookTests
    {
        private static WebApplicationFactory<Program> Factory(FakeClock clock) =>
            new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IClock>(clock)));

        [Fact]
        public async Task An_order_event_returns_the_follow_ups_now_due_rendered_and_checked()
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)); // Mon 10:00 in Berlin, the buyer's zone
            using var factory = Factory(clock);
            using var client = factory.CreateClient();

            var response = await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "shipped", at = "2026-11-23T06:00:00Z" });

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var due = doc.RootElement.GetProperty("due");
            due.GetArrayLength().Should().Be(1);
            due[0].GetProperty("key").GetString().Should().Be("shipment.dispatched");
            due[0].GetProperty("subject").GetString().Should().StartWith("Order AE-20931 shipped with DHL Express");
            due[0].GetProperty("diagnostics").GetArrayLength().Should().Be(0);
            doc.RootElement.GetProperty("next").EnumerateArray().Select(n => n.GetProperty("key").GetString()).Should().Contain("transit.no-tracking-update");

            var again = await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "in-transit" });
            using var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
            second.RootElement.GetProperty("due").GetArrayLength().Should().Be(0, "the dispatch notice was already sent");
        }

        [Fact]
        public async Task A_move_the_lifecycle_does_not_allow_is_a_conflict_and_an_unknown_order_is_not_found()
        {
            using var factory = Factory(new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)));
            using var client = factory.CreateClient();

            (await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "closed" })).StatusCode.Should().Be(HttpStatusCode.Conflict);
            (await client.PostAsJsonAsync("/orders/NOPE/events", new { stage = "shipped" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
            var bad = await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "shiped" });
            bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await bad.Content.ReadAsStringAsync()).Should().Contain("order-placed");
        }

        [Fact]
        public async Task Check_returns_the_findings_of_any_message()
        {
            using var factory = Factory(new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)));
            using var client = factory.CreateClient();

            var response = await client.PostAsJsonAsync("/check", new { text = "Your order will be shipped soon.", channel = "email" });

            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString())
                .Should().BeEquivalentTo("missing-owner", "vague-timing");
        }
    }
}
