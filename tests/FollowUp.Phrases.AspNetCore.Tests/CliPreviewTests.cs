using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;

namespace FollowUp.Phrases.AspNetCore.Tests
{
    /// <summary><c>followup preview</c> as a user starts it: a process serving the page on the loopback address only.</summary>
    public sealed class CliPreviewTests
    {
        [SkippableFact]
        public async Task Followup_preview_serves_the_page_on_loopback_and_a_browser_shows_the_phrase_list_and_shipment_dispatched()
        {
            await using var browser = await Browser.LaunchOrSkipAsync();
            var cli = Path.Combine(AppContext.BaseDirectory, "followup.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
            foreach (var arg in new[] { cli, "preview", "--port", "0" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            try
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                if (line is null)
                {
                    throw new Xunit.Sdk.XunitException("followup preview printed nothing: " + await process.StandardError.ReadToEndAsync());
                }

                var url = Regex.Match(line!, @"http://\S+/").Value;
                url.Should().StartWith("http://127.0.0.1:", "the CLI listens on the loopback address only");
                line.Should().Contain("Ctrl+C");

                var page = await browser.Instance.NewPageAsync();
                await page.GotoAsync(url);
                await page.WaitForSelectorAsync("body[data-ready=true]");
                (await page.Locator("#phrase-table tbody tr").CountAsync()).Should().BeGreaterThan(40);
                await page.ClickAsync("#phrase-table button[data-key='shipment.dispatched']");
                await page.Locator("#render-subject").Filter(new LocatorFilterOptions { HasText = "shipped with DHL Express" }).WaitForAsync();
                await Browser.ScreenshotAsync(page, "cli-preview");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        [Fact]
        public void Followup_preview_refuses_a_port_that_is_no_number()
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "followup.dll"), "preview", "--port", "http" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(2);
            error.Should().Contain("--port 'http'");
        }
    }
}
