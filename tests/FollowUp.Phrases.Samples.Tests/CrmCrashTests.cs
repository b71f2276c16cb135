using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace FollowUp.Phrases.Samples.Tests
{
    /// <summary>
    /// The CRM sample as a real process on a temporary database, killed with SIGKILL while it is delivering, then started
    /// again: every follow-up that was due is delivered exactly once (one .eml per outbox id) and none is lost.
    /// </summary>
    public sealed class CrmCrashTests : IDisposable
    {
        private readonly ITestOutputHelper _output;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-crash-" + Guid.NewGuid().ToString("N"));

        public CrmCrashTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private string Mail => Path.Combine(_folder, "mail");

        private static string SampleDll()
        {
            // The sample is built with the solution, in the same configuration as this test assembly.
            var here = AppContext.BaseDirectory;
            var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var dir = new DirectoryInfo(here);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FollowUp.Phrases.sln")))
            {
                dir = dir.Parent;
            }

            var dll = Path.Combine(dir!.FullName, "samples", "CrmWebhook", "bin", configuration, "net10.0", "CrmWebhook.dll");
            File.Exists(dll).Should().BeTrue($"the sample is built at {dll}");
            return dll;
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private Process Start(int port, bool defaults = false)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { SampleDll(), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", _folder },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (defaults)
            {
                info.Environment["Logging__LogLevel__Default"] = "Warning";
                var plain = Process.Start(info)!;
                plain.OutputDataReceived += (_, e) => Log(e.Data);
                plain.ErrorDataReceived += (_, e) => Log(e.Data);
                plain.BeginOutputReadLine();
                plain.BeginErrorReadLine();
                return plain;
            }

            info.Environment["ConnectionStrings__Crm"] = $"Data Source={Path.Combine(_folder, "crm.db")}";
            info.Environment["Crm__MailFolder"] = Mail;
            info.Environment["Crm__SendDelayMilliseconds"] = "150"; // a slow mail server: the kill lands mid-delivery
            info.Environment["Crm__PollMilliseconds"] = "100";
            info.Environment["Crm__BatchSize"] = "3";
            info.Environment["Crm__LeaseSeconds"] = "2";
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(info)!;
            process.OutputDataReceived += (_, e) => Log(e.Data);
            process.ErrorDataReceived += (_, e) => Log(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }

        private void Log(string? line)
        {
            if (line != null)
            {
                try
                {
                    _output.WriteLine(line);
                }
                catch (InvalidOperationException)
                {
                    // the test has finished
                }
            }
        }

        private static async Task WaitUntil(Func<Task<bool>> condition, TimeSpan timeout, string what)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout)
            {
                try
                {
                    if (await condition())
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"Waited {timeout.TotalSeconds:F0} s for {what}.");
        }

        [Fact]
        public async Task Killed_while_dispatching_and_restarted_it_delivers_every_follow_up_exactly_once()
        {
            var port = FreePort();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var first = Start(port);
            try
            {
                await WaitUntil(async () => (await client.GetAsync("/outbox")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the sample to listen");
                var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json"));
                var shippedAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
                for (var n = 0; n < 15; n++)
                {
                    var json = template.Replace("AE-20931", $"CR-{n}").Replace("\"stage\": \"shipped\"", "\"stage\": \"payment-confirmed\"");
                    (await client.PutAsync($"/orders/CR-{n}", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
                    (await client.PostAsJsonAsync($"/orders/CR-{n}/events", new { stage = "shipped", at = shippedAt })).EnsureSuccessStatusCode();
                }

                await WaitUntil(() => Task.FromResult(Directory.Exists(Mail) && Directory.GetFiles(Mail, "*.eml").Length >= 3), TimeSpan.FromSeconds(60), "the first deliveries");
            }
            finally
            {
                first.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no cleanup, a claim and maybe a half-written file left
                first.WaitForExit();
            }

            var deliveredBeforeCrash = Directory.GetFiles(Mail, "*.eml").Length;
            _output.WriteLine($"delivered before the kill: {deliveredBeforeCrash}");

            var second = Start(port);
            try
            {
                await WaitUntil(async () =>
                {
                    var all = JsonDocument.Parse(await client.GetStringAsync("/outbox")).RootElement;
                    return all.GetArrayLength() > 0 && all.EnumerateArray().All(r => r.GetProperty("status").GetString() == "sent");
                }, TimeSpan.FromSeconds(90), "every outbox row to be sent");

                var rows = JsonDocument.Parse(await client.GetStringAsync("/outbox")).RootElement.EnumerateArray().ToArray();
                var mine = rows.Where(r => r.GetProperty("orderId").GetString()!.StartsWith("CR-", StringComparison.Ordinal)).ToArray();
                mine.Select(r => r.GetProperty("orderId").GetString()).Distinct().Should().HaveCount(15, "every order's due follow-ups were queued");
                mine.Should().Contain(r => r.GetProperty("phraseKey").GetString() == "shipment.dispatched");
                rows.GroupBy(r => (r.GetProperty("orderId").GetString(), r.GetProperty("phraseKey").GetString()))
                    .Should().OnlyContain(g => g.Count() == 1, "a follow-up is queued once per order");
                deliveredBeforeCrash.Should().BeLessThan(rows.Length, "the kill landed while deliveries were still pending");

                var files = Directory.GetFiles(Mail, "*.eml").Select(Path.GetFileNameWithoutExtension).ToArray();
                files.Should().BeEquivalentTo(rows.Select(r => r.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    "every row is delivered, exactly one file per outbox id");
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                second.WaitForExit();
            }
        }

        [Fact]
        public async Task Started_with_no_settings_it_creates_its_database_in_the_content_root_and_serves_the_sample_order()
        {
            var port = FreePort();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var process = Start(port, defaults: true);
            try
            {
                await WaitUntil(async () => (await client.GetAsync("/orders/AE-20931")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the sample order");

                File.Exists(Path.Combine(_folder, "crm.db")).Should().BeTrue();
                using var order = JsonDocument.Parse(await client.GetStringAsync("/orders/AE-20931"));
                order.RootElement.GetProperty("stage").GetString().Should().Be("payment-confirmed");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }
}
