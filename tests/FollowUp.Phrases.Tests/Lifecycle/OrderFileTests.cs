using System;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Lifecycle
{
    public sealed class OrderFileTests
    {
        [Fact]
        public void Reads_the_sample_order()
        {
            var order = OrderFile.Load(TestPaths.SampleOrder);

            order.OrderId.Should().Be("AE-20931");
            order.Stage.Should().Be(OrderStage.Shipped);
            order.DispatchedAt.Should().Be(Instant.FromUtc(2026, 11, 23, 6, 0));
            order.DeliveryWindow.Should().Be(new DeliveryWindow(7, 10, DayKind.WorkingDays));
            order.Total.Should().Be(new Money(25.00m, "USD"));
            order.Items.Should().HaveCount(2);
            order.Buyer.TimeZoneId.Should().Be("Europe/Berlin");
        }

        [Theory]
        [InlineData("{\n  \"orderId\": \"A1\",\n  \"stage\": \"shiped\"\n}", 3, 12, "stage", "*valid stages*shipped*")]
        [InlineData("{\n  \"dispatchedAt\": \"23 Nov 2026\"\n}", 2, 19, "dispatchedAt", "*ISO 8601*")]
        [InlineData("{\n  \"trackingUrl\": \"javascript:alert(1)\"\n}", 2, 18, "trackingUrl", "*http or https*")]
        [InlineData("{\n  \"unsubscribeUrl\": \"http://x.example/u\"\n}", 2, 21, "unsubscribeUrl", "*https*")]
        [InlineData("{\n  \"trackingNo\": \"1\"\n}", 2, 3, "trackingNo", "*unknown field*trackingNumber*")]
        [InlineData("{\n  \"items\": [ { \"name\": \"Mug\", \"quantity\": 0 } ]\n}", 2, 43, "items[0].quantity", "*above zero*")]
        public void Bad_orders_name_line_column_and_field(string json, int line, int column, string field, string message)
        {
            Action parse = () => OrderFile.Parse(json, "order.json");

            var error = parse.Should().Throw<DataFileException>().Which;
            error.Source.Should().Be("order.json");
            error.Line.Should().Be(line);
            error.Column.Should().Be(column);
            error.Field.Should().Be(field);
            error.Message.Should().Match(message).And.StartWith($"order.json({line},{column})");
        }

        [Fact]
        public void Invalid_json_names_line_and_column()
        {
            Action parse = () => OrderFile.Parse("{\n  \"orderId\": \"A1\",\n}", "order.json");

            var error = parse.Should().Throw<DataFileException>().Which;
            error.Line.Should().Be(3);
            error.Column.Should().Be(1);
            error.Message.Should().Contain("trailing comma");
        }
    }
}
