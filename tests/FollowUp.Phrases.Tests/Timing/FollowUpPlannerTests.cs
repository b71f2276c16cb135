using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    public sealed class FollowUpPlannerTests
    {
        private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

        // Placed Tue 24 Nov 2026 10:00 Berlin time.
        private static readonly Instant Placed = Instant.FromUtc(2026, 11, 24, 9, 0);

        private readonly FakeClock _clock = new FakeClock(Placed);

        // These stories are about an order's own follow-ups; the seller's holiday closures (New Year falls inside them)
        // have their own tests in HolidayClosureTests, so closures shorter than a month are left out here.
        private FollowUpPlanner Planner() => new FollowUpPlanner(new FollowUpPlannerOptions { MinimumClosureDays = 30 }, _clock);

        private static OrderSnapshot NewOrder(string platform = "AliExpress") =>
            new OrderSnapshot
            {
                OrderId = "AE-1",
                Platform = platform,
                Buyer = new Buyer { Name = "Anna", TimeZoneId = "Europe/Berlin", Country = "DE" },
            }.MoveTo(OrderStage.OrderPlaced, Placed);

        /// <summary>Sends every follow-up due now, as a CRM would, and returns their keys.</summary>
        private List<string> SendDue(ref OrderSnapshot order)
        {
            var sent = new List<string>();
            foreach (var f in Planner().Plan(order).Where(f => f.IsDue(_clock.GetCurrentInstant())))
            {
                sent.Add(f.Key);
                order = order.WithFollowUpSent(f.Key, _clock.GetCurrentInstant());
            }

            return sent;
        }

        private void AdvanceTo(Instant instant) => _clock.Reset(instant);

        [Fact]
        public void Never_paid_gets_two_reminders_then_nothing()
        {
            var order = NewOrder();

            var plan = Planner().Plan(order);
            plan.Select(p => p.Key).Should().Equal("order.unpaid-reminder-1", "order.unpaid-reminder-2");
            plan[0].DueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 8, 0), "12 hours after the order is 22:00 in Berlin, so it waits for 09:00");
            plan[1].DueAt.Should().Be(Placed + Duration.FromHours(48), "Thu 10:00 in Berlin is within working hours");

            SendDue(ref order).Should().BeEmpty();
            AdvanceTo(Planner().Plan(order)[0].DueAt);
            SendDue(ref order).Should().Equal("order.unpaid-reminder-1");
            AdvanceTo(Planner().Plan(order)[0].DueAt);
            SendDue(ref order).Should().Equal("order.unpaid-reminder-2");
            AdvanceTo(Placed + Duration.FromDays(30));
            Planner().Plan(order).Should().BeEmpty();
        }

        [Fact]
        public void Due_times_move_into_the_buyers_working_hours()
        {
            var order = NewOrder();

            var first = Planner().Plan(order)[0];

            // Placed Tue 10:00 + 12 h = Tue 22:00 Berlin → Wed 09:00 Berlin.
            first.DueAt.InZone(Berlin).LocalDateTime.Should().Be(new LocalDateTime(2026, 11, 25, 9, 0));
            first.Reason.Should().Contain("moved into the buyer's working hours");
        }

        [Fact]
        public void Paid_at_once_walks_to_delivery_and_feedback_with_nothing_due_twice()
        {
            var order = NewOrder();
            var all = new List<string>();

            AdvanceTo(Placed + Duration.FromHours(1));
            order = order.MoveTo(OrderStage.PaymentConfirmed, _clock.GetCurrentInstant());
            all.AddRange(SendDue(ref order));
            all.Should().Equal("payment.received");

            order = order.MoveTo(OrderStage.InProduction, _clock.GetCurrentInstant()) with { ExpectedCompletion = new LocalDate(2026, 12, 2) };
            var update = Planner().Plan(order).Single();
            update.Key.Should().Be("production.update");
            update.Reason.Should().Contain("expected completion Wed 2 Dec 2026");
            AdvanceTo(update.DueAt);
            all.AddRange(SendDue(ref order));

            var dispatched = Instant.FromUtc(2026, 12, 3, 2, 0);
            AdvanceTo(dispatched);
            order = order.MoveTo(OrderStage.Shipped, dispatched) with { DispatchedAt = dispatched, Carrier = "DHL", TrackingNumber = "1" };
            var notice = Planner().Plan(order).First();
            notice.Key.Should().Be("shipment.dispatched");
            notice.Deadline.Should().Be(dispatched + Duration.FromHours(24));
            AdvanceTo(notice.DueAt);
            all.AddRange(SendDue(ref order));

            var customs = Instant.FromUtc(2026, 12, 7, 10, 0);
            AdvanceTo(customs);
            order = order.MoveTo(OrderStage.Customs, customs);
            all.AddRange(SendDue(ref order));

            var delivered = Instant.FromUtc(2026, 12, 9, 12, 0);
            AdvanceTo(delivered);
            order = order.MoveTo(OrderStage.Delivered, delivered);
            SendDue(ref order).Should().BeEmpty();
            var request = Planner().Plan(order).Single();
            request.Key.Should().Be("after-sales.feedback-request");
            request.DueAt.InZone(Berlin).LocalDateTime.Should().Be(new LocalDateTime(2026, 12, 14, 9, 0), "3 days after delivery is a Saturday");
            AdvanceTo(request.DueAt);
            all.AddRange(SendDue(ref order));
            var reminder = Planner().Plan(order).Single();
            reminder.Deadline.Should().Be(request.DueAt + Duration.FromDays(15));
            AdvanceTo(reminder.DueAt);
            all.AddRange(SendDue(ref order));
            AdvanceTo(_clock.GetCurrentInstant() + Duration.FromDays(30));
            SendDue(ref order).Should().BeEmpty();

            all.Should().Equal("payment.received", "production.update", "shipment.dispatched", "customs.arrived",
                "after-sales.feedback-request", "after-sales.feedback-reminder");
            all.Should().OnlyHaveUniqueItems();
        }

        [Fact]
        public void Delayed_production_gets_an_update_every_three_days_and_asks_for_a_completion_date()
        {
            var order = NewOrder().MoveTo(OrderStage.PaymentConfirmed, Placed).WithFollowUpSent("payment.received", Placed)
                .MoveTo(OrderStage.InProduction, Placed);
            var keys = new List<Instant>();

            for (var i = 0; i < 4; i++)
            {
                var next = Planner().Plan(order).Single();
                next.Key.Should().Be("production.update");
                next.Reason.Should().Contain("no expected completion date");
                AdvanceTo(next.DueAt);
                keys.Add(next.DueAt);
                SendDue(ref order).Should().Equal("production.update");
            }

            keys.Zip(keys.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap >= Duration.FromDays(3));
        }

        [Fact]
        public void Lost_in_transit_nudges_after_five_silent_days_and_again_after_five_more()
        {
            var dispatched = Instant.FromUtc(2026, 11, 25, 8, 0); // Wed 09:00 Berlin
            var order = NewOrder().MoveTo(OrderStage.PaymentConfirmed, Placed).MoveTo(OrderStage.Shipped, dispatched)
                .MoveTo(OrderStage.InTransit, dispatched) with { DispatchedAt = dispatched };
            order = order.WithFollowUpSent("shipment.dispatched", dispatched);

            var nudge = Planner().Plan(order).Single();
            nudge.Key.Should().Be("transit.no-tracking-update");
            nudge.DueAt.Should().Be(dispatched + Duration.FromDays(5)); // Mon 30 Nov 09:00 Berlin, a working day

            AdvanceTo(nudge.DueAt);
            SendDue(ref order).Should().Equal("transit.no-tracking-update");
            SendDue(ref order).Should().BeEmpty("it is not due twice");
            // Five days after the nudge is Sat 5 Dec: it waits for Mon 7 Dec 09:00 Berlin.
            Planner().Plan(order).Single().DueAt.Should().Be(Instant.FromUtc(2026, 12, 7, 8, 0));
        }

        [Fact]
        public void A_carrier_scan_restarts_the_silence_clock()
        {
            var dispatched = Instant.FromUtc(2026, 11, 25, 8, 0);
            var scan = dispatched + Duration.FromDays(3);
            var order = NewOrder().MoveTo(OrderStage.PaymentConfirmed, Placed).MoveTo(OrderStage.Shipped, dispatched)
                with { DispatchedAt = dispatched, LastCarrierScanAt = scan };
            order = order.WithFollowUpSent("shipment.dispatched", dispatched);

            Planner().Plan(order).Single().DueAt.Should().Be(Instant.FromUtc(2026, 12, 3, 8, 0));
        }

        [Fact]
        public void Amazon_orders_get_one_review_request_and_no_reminder()
        {
            var delivered = Instant.FromUtc(2026, 12, 1, 10, 0);
            var order = NewOrder("Amazon").MoveTo(OrderStage.PaymentConfirmed, Placed).MoveTo(OrderStage.Shipped, Placed)
                .MoveTo(OrderStage.Delivered, delivered);

            AdvanceTo(delivered + Duration.FromDays(3));
            SendDue(ref order).Should().Equal("after-sales.feedback-request");
            AdvanceTo(delivered + Duration.FromDays(20));
            Planner().Plan(order).Should().BeEmpty();
        }

        [Fact]
        public void Opted_out_buyers_get_no_feedback_requests_and_closed_orders_get_nothing()
        {
            var delivered = Instant.FromUtc(2026, 12, 1, 10, 0);
            var order = NewOrder().MoveTo(OrderStage.PaymentConfirmed, Placed).MoveTo(OrderStage.Shipped, Placed)
                .MoveTo(OrderStage.Delivered, delivered);

            Planner().Plan(order with { Buyer = order.Buyer with { OptedOutOfMarketing = true } }).Should().BeEmpty();
            Planner().Plan(order.MoveTo(OrderStage.Closed, delivered)).Should().BeEmpty();
        }

        [Fact]
        public void The_feedback_reminder_window_closes_after_fifteen_days()
        {
            var delivered = Instant.FromUtc(2026, 12, 1, 10, 0);
            var order = NewOrder().MoveTo(OrderStage.PaymentConfirmed, Placed).MoveTo(OrderStage.Shipped, Placed)
                .MoveTo(OrderStage.Delivered, delivered).WithFollowUpSent("after-sales.feedback-request", delivered + Duration.FromDays(3));

            AdvanceTo(delivered + Duration.FromDays(3 + 16));

            Planner().Plan(order).Should().BeEmpty();
        }

        [Fact]
        public void Options_are_validated_once()
        {
            var options = new FollowUpPlannerOptions { SecondUnpaidReminder = Duration.FromHours(6) };

            var build = () => new FollowUpPlanner(options, _clock);

            build.Should().Throw<ConfigurationException>().WithMessage("*SecondUnpaidReminder*");
        }
    }
}
