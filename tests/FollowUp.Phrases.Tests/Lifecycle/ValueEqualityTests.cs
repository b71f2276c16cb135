using System.Collections.Generic;
using System.Text.Json;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Serialization;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Lifecycle
{
    /// <summary>Records that hold lists compare by content: an order read back from its JSON is the same order.</summary>
    public sealed class ValueEqualityTests
    {
        [Fact]
        public void An_order_round_tripped_through_json_equals_the_original()
        {
            var order = OrderFile.Load(TestPaths.SampleOrder) with { Custom = new Dictionary<string, string> { ["gift_note"] = "Happy birthday" } };

            var back = JsonSerializer.Deserialize<OrderSnapshot>(JsonSerializer.Serialize(order, FollowUpJson.Options), FollowUpJson.Options)!;

            back.Should().NotBeSameAs(order);
            back.Equals(order).Should().BeTrue();
            back.GetHashCode().Should().Be(order.GetHashCode());
            OrderFile.Parse(JsonSerializer.Serialize(order, FollowUpJson.Options)).Should().Be(order);
        }

        [Fact]
        public void Orders_that_differ_in_a_list_are_not_equal()
        {
            var order = OrderFile.Load(TestPaths.SampleOrder);

            order.WithFollowUpSent("shipment.dispatched", NodaTime.Instant.FromUtc(2026, 11, 23, 9, 0)).Should().NotBe(order);
            (order with { Items = new[] { new OrderItem("Lamp", 1) } }).Should().NotBe(order);
        }

        [Fact]
        public void A_rendered_message_equals_the_same_message_rendered_again()
        {
            var engine = EngineFixture.Engine();
            var order = EngineFixture.SampleOrder();

            engine.Render("shipment.dispatched", order).Should().Be(engine.Render("shipment.dispatched", order));
        }

        [Fact]
        public void A_hosts_own_json_options_read_an_order_file_once_configured()
        {
            var hostOptions = FollowUpJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

            var order = JsonSerializer.Deserialize<OrderSnapshot>(System.IO.File.ReadAllText(TestPaths.SampleOrder), hostOptions)!;

            order.Should().Be(OrderFile.Load(TestPaths.SampleOrder));
            FollowUpJson.Create().IsReadOnly.Should().BeFalse("Create gives a copy to extend");
        }
    }
}
