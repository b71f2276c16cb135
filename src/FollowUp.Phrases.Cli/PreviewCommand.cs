using System;
using System.IO;
using System.Linq;
using System.Threading;
using FollowUp.Phrases.AspNetCore;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Lifecycle;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// <c>followup preview</c>: serves the preview page on the loopback address only, for the person at this machine;
    /// nobody else on the network can reach it.
    /// </summary>
    internal static class PreviewCommand
    {
        private const string Help =
            "followup preview [--phrasebook FILE]... [--order FILE]... [--port N]\n\n" +
            "Serves the preview page on http://127.0.0.1:PORT/ (loopback only): see each phrase rendered with its findings\n" +
            "underlined, edit templates in memory, check any message, plan follow-ups. Ctrl+C stops it.\n\n" +
            "  --phrasebook FILE   your phrasebook over the built-in one (repeatable)\n" +
            "  --order FILE        an order file to offer beside the samples (repeatable; named by its file name)\n" +
            "  --port N            the port (default 5178; 0 picks a free one)";

        public static int Run(string[] args, TextWriter stdout, IClock clock, CancellationToken stop = default)
        {
            var line = CommandLine.Parse(args, "preview", new[] { "--phrasebook", "--order", "--port" }, Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count > 0)
            {
                throw new UsageException($"preview takes no FILE arguments; got '{line.Positionals[0]}'. Use --phrasebook FILE or --order FILE.");
            }

            var portText = line.Get("--port") ?? "5178";
            if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port > 65535)
            {
                throw new UsageException($"--port '{portText}' is not a port number (0–65535).");
            }

            // Everything that can be wrong with the files is reported before the server starts.
            var orders = line.GetAll("--order").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => OrderFile.Load(f), StringComparer.Ordinal);
            var config = FollowUpCli.Config ?? new FollowUpConfig();
            foreach (var file in line.GetAll("--phrasebook"))
            {
                Phrasebooks.Phrasebook.LoadFile(file);
            }

            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>(), ContentRootPath = Directory.GetCurrentDirectory() });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(System.Net.IPAddress.Loopback, port);
                k.Limits.MaxRequestBodySize = 1024 * 1024;
            });
            builder.Services.AddSingleton(clock);
            builder.Services.AddFollowUpPhrases(o =>
            {
                config.CopyTo(o);
                o.PhrasebookFiles.AddRange(line.GetAll("--phrasebook").Select(Path.GetFullPath));
            });
            var app = builder.Build();
            app.MapFollowUpPreview("/", o =>
            {
                foreach (var pair in orders)
                {
                    o.Orders[pair.Key] = pair.Value;
                }
            });
            app.StartAsync(stop).GetAwaiter().GetResult();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            stdout.WriteLine($"Preview at {address.TrimEnd('/')}/ (loopback only). Press Ctrl+C to stop.");
            stdout.Flush();
            app.WaitForShutdownAsync(stop).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        }
    }
}
