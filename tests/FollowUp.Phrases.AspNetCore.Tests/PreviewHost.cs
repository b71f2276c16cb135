using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Lifecycle;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace FollowUp.Phrases.AspNetCore.Tests
{
    /// <summary>
    /// A host application that maps the preview the way a CRM would, with a fake clock: in memory for API tests, or on
    /// a real loopback port for the browser.
    /// </summary>
    public sealed class PreviewHost : IAsyncDisposable
    {
        public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 1, 0);

        private readonly WebApplication _app;

        private PreviewHost(WebApplication app, string baseAddress)
        {
            _app = app;
            BaseAddress = baseAddress;
        }

        /// <summary>The page's address, ending in "/followup/".</summary>
        public string BaseAddress { get; }

        /// <summary>A buyer whose name is markup, offered as the order "hostile-buyer".</summary>
        public static OrderSnapshot HostileOrder => SpecimenOrder.Create(Now, OrderStage.Shipped) with
        {
            Buyer = new Buyer { Name = "<img src=x onerror=alert(1)>", TimeZoneId = "Europe/Berlin" },
        };

        public static async Task<PreviewHost> StartAsync(bool realServer, Action<FollowUpPreviewOptions>? configure = null)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            if (realServer)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }

            builder.Services.AddSingleton<IClock>(new FakeClock(Now));
            builder.Services.AddFollowUpPhrases();
            var app = builder.Build();
            app.MapFollowUpPreview("/followup", o =>
            {
                o.Orders["hostile-buyer"] = HostileOrder;
                o.MaxRequestBodyBytes = 64 * 1024;
                configure?.Invoke(o);
            });
            await app.StartAsync();
            var address = realServer
                ? app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/')
                : "http://localhost";
            return new PreviewHost(app, address + "/followup/");
        }

        /// <summary>A client for the in-memory server.</summary>
        public HttpClient CreateClient()
        {
            var client = _app.GetTestClient();
            client.BaseAddress = new Uri(BaseAddress);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
