using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;

namespace FollowUp.Phrases.AspNetCore.Tests
{
    /// <summary>The page in a real browser, as a customer-service lead uses it.</summary>
    public sealed class PreviewBrowserTests
    {
        /// <summary>The page open in a fresh browser against a fresh host; disposing closes both.</summary>
        private sealed class OpenPage : System.IAsyncDisposable
        {
            private readonly PreviewHost _host;
            private readonly Browser _browser;

            private OpenPage(PreviewHost host, Browser browser, IPage page) => (_host, _browser, Page) = (host, browser, page);

            public IPage Page { get; }

            public static async Task<OpenPage> OpenAsync()
            {
                var browser = await Browser.LaunchOrSkipAsync();
                var host = await PreviewHost.StartAsync(realServer: true);
                var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
                await page.GotoAsync(host.BaseAddress);
                await page.WaitForSelectorAsync("body[data-ready=true]");
                return new OpenPage(host, browser, page);
            }

            public async ValueTask DisposeAsync()
            {
                await _host.DisposeAsync();
                await _browser.DisposeAsync();
            }
        }

        /// <summary>Holds the page's first request to <paramref name="url"/> back until the returned source is set; later ones pass.</summary>
        private static async Task<TaskCompletionSource<bool>> HoldFirstRequestAsync(IPage page, string url)
        {
            var held = new TaskCompletionSource<bool>();
            var requests = 0;
            await page.RouteAsync(url, async route =>
            {
                if (System.Threading.Interlocked.Increment(ref requests) == 1)
                {
                    await held.Task;
                }

                await route.ContinueAsync();
            });
            return held;
        }

        [SkippableFact]
        public async Task Choosing_shipment_dispatched_in_the_list_shows_its_rendered_subject()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;

            (await page.Locator("#phrase-table tbody tr").CountAsync()).Should().BeGreaterThan(40);
            await page.FillAsync("#phrase-search", "dispatched");
            await page.ClickAsync("#phrase-table button[data-key='shipment.dispatched']");
            await page.Locator("#render-subject").Filter(new LocatorFilterOptions { HasText = "shipped with DHL Express" }).WaitForAsync();

            (await page.TextContentAsync("#render-subject")).Should().Be("Order AE-20931 shipped with DHL Express – tracking 1234567890");
            (await page.Locator("#render-times tbody tr").CountAsync()).Should().BeGreaterThan(0);
            (await page.TextContentAsync("#render-times tbody")).Should().Contain("(UTC+8)").And.Contain("CET");
            await Browser.ScreenshotAsync(page, "render-shipment-dispatched");
        }

        [SkippableFact]
        public async Task Typing_we_will_ship_soon_underlines_soon_with_its_message_on_hover_and_focus()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;

            await page.ClickAsync("#tab-check");
            await page.FillAsync("#check-text", "we will ship soon");
            var mark = page.Locator("#check-underlined mark.finding[data-rule~='vague-timing']");
            await mark.WaitForAsync();
            (await mark.TextContentAsync()).Should().Be("soon");

            await mark.HoverAsync();
            await page.Locator("#tooltip").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            (await page.TextContentAsync("#tooltip")).Should().Contain("vague-timing").And.Contain("'soon'");

            await page.Mouse.MoveAsync(0, 0);
            await mark.FocusAsync();
            (await page.IsVisibleAsync("#tooltip")).Should().BeTrue();
            (await mark.GetAttributeAsync("aria-describedby")).Should().Be("tooltip");
            await Browser.ScreenshotAsync(page, "check-vague-timing");
        }

        [SkippableFact]
        public async Task Editing_a_template_to_print_an_unknown_fact_shows_the_error_with_line_and_column()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;

            await page.ClickAsync("#tab-render");
            await page.SelectOptionAsync("#render-key", "shipment.dispatched");
            await page.Locator("#render-subject").Filter(new LocatorFilterOptions { HasText = "AE-20931" }).WaitForAsync();
            await page.FillAsync("#edit-body", "Dear {{ buyer.name }},\nYour parcel: {{ shipment.parcel_colour }}");
            var error = page.Locator("#edit-error");
            await error.Filter(new LocatorFilterOptions { HasText = "shipment.parcel_colour" }).WaitForAsync();
            (await error.TextContentAsync()).Should().Contain("body line 2, column 17", "the column of the unknown fact's name");

            // Fixing the template clears the error and renders the change.
            await page.FillAsync("#edit-body", "Dear {{ buyer.name }},\nYour parcel is on its way with {{ shipment.carrier }}.");
            await page.Locator("#render-text").Filter(new LocatorFilterOptions { HasText = "on its way with DHL Express" }).WaitForAsync();
            (await error.TextContentAsync()).Should().BeEmpty();
            await Browser.ScreenshotAsync(page, "edit-template");
        }

        [SkippableFact]
        public async Task A_buyer_named_with_markup_is_shown_as_text_and_runs_nothing()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;
            var dialogs = 0;
            page.Dialog += (_, dialog) => { dialogs++; dialog.DismissAsync(); };

            await page.ClickAsync("#tab-render");
            await page.SelectOptionAsync("#render-key", "shipment.dispatched");
            await page.SelectOptionAsync("#render-order", "hostile-buyer");
            await page.Locator("#render-text").Filter(new LocatorFilterOptions { HasText = "<img src=x onerror=alert(1)>" }).WaitForAsync();

            (await page.Locator("#render-text img").CountAsync()).Should().Be(0);
            var frame = page.FrameLocator("#render-html");
            // The frame may still show the previous order's render for a moment: wait for this one's paragraph.
            await frame.Locator("p", new FrameLocatorLocatorOptions { HasText = "<img src=x onerror=alert(1)>" }).First.WaitForAsync();
            (await frame.Locator("img").CountAsync()).Should().Be(0);
            (await frame.Locator("p", new FrameLocatorLocatorOptions { HasText = "<img src=x onerror=alert(1)>" }).First.TextContentAsync()).Should().Contain("<img src=x onerror=alert(1)>");
            await page.WaitForTimeoutAsync(300);
            dialogs.Should().Be(0);
            await Browser.ScreenshotAsync(page, "hostile-buyer");
        }

        [SkippableFact]
        public async Task A_slow_answer_to_an_earlier_render_does_not_replace_the_latest()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;
            await page.ClickAsync("#tab-render");

            // The first render the page asks for is held back until the second has been answered, as a busy server may.
            var held = await HoldFirstRequestAsync(page, "**/api/render");

            await page.SelectOptionAsync("#render-key", "shipment.dispatched");
            await page.SelectOptionAsync("#render-order", "hostile-buyer");
            await page.Locator("#render-text").Filter(new LocatorFilterOptions { HasText = "<img src=x onerror=alert(1)>" }).WaitForAsync();
            held.SetResult(true);
            await page.WaitForTimeoutAsync(500); // the held answer arrives now

            (await page.Locator("#render-text").TextContentAsync()).Should().Contain("<img src=x onerror=alert(1)>", "the order chosen last is the one shown");
        }

        [SkippableFact]
        public async Task Checking_the_same_message_again_keeps_the_focused_underline_and_its_tooltip()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;

            await page.ClickAsync("#tab-check");
            await page.FillAsync("#check-text", "we will ship soon");
            var mark = page.Locator("#check-underlined mark.finding[data-rule~='vague-timing']");
            await mark.WaitForAsync();
            await mark.FocusAsync();

            // The typing check and a click on Check both answer for the same text, the later one while an underline
            // has the keyboard's focus: the underline stays, focused, with its message showing.
            var checks = 0;
            await page.RouteAsync("**/api/check", async route => { System.Threading.Interlocked.Increment(ref checks); await route.ContinueAsync(); });
            await page.EvaluateAsync("document.getElementById('check-go').click()");
            for (var i = 0; i < 50 && System.Threading.Volatile.Read(ref checks) == 0; i++)
            {
                await page.WaitForTimeoutAsync(20);
            }

            checks.Should().Be(1, "the click asked the server again");
            await page.WaitForTimeoutAsync(500); // its answer has arrived

            (await page.EvaluateAsync<bool>("document.activeElement.matches('mark.finding')")).Should().BeTrue("the focused underline was not replaced");
            (await page.IsVisibleAsync("#tooltip")).Should().BeTrue();
        }

        [SkippableFact]
        public async Task A_slow_answer_to_an_earlier_check_does_not_replace_the_latest()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;
            await page.ClickAsync("#tab-check");

            // The first check the page asks for is held back until the second has been answered.
            var held = await HoldFirstRequestAsync(page, "**/api/check");

            await page.FillAsync("#check-text", "we will ship soon");
            await page.ClickAsync("#check-go");
            await page.FillAsync("#check-text", "Your refund will be processed.");
            await page.ClickAsync("#check-go");
            await page.Locator("#check-underlined mark.finding[data-rule~='missing-owner']").WaitForAsync();
            await page.WaitForTimeoutAsync(600); // past the typing pause, so no later check hides a stale answer
            held.SetResult(true);
            await page.WaitForTimeoutAsync(500); // the held answer arrives now

            (await page.TextContentAsync("#check-underlined")).Should().Be("Your refund will be processed.", "the message checked last is the one shown");
            (await page.Locator("#check-underlined mark.finding[data-rule~='vague-timing']").CountAsync()).Should().Be(0);
        }

        [SkippableFact]
        public async Task The_page_works_with_the_keyboard_alone()
        {
            await using var open = await OpenPage.OpenAsync();
            var page = open.Page;

            // Tab reaches the tab list first; arrow keys move between tabs.
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("tab-phrases");
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            (await page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("tab-check");
            (await page.IsVisibleAsync("#panel-check")).Should().BeTrue();

            // Into the message box, type, and on to the Check button.
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("check-text");
            await page.Keyboard.TypeAsync("Your refund will be processed soon.");
            for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "check-go"; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            await page.Keyboard.PressAsync("Enter");
            await page.Locator("#check-underlined mark.finding").First.WaitForAsync();

            // Every underline is reachable with Tab and shows its message when focused.
            string? focusedRule = null;
            for (var i = 0; i < 15 && focusedRule is null; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                focusedRule = await page.EvaluateAsync<string?>("document.activeElement.matches('mark.finding') ? document.activeElement.dataset.rule : null");
            }

            focusedRule.Should().NotBeNull("Tab reaches the first underline");
            (await page.IsVisibleAsync("#tooltip")).Should().BeTrue();
            (await page.TextContentAsync("#tooltip")).Should().Contain(focusedRule!.Split(' ').First());
            await Browser.ScreenshotAsync(page, "keyboard");
        }
    }
}
