using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace FollowUp.Phrases.AspNetCore.Tests
{
    /// <summary>
    /// Debian's Chromium driven by Playwright, headless. The browser is found at FOLLOWUP_CHROMIUM (default
    /// /usr/bin/chromium); Playwright's own browser download is never used. Without a browser the tests are skipped,
    /// except under CI=true, where a missing browser is a failure: CI installs it.
    /// </summary>
    public sealed class Browser : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;

        private Browser(IPlaywright playwright, IBrowser browser)
        {
            _playwright = playwright;
            Instance = browser;
        }

        public IBrowser Instance { get; }

        public static string ExecutablePath => Environment.GetEnvironmentVariable("FOLLOWUP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

        public static async Task<Browser> LaunchOrSkipAsync()
        {
            if (!File.Exists(ExecutablePath))
            {
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"No Chromium at {ExecutablePath}; CI must install it (apt-get install chromium) or set FOLLOWUP_CHROMIUM.");
                }

                Skip.If(true, $"No Chromium at {ExecutablePath}: install it (apt-get install chromium) or set FOLLOWUP_CHROMIUM to run the browser tests.");
            }

            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // Root in a container has no user namespaces for Chromium's sandbox. The preview's HTML frame is
                // sandboxed, and Chromium moves a sandboxed frame into a process of its own, a new one each time its
                // srcdoc changes: the automation must re-attach to the frame then, and once in a long while (CI, a busy
                // machine) it never saw the new document and a wait inside the frame timed out. The sandbox itself (no
                // scripts, an opaque origin) is the frame's attribute and holds in one process as in two.
                Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-features=IsolateSandboxedIframes" },
            });
            return new Browser(playwright, browser);
        }

        /// <summary>Saves what the page shows under the test output's screenshots folder.</summary>
        public static async Task ScreenshotAsync(IPage page, string name)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }

        public async ValueTask DisposeAsync()
        {
            await Instance.CloseAsync();
            _playwright.Dispose();
        }
    }
}
