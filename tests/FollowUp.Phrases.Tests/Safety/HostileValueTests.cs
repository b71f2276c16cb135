using System;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    public sealed class HostileValueTests
    {
        [Fact]
        public void Script_and_quotes_in_facts_are_encoded_in_html_bodies()
        {
            var order = EngineFixture.SampleOrder() with
            {
                Buyer = new Buyer { Name = "\"><script>alert(1)</script>", Country = "DE" },
                Carrier = "DHL' onmouseover='x",
            };

            var html = EngineFixture.Engine().Render("shipment.dispatched", order).HtmlBody!;

            html.Should().NotContain("<script>").And.NotContain("' onmouseover='");
            html.Should().Contain("&quot;&gt;&lt;script&gt;").And.Contain("DHL&#39; onmouseover=&#39;x");
        }

        [Theory]
        [InlineData("javascript:alert(1)")]
        [InlineData("ftp://files.example/1")]
        [InlineData("file:///etc/passwd")]
        public void Tracking_links_must_be_web_links(string url)
        {
            var order = EngineFixture.SampleOrder() with { TrackingUrl = new Uri(url) };

            Action render = () => EngineFixture.Engine().Render("shipment.dispatched", order);

            render.Should().Throw<InvalidFactException>().Which.Fact.Should().Be("shipment.tracking_url");
        }

        [Fact]
        public void Unsubscribe_links_must_be_https()
        {
            var order = EngineFixture.SampleOrder() with { UnsubscribeUrl = new Uri("http://brightway.example/u") };

            Action render = () => EngineFixture.Engine().Render("marketing.new-arrivals", order);

            render.Should().Throw<InvalidFactException>().WithMessage("*marketing.unsubscribe_url*https*");
        }

        [Theory]
        [InlineData("AE-1\r\nBcc: all@example.com")]
        [InlineData("AE-1\nX-Spam: yes")]
        [InlineData("AE-1\rX")]
        [InlineData("AE-1\0")]
        [InlineData("AE-1\u2028X")]
        [InlineData("AE-1\u0085X")]
        public void Line_breaks_and_nul_in_a_fact_cannot_reach_a_subject(string id)
        {
            var order = EngineFixture.SampleOrder() with { OrderId = id };

            Action render = () => EngineFixture.Engine().Render("order.closed", order);

            var error = render.Should().Throw<InvalidFactException>().Which;
            error.Fact.Should().Be("order.id");
            error.Message.Should().Contain("subject line").And.NotContain("\n").And.NotContain("\r");
        }

        [Theory]
        [InlineData("https://x.example/u\r\nBcc: victim@example.com", "carriage return")]
        [InlineData("https://x.example/u>, <mailto:evil@example.com", "angle bracket")]
        [InlineData("https://x.example/u s", "space")]
        [InlineData("https://x.example/u\tx", "tab")]
        [InlineData("https://x.example/u\u2028x", "U+2028")]
        [InlineData("https://x.example/\u202Eu", "U+202E")]
        [InlineData("https://x.example/\"u", "double quote")]
        [InlineData("https://x.example/u\\x", "backslash")]
        public void Links_are_values_not_text_in_code_built_orders(string url, string named)
        {
            var order = EngineFixture.SampleOrder() with { UnsubscribeUrl = new Uri(url, UriKind.RelativeOrAbsolute), TrackingUrl = new Uri(url, UriKind.RelativeOrAbsolute) };

            Action marketing = () => EngineFixture.Engine().Render("marketing.new-arrivals", order);
            Action tracking = () => EngineFixture.Engine().Render("shipment.dispatched", order);

            marketing.Should().Throw<InvalidFactException>().Which.Message.Should().Contain(named).And.NotContain("\n").And.NotContain("\r");
            tracking.Should().Throw<InvalidFactException>().Which.Fact.Should().Be("shipment.tracking_url");
        }

        [Theory]
        [InlineData("https://x.example/u\\r\\nBcc: victim@example.com")]
        [InlineData("https://x.example/u>, <mailto:evil@example.com")]
        [InlineData("https://x.example/u\\u2028x")]
        public void The_order_file_reader_refuses_such_links_naming_the_field(string jsonUrl)
        {
            var json = System.IO.File.ReadAllText(TestPaths.SampleOrder);
            var doc = System.Text.Json.Nodes.JsonNode.Parse(json)!;
            var hostile = System.Text.Json.JsonSerializer.Deserialize<string>("\"" + jsonUrl + "\"")!;
            doc["unsubscribeUrl"] = hostile;
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hostile-" + Guid.NewGuid().ToString("N") + ".json");
            System.IO.File.WriteAllText(path, doc.ToJsonString());
            try
            {
                Action load = () => OrderFile.Load(path);

                load.Should().Throw<FollowUpException>().Which.Message.Should().Contain("unsubscribeUrl").And.NotContain("\n");
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public void The_unsubscribe_header_is_built_from_the_parsed_address()
        {
            var order = EngineFixture.SampleOrder() with { UnsubscribeUrl = new Uri("HTTPS://Brightway.Example/unsubscribe?u=42") };

            var message = EngineFixture.Engine().Render("marketing.new-arrivals", order);

            message.Headers["List-Unsubscribe"].Should().Be("<https://brightway.example/unsubscribe?u=42>");
            message.TextBody.Should().Contain("https://brightway.example/unsubscribe?u=42");
        }
    }
}
