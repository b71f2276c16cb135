using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using FollowUp.Phrases.Phrasebooks;
using Xunit;

namespace FollowUp.Phrases.AspNetCore.Tests
{
    /// <summary>The page's JSON API as a host serves it: answers the page relies on, and bad input answered as problem JSON naming the field.</summary>
    public sealed class PreviewApiTests : IAsyncLifetime
    {
        private PreviewHost _host = null!;
        private HttpClient _client = null!;

        public async Task InitializeAsync()
        {
            _host = await PreviewHost.StartAsync(realServer: false);
            _client = _host.CreateClient();
        }

        public async Task DisposeAsync() => await _host.DisposeAsync();

        private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> Post(string path, string json)
        {
            var response = await _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response);
        }

        [Fact]
        public async Task The_page_is_served_with_a_strict_content_security_policy()
        {
            var response = await _client.GetAsync("");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).Should().Contain("assets/preview.js");
            var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            csp.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.NotContain("unsafe-eval");
            (await _client.GetAsync("assets/preview.js")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await _client.GetAsync("assets/nothing.js")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        [Fact]
        public async Task The_page_without_its_trailing_slash_redirects_so_relative_links_resolve()
        {
            var client = _host.CreateClient();
            var response = await client.GetAsync("/followup");
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().Should().Be("/followup/");
        }

        [Fact]
        public async Task Phrases_lists_every_phrase_with_its_facts_review_date_and_templates()
        {
            var body = JsonDocument.Parse(await _client.GetStringAsync("api/phrases")).RootElement;
            var phrases = body.GetProperty("phrases").EnumerateArray().ToArray();
            phrases.Should().HaveCount(Phrasebook.BuiltIn.Phrases.Count);
            var dispatched = phrases.Single(p => p.GetProperty("key").GetString() == "shipment.dispatched");
            dispatched.GetProperty("stage").GetString().Should().Be("shipped");
            dispatched.GetProperty("requiredFacts").EnumerateArray().Select(f => f.GetString()).Should().Contain("shipment.tracking_number");
            dispatched.GetProperty("reviewedOn").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
            dispatched.GetProperty("texts").GetProperty("en").GetProperty("subject").GetString().Should().Contain("{{");
            body.GetProperty("orders").EnumerateArray().Select(o => o.GetString()).Should().Contain(new[] { "specimen", "sample-order", "hostile-buyer" });
        }

        [Fact]
        public async Task Render_returns_subject_text_and_html_as_the_buyer_gets_them_with_times_in_both_clocks()
        {
            var (status, body, _) = await Post("api/render", """{"key":"shipment.dispatched","locale":"en","order":"sample-order"}""");
            status.Should().Be(HttpStatusCode.OK);
            body.GetProperty("subject").GetProperty("text").GetString().Should().Be("Order AE-20931 shipped with DHL Express – tracking 1234567890");
            body.GetProperty("text").GetProperty("text").GetString().Should().Contain("was handed to DHL Express on 2026-11-23 14:00 (UTC+8)");
            body.GetProperty("html").GetProperty("text").GetString().Should().StartWith("<p>Dear Anna Weber,</p>");
            var dispatch = body.GetProperty("times").EnumerateArray().Single(t => t.GetProperty("fact").GetString() == "shipment.dispatched_at").GetProperty("at");
            dispatch.GetProperty("seller").GetString().Should().Be("2026-11-23 14:00 (UTC+8)");
            dispatch.GetProperty("buyer").GetString().Should().Be("2026-11-23 07:00 CET");
            body.GetProperty("times").EnumerateArray().Select(t => t.GetProperty("fact").GetString()).Should()
                .Contain(new[] { "order.placed_at", "after_sales.reply_by" }, "every time among the order's facts, under its fact name");
        }

        [Fact]
        public async Task Render_reports_findings_with_their_place_in_the_rendered_part()
        {
            var (status, body, _) = await Post("api/render", """{"key":"shipment.dispatched","locale":"en","template":{"subject":"Order {{ order.id }} will ship soon","body":"Dear {{ buyer.name }},\nYour order will be shipped soon.","html":null}}""");
            status.Should().Be(HttpStatusCode.OK);
            var findings = body.GetProperty("text").GetProperty("findings").EnumerateArray().ToArray();
            var vague = findings.Single(f => f.GetProperty("rule").GetString() == "vague-timing");
            var text = body.GetProperty("text").GetProperty("text").GetString()!;
            text.Substring(vague.GetProperty("start").GetInt32(), vague.GetProperty("length").GetInt32()).Should().Be("soon");
            findings.Select(f => f.GetProperty("rule").GetString()).Should().Contain("missing-owner");
            body.GetProperty("subject").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Should().Contain("vague-timing");
            body.GetProperty("html").GetProperty("text").GetString().Should().Contain("Your order will be shipped soon.", "an email without HTML of its own is sent in the layout built from its text");
        }

        [Fact]
        public async Task An_edited_template_that_prints_an_unknown_fact_is_an_error_at_its_line_and_column()
        {
            var (status, body, response) = await Post("api/render", """{"key":"shipment.dispatched","locale":"en","template":{"subject":"Order {{ order.id }}","body":"Dear {{ buyer.name }},\nTracking: {{ shipment.nonsense }}","html":null}}""");
            status.Should().Be(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            body.GetProperty("field").GetString().Should().Be("template.body");
            var error = body.GetProperty("errors")[0];
            error.GetProperty("part").GetString().Should().Be("body");
            error.GetProperty("line").GetInt32().Should().Be(2);
            error.GetProperty("column").GetInt32().Should().Be(14);
            error.GetProperty("message").GetString().Should().Contain("shipment.nonsense");
        }

        [Fact]
        public async Task An_unclosed_if_in_an_edited_template_says_that_endif_is_missing()
        {
            var (status, body, _) = await Post("api/render", """{"key":"shipment.dispatched","locale":"en","template":{"subject":"Order {{ order.id }}","body":"Dear {{ buyer.name }},\n  {% if shipment.carrier %}carrier","html":null}}""");
            status.Should().Be(HttpStatusCode.BadRequest);
            var error = body.GetProperty("errors")[0];
            (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()).Should().Be((2, 3));
            error.GetProperty("message").GetString().Should().Contain("{% endif %}");
        }

        [Fact]
        public async Task The_edited_phrase_downloads_as_a_phrasebook_file_that_loads_with_the_change()
        {
            var response = await _client.PostAsync("api/phrasebook", new StringContent("""{"key":"shipment.dispatched","locale":"de","template":{"subject":"Bestellung {{ order.id }} ist unterwegs","body":"Guten Tag,\n\"Zitat\" und \\ Backslash {{ order.id }}.","html":null}}""", Encoding.UTF8, "application/json"));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentDisposition!.FileName.Should().Contain("shipment.dispatched.json");
            var book = Phrasebook.Parse(await response.Content.ReadAsStringAsync(), "download");
            var phrase = book.Get("shipment.dispatched");
            phrase.TextFor("de").Subject.Should().Be("Bestellung {{ order.id }} ist unterwegs");
            phrase.TextFor("de").Body.Should().Be("Guten Tag,\n\"Zitat\" und \\ Backslash {{ order.id }}.");
            phrase.TextFor("en").Body.Should().Be(Phrasebook.BuiltIn.Get("shipment.dispatched").TextFor("en").Body, "the other locales are kept as they are");
            phrase.RequiredFacts.Should().Equal(Phrasebook.BuiltIn.Get("shipment.dispatched").RequiredFacts);
        }

        [Fact]
        public async Task Check_underlines_vague_timing_and_returns_the_reading_layers()
        {
            var (status, body, _) = await Post("api/check", """{"text":"We will ship soon. Please reply with a photo.","channel":"chat","purpose":"auto"}""");
            status.Should().Be(HttpStatusCode.OK);
            var finding = body.GetProperty("findings").EnumerateArray().Single();
            finding.GetProperty("rule").GetString().Should().Be("vague-timing");
            (finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32()).Should().Be((13, 4));
            var analysis = body.GetProperty("analysis");
            analysis.GetProperty("timing").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).Should().Contain("vague");
            analysis.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetProperty("actor").GetString()).Should().Contain(new[] { "seller", "buyer" });
            body.GetProperty("purpose").GetProperty("purpose").GetString().Should().Be("transactional");
            body.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).Should().Contain("en");
        }

        [Theory]
        [InlineData("""{"text":5}""", "text")]
        [InlineData("""{"text":"hi","purpose":"sales"}""", "purpose")]
        [InlineData("""{"text":"hi","channel":"fax"}""", "channel")]
        [InlineData("""{"text":"hi","locale":"not a tag"}""", "locale")]
        [InlineData("""{"text":"hi","now":"yesterday"}""", "now")]
        [InlineData("""{"text":"hi","now":"2300-01-01T00:00:00Z"}""", "now")]
        [InlineData("""{"channel":"email"}""", "text")]
        public async Task Check_with_a_bad_field_is_a_400_naming_it(string json, string field)
        {
            var (status, body, _) = await Post("api/check", json);
            status.Should().Be(HttpStatusCode.BadRequest);
            body.GetProperty("field").GetString().Should().Be(field);
            body.GetProperty("detail").GetString().Should().Contain(field);
        }

        [Theory]
        [InlineData("""{"key":"no.such-phrase"}""", HttpStatusCode.NotFound, "key")]
        [InlineData("""{"key":"shipment.dispatched","order":"nobody"}""", HttpStatusCode.BadRequest, "order")]
        [InlineData("""{"key":"shipment.dispatched","channel":"fax"}""", HttpStatusCode.BadRequest, "channel")]
        [InlineData("""{"key":"shipment.dispatched","orderJson":"{\"orderId\": 5}"}""", HttpStatusCode.BadRequest, "orderJson")]
        [InlineData("""{"key":"shipment.dispatched","orderJson":"{ not json"}""", HttpStatusCode.BadRequest, "orderJson")]
        public async Task Render_with_bad_input_is_problem_json_naming_the_field(string json, HttpStatusCode expected, string field)
        {
            var (status, body, _) = await Post("api/render", json);
            status.Should().Be(expected);
            body.GetProperty("field").GetString().Should().Be(field);
        }

        [Fact]
        public async Task Pasted_order_json_with_a_bad_field_names_the_field_line_and_column()
        {
            var (_, body, _) = await Post("api/render", """{"key":"shipment.dispatched","orderJson":"{\n  \"orderId\": 5\n}"}""");
            body.GetProperty("detail").GetString().Should().Contain("line 2").And.Contain("orderId");
        }

        [Fact]
        public async Task A_body_over_the_size_limit_is_refused_unread()
        {
            var (status, body, _) = await Post("api/check", "{\"text\":\"" + new string('a', 70 * 1024) + "\"}");
            status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            body.GetProperty("detail").GetString().Should().Contain("65536");
        }

        [Fact]
        public async Task Plan_lists_the_follow_ups_due_and_next_in_both_clocks()
        {
            var (status, body, _) = await Post("api/plan", """{"order":"sample-order","now":"2026-12-04 09:00"}""");
            status.Should().Be(HttpStatusCode.OK);
            body.GetProperty("now").GetProperty("seller").GetString().Should().Be("2026-12-04 09:00 (UTC+8)");
            body.GetProperty("now").GetProperty("buyer").GetString().Should().Be("2026-12-04 02:00 CET");
            var items = body.GetProperty("followUps").EnumerateArray().ToArray();
            items.Should().NotBeEmpty();
            items.Should().OnlyContain(i => i.GetProperty("dueAt").GetProperty("seller").GetString()!.EndsWith("(UTC+8)"));
        }

        [Fact]
        public async Task A_buyer_name_that_is_markup_is_encoded_in_the_html_body()
        {
            var (status, body, _) = await Post("api/render", """{"key":"shipment.dispatched","locale":"en","order":"hostile-buyer"}""");
            status.Should().Be(HttpStatusCode.OK);
            body.GetProperty("html").GetProperty("text").GetString().Should().Contain("&lt;img src=x onerror=alert(1)&gt;").And.NotContain("<img");
            body.GetProperty("text").GetProperty("text").GetString().Should().Contain("<img src=x onerror=alert(1)>", "the plain-text part shows the name as written; the page puts it in the DOM as text");
        }

        [Fact]
        public void Options_with_several_problems_fail_once_listing_them_all()
        {
            var options = new FollowUpPreviewOptions { MaxRequestBodyBytes = 10, Title = " " };
            options.Validate().Should().HaveCount(2);
            var act = () => options.ThrowIfInvalid();
            act.Should().Throw<InvalidOperationException>().WithMessage("*MaxRequestBodyBytes*Title*");
        }
    }
}
