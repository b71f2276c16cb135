using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CrmWebhook.Sending;
using CrmWebhook.Storage;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace FollowUp.Phrases.Samples.Tests
{
    /// <summary>The CRM sample in process, on a temporary database, with a fake clock and the background loops off.</summary>
    public sealed class CrmWebhookTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-test-" + Guid.NewGuid().ToString("N"));

        public CrmWebhookTests() => Directory.CreateDirectory(_folder);

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private string Mail => Path.Combine(_folder, "mail");

        private WebApplicationFactory<Program> Factory(FakeClock clock) =>
            new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
                .UseSetting("ConnectionStrings:Crm", $"Data Source={Path.Combine(_folder, "crm.db")}")
                .UseSetting("Crm:MailFolder", Mail)
                .UseSetting("Crm:BackgroundServices", "false")
                .ConfigureServices(s => s.AddSingleton<IClock>(clock)));

        private static async Task<JsonDocument> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        [Fact]
        public async Task A_stage_event_queues_the_follow_ups_now_due_and_the_dispatcher_delivers_each_once()
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0));
            using var factory = Factory(clock);
            using var client = factory.CreateClient();

            var response = await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "shipped", at = "2026-11-23T06:00:00Z" });

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            using var doc = await Json(response);
            var queued = doc.RootElement.GetProperty("queued");
            queued.GetArrayLength().Should().Be(1);
            queued[0].GetProperty("key").GetString().Should().Be("shipment.dispatched");
            queued[0].GetProperty("subject").GetString().Should().StartWith("Order AE-20931 shipped with DHL Express");
            doc.RootElement.GetProperty("next").EnumerateArray().Select(n => n.GetProperty("key").GetString()).Should().Contain("transit.no-tracking-update");

            var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
            (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);
            (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(0);
            var id = queued[0].GetProperty("outboxId").GetInt64();
            File.ReadAllText(Path.Combine(Mail, $"{id}.eml")).Should().Contain("Subject: Order AE-20931 shipped");

            using var sent = await Json(await client.GetAsync("/outbox?status=sent"));
            sent.RootElement.EnumerateArray().Select(r => r.GetProperty("phraseKey").GetString()).Should().Equal("shipment.dispatched");

            var again = await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "in-transit" });
            using var second = await Json(again);
            second.RootElement.GetProperty("queued").GetArrayLength().Should().Be(0, "the dispatch notice is recorded as sent on the order");
            factory.Services.GetRequiredService<Outbox>().Count().Should().Be(1);
        }

        [Fact]
        public async Task Bad_input_gets_the_right_status_and_a_problem_naming_it_and_changes_nothing()
        {
            using var factory = Factory(new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)));
            using var client = factory.CreateClient();
            var before = await client.GetStringAsync("/orders/AE-20931");

            async Task Expect(HttpResponseMessage response, HttpStatusCode status, string mention)
            {
                response.StatusCode.Should().Be(status);
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
                (await response.Content.ReadAsStringAsync()).Should().Contain(mention);
            }

            await Expect(await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "closed" }), HttpStatusCode.Conflict, "closed");
            await Expect(await client.PostAsJsonAsync("/orders/NOPE/events", new { stage = "shipped" }), HttpStatusCode.NotFound, "NOPE");
            await Expect(await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "shiped" }), HttpStatusCode.BadRequest, "order-placed");
            await Expect(await client.PutAsync("/orders/AE-20931", new StringContent("{ \"orderId\": \"AE-20931\", \"stage\": \"shiped\" }", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "stage");
            await Expect(await client.PutAsync("/orders/AE-20931", new StringContent("{ \"orderId\": \"AE-1\" }", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "orderId");
            await Expect(await client.PutAsync("/orders/AE-20931", new StringContent("{ \"orderId\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid JSON");
            await Expect(await client.GetAsync("/outbox?status=lost"), HttpStatusCode.BadRequest, "status");
            await Expect(await client.GetAsync("/orders/NOPE"), HttpStatusCode.NotFound, "NOPE");

            (await client.GetStringAsync("/orders/AE-20931")).Should().Be(before);
            factory.Services.GetRequiredService<Outbox>().Count().Should().Be(0);
        }

        [Fact]
        public async Task An_order_put_as_order_file_json_is_stored_and_served()
        {
            using var factory = Factory(new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)));
            using var client = factory.CreateClient();
            var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json")).Replace("AE-20931", "AE-777");

            (await client.PutAsync("/orders/AE-777", new StringContent(json, Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.OK);

            using var stored = JsonDocument.Parse(await client.GetStringAsync("/orders/AE-777"));
            stored.RootElement.GetProperty("orderId").GetString().Should().Be("AE-777");
            stored.RootElement.GetProperty("carrier").GetString().Should().Be("DHL Express");
        }

        [Fact]
        public async Task Two_dispatchers_on_one_database_deliver_each_row_once()
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0));
            using var factory = Factory(clock);
            using var client = factory.CreateClient();
            var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json"));
            for (var n = 0; n < 12; n++)
            {
                var json = template.Replace("AE-20931", $"AE-{n}").Replace("\"stage\": \"shipped\"", "\"stage\": \"payment-confirmed\"");
                (await client.PutAsync($"/orders/AE-{n}", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
                (await client.PostAsJsonAsync($"/orders/AE-{n}/events", new { stage = "shipped", at = "2026-11-23T06:00:00Z" })).EnsureSuccessStatusCode();
            }

            var outbox = factory.Services.GetRequiredService<Outbox>();
            var rows = outbox.List("pending");
            rows.Should().HaveCount(12);

            var counting = new CountingSender(factory.Services.GetRequiredService<IFollowUpSender>());
            OutboxDispatcher Dispatcher() => new OutboxDispatcher(outbox, counting, clock, factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CrmWebhook.CrmOptions>>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDispatcher>.Instance);
            var first = Dispatcher();
            var second = Dispatcher();
            await Task.WhenAll(Enumerable.Range(0, 2).Select(k => Task.Run(async () =>
            {
                var d = k == 0 ? first : second;
                while (outbox.List("pending").Count > 0)
                {
                    await d.DispatchOnceAsync(CancellationToken.None);
                }
            })));

            outbox.List("sent").Should().HaveCount(12);
            counting.Calls.Should().OnlyContain(c => c.Value == 1, "no row is handed to a sender twice");
            counting.Calls.Keys.Should().BeEquivalentTo(rows.Select(r => r.Id));
            Directory.GetFiles(Mail, "*.eml").Should().HaveCount(12);
        }

        [Fact]
        public async Task Check_returns_the_findings_of_any_message()
        {
            using var factory = Factory(new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)));
            using var client = factory.CreateClient();

            var response = await client.PostAsJsonAsync("/check", new { text = "Your order will be shipped soon.", channel = "email" });

            using var doc = await Json(response);
            doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString())
                .Should().BeEquivalentTo("missing-owner", "vague-timing");
        }

        [Fact]
        public async Task A_failing_delivery_is_retried_with_growing_delays_then_marked_failed()
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0));
            using var factory = Factory(clock);
            using var client = factory.CreateClient();
            (await client.PostAsJsonAsync("/orders/AE-20931/events", new { stage = "shipped", at = "2026-11-23T06:00:00Z" })).EnsureSuccessStatusCode();
            var outbox = factory.Services.GetRequiredService<Outbox>();
            var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CrmWebhook.CrmOptions>>();
            var dispatcher = new OutboxDispatcher(outbox, new FailingSender(), clock, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDispatcher>.Instance);

            await dispatcher.DispatchOnceAsync(CancellationToken.None);
            outbox.List("pending").Single().Attempts.Should().Be(1);
            (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(0);
            outbox.List("pending").Single().Attempts.Should().Be(1, "the retry waits for its delay");

            for (var attempt = 1; attempt < options.Value.MaxAttempts; attempt++)
            {
                clock.Advance(Duration.FromSeconds(options.Value.RetrySeconds * Math.Pow(2, attempt)));
                await dispatcher.DispatchOnceAsync(CancellationToken.None);
            }

            var failed = outbox.List("failed").Should().ContainSingle().Which;
            failed.Attempts.Should().Be(options.Value.MaxAttempts);
            failed.LastError.Should().Be("mail server down");
        }

        private sealed class FailingSender : IFollowUpSender
        {
            public Task SendAsync(OutboxRow row, CancellationToken cancellationToken) => throw new IOException("mail server down");
        }

        private sealed class CountingSender : IFollowUpSender
        {
            private readonly IFollowUpSender _inner;

            public CountingSender(IFollowUpSender inner) => _inner = inner;

            public System.Collections.Concurrent.ConcurrentDictionary<long, int> Calls { get; } = new System.Collections.Concurrent.ConcurrentDictionary<long, int>();

            public Task SendAsync(OutboxRow row, CancellationToken cancellationToken)
            {
                Calls.AddOrUpdate(row.Id, 1, (_, n) => n + 1);
                return _inner.SendAsync(row, cancellationToken);
            }
        }
    }
}
