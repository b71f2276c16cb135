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
        public void Line_breaks_cannot_reach_a_subject(string id)
        {
            var order = EngineFixture.SampleOrder() with { OrderId = id };

            Action render = () => EngineFixture.Engine().Render("order.closed", order);

            render.Should().Throw<TemplateRenderException>().Which.Part.Should().Be("subject");
        }
    }
}
