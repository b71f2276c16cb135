using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>What the engine refuses to render whatever the caller remembers: marketing to a buyer who opted out, a text on a channel it was not written for.</summary>
    public sealed class ComplianceTests
    {
        [Fact]
        public void A_marketing_phrase_for_a_buyer_who_opted_out_throws_naming_the_opt_out()
        {
            var order = EngineFixture.SampleOrder();
            order = order with { Buyer = order.Buyer with { OptedOutOfMarketing = true } };

            var e = FluentActions.Invoking(() => EngineFixture.Engine().Render("marketing.new-arrivals", order, new RenderOptions { Channel = Channel.Email }))
                .Should().Throw<BuyerOptedOutException>().Which;

            e.PhraseKey.Should().Be("marketing.new-arrivals");
            e.OrderId.Should().Be(order.OrderId);
            e.Message.Should().Contain("OptedOutOfMarketing").And.Contain("LegallyRequiredNotice");
        }

        [Fact]
        public void Transactional_phrases_and_legally_required_notices_still_render_for_that_buyer()
        {
            var order = EngineFixture.SampleOrder();
            order = order with { Buyer = order.Buyer with { OptedOutOfMarketing = true } };
            var engine = EngineFixture.Engine();

            engine.Render("shipment.dispatched", order, new RenderOptions { Channel = Channel.Email }).Subject.Should().NotBeEmpty();
            engine.Render("marketing.new-arrivals", order, new RenderOptions { Channel = Channel.Email, LegallyRequiredNotice = true }).Subject.Should().NotBeEmpty();
        }

        [Fact]
        public void A_channel_the_phrase_does_not_declare_throws_naming_the_declared_ones()
        {
            var e = FluentActions.Invoking(() => EngineFixture.Engine().Render("shipment.dispatched", EngineFixture.SampleOrder(), new RenderOptions { Channel = Channel.Platform }))
                .Should().Throw<ChannelNotDeclaredException>().Which;

            e.Channel.Should().Be(Channel.Platform);
            e.DeclaredChannels.Should().Contain(Channel.Email);
            e.Message.Should().Contain("email").And.Contain("not for platform");
        }
    }
}
