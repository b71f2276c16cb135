using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Lifecycle
{
    public sealed class OrderStageTests
    {
        [Fact]
        public void Every_stage_has_a_kebab_case_name_that_parses_back()
        {
            foreach (var stage in OrderStages.All)
            {
                OrderStages.Parse(stage.ToKebabCase()).Should().Be(stage);
            }

            OrderStage.OrderPlaced.ToKebabCase().Should().Be("order-placed");
            OrderStage.AfterSales.ToKebabCase().Should().Be("after-sales");
        }

        [Fact]
        public void Unknown_stage_is_an_error_listing_the_valid_ones()
        {
            Action parse = () => OrderStages.Parse("shiped");

            parse.Should().Throw<ConfigurationException>().WithMessage("*'shiped'*inquiry*order-placed*closed*");
        }

        [Theory]
        [InlineData(OrderStage.Inquiry, StageGroup.PreSale)]
        [InlineData(OrderStage.Quotation, StageGroup.PreSale)]
        [InlineData(OrderStage.PaymentConfirmed, StageGroup.Order)]
        [InlineData(OrderStage.Customs, StageGroup.Fulfilment)]
        [InlineData(OrderStage.Delivered, StageGroup.Fulfilment)]
        [InlineData(OrderStage.Refund, StageGroup.AfterSales)]
        public void Stages_belong_to_their_group(OrderStage stage, StageGroup group) => stage.Group().Should().Be(group);

        [Theory]
        [InlineData(OrderStage.OrderPlaced, OrderStage.PaymentConfirmed)]
        [InlineData(OrderStage.Shipped, OrderStage.InTransit)]
        [InlineData(OrderStage.InTransit, OrderStage.Customs)]
        [InlineData(OrderStage.Delivered, OrderStage.Return)]
        [InlineData(OrderStage.Exchange, OrderStage.Shipped)]
        [InlineData(OrderStage.Refund, OrderStage.Closed)]
        public void Allowed_moves(OrderStage from, OrderStage to) => from.CanMoveTo(to).Should().BeTrue();

        [Theory]
        [InlineData(OrderStage.Inquiry, OrderStage.Shipped)]
        [InlineData(OrderStage.OrderPlaced, OrderStage.Delivered)]
        [InlineData(OrderStage.Closed, OrderStage.Refund)]
        [InlineData(OrderStage.Delivered, OrderStage.InProduction)]
        public void Moves_that_skip_or_reverse_the_lifecycle_are_refused_with_the_allowed_list(OrderStage from, OrderStage to)
        {
            from.CanMoveTo(to).Should().BeFalse();
            Action move = () => from.EnsureCanMoveTo(to);

            var error = move.Should().Throw<InvalidStageMoveException>().Which;
            error.From.Should().Be(from);
            error.To.Should().Be(to);
            error.Message.Should().Contain(from.ToKebabCase()).And.Contain(to.ToKebabCase());
        }

        [Fact]
        public void Every_stage_but_closed_can_move_on()
        {
            OrderStages.All.Where(s => s != OrderStage.Closed).Should().OnlyContain(s => s.NextStages().Count > 0);
            OrderStage.Closed.NextStages().Should().BeEmpty();
        }

        [Fact]
        public void Moving_a_snapshot_records_history_and_stamps_without_changing_the_original()
        {
            var placed = Instant.FromUtc(2026, 11, 20, 2, 15);
            var paid = placed.Plus(Duration.FromHours(1));
            var order = new OrderSnapshot { OrderId = "AE-1", Stage = OrderStage.Inquiry };

            var next = order.MoveTo(OrderStage.OrderPlaced, placed).MoveTo(OrderStage.PaymentConfirmed, paid);

            order.Stage.Should().Be(OrderStage.Inquiry);
            order.History.Should().BeEmpty();
            next.Stage.Should().Be(OrderStage.PaymentConfirmed);
            next.History.Select(e => e.Stage).Should().Equal(OrderStage.OrderPlaced, OrderStage.PaymentConfirmed);
            next.PlacedAt.Should().Be(placed);
            next.PaidAt.Should().Be(paid);
        }

        [Fact]
        public void A_snapshot_refuses_a_move_the_lifecycle_does_not_allow()
        {
            var order = new OrderSnapshot { Stage = OrderStage.OrderPlaced };

            Action move = () => order.MoveTo(OrderStage.Delivered, Instant.FromUtc(2026, 11, 20, 0, 0));

            move.Should().Throw<InvalidStageMoveException>().WithMessage("*order-placed*delivered*payment-confirmed*");
        }
    }
}
