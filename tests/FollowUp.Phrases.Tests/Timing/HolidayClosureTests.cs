using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    /// <summary>The seller's holiday closures (Spring Festival, National Day) found in its calendar and announced in time.</summary>
    public sealed class HolidayClosureTests
    {
        private static WorkingCalendar China => WorkingCalendars.BuiltIn.Get("CN");

        private static OrderSnapshot OpenOrder(Instant placed) => new OrderSnapshot
        {
            OrderId = "AE-7",
            Buyer = new Buyer { Name = "Anna", TimeZoneId = "Europe/Berlin", Country = "DE" },
        }.MoveTo(OrderStage.OrderPlaced, placed).MoveTo(OrderStage.PaymentConfirmed, placed).MoveTo(OrderStage.InProduction, placed) with { PaidAt = placed };

        [Fact]
        public void The_spring_festival_2027_closure_is_found_with_its_last_dispatch_and_order_times()
        {
            var closure = HolidayClosure.Next(China, new LocalDate(2027, 1, 20))!;

            closure.Name.Should().StartWith("Spring Festival");
            closure.Holiday.Should().Be("spring-festival");
            (closure.FirstDay, closure.LastDay, closure.ReopensOn).Should().Be((new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 8), new LocalDate(2027, 2, 9)));
            closure.Days.Should().Be(4);
            closure.LastDispatchDay.Should().Be(new LocalDate(2027, 2, 4));
            SellerTime.Default.Format(closure.LastOrderAt).Should().Be("2027-02-03 18:00 (UTC+8)");
        }

        [Fact]
        public void Weekends_alone_are_no_closure_and_short_breaks_can_be_left_out()
        {
            // From 12 Oct 2026 the next runs of days off are weekends, then New Year (Fri 1 – Sun 3 Jan 2027).
            HolidayClosure.Next(China, new LocalDate(2026, 10, 12))!.Holiday.Should().Be("new-year-s-day");
            HolidayClosure.Next(China, new LocalDate(2026, 10, 12), minimumDays: 4)!.Holiday.Should().Be("spring-festival");
            HolidayClosure.Next(China, new LocalDate(2026, 10, 12), minimumDays: 4, lookAheadDays: 30).Should().BeNull();
        }

        [Fact]
        public void In_january_2027_the_planner_proposes_the_spring_festival_notice_for_an_open_order()
        {
            var now = Instant.FromUtc(2027, 1, 25, 1, 0); // Mon 25 Jan 2027 09:00 (UTC+8)
            var planner = new FollowUpPlanner(new FollowUpPlannerOptions(), new FakeClock(now));
            var order = OpenOrder(Instant.FromUtc(2027, 1, 18, 2, 0));

            var notice = planner.Plan(order).Single(f => f.Key == "notice.holiday-closure");

            notice.Reason.Should().Contain("Spring Festival").And.Contain("Fri 5 Feb 2027").And.Contain("Tue 9 Feb 2027");
            notice.IsDue(now).Should().BeTrue();
            notice.Deadline.Should().Be(HolidayClosure.Next(China, new LocalDate(2027, 1, 25))!.LastOrderAt, "the notice is useless once the last order time has passed");
            SellerTime.FormatIn(notice.DueAt, DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Should().Be("2027-01-22 09:00 CET", "due on the seller's morning ten working days ahead, moved into the buyer's working hours");
        }

        [Fact]
        public void The_notice_waits_until_ten_working_days_before_and_is_not_proposed_twice()
        {
            var order = OpenOrder(Instant.FromUtc(2027, 1, 4, 2, 0));
            new FollowUpPlanner(new FollowUpPlannerOptions(), new FakeClock(Instant.FromUtc(2027, 1, 12, 1, 0))).Plan(order)
                .Should().NotContain(f => f.Key == "notice.holiday-closure", "12 Jan is more than ten working days before 5 Feb");

            var now = Instant.FromUtc(2027, 1, 25, 1, 0);
            var sent = order.WithFollowUpSent("notice.holiday-closure", now);
            new FollowUpPlanner(new FollowUpPlannerOptions(), new FakeClock(now)).Plan(sent).Should().NotContain(f => f.Key == "notice.holiday-closure");

            var fewer = new FollowUpPlannerOptions { ClosureNoticeWorkingDays = 3 };
            new FollowUpPlanner(fewer, new FakeClock(now)).Plan(order).Should().NotContain(f => f.Key == "notice.holiday-closure", "with three working days' notice it is due on 2 Feb");
        }

        [Fact]
        public void A_recent_buyer_with_no_open_order_gets_the_marketing_notice_unless_they_opted_out()
        {
            var now = Instant.FromUtc(2027, 1, 25, 1, 0);
            var planner = new FollowUpPlanner(new FollowUpPlannerOptions(), new FakeClock(now));
            var closed = OpenOrder(Instant.FromUtc(2026, 12, 1, 2, 0)).MoveTo(OrderStage.Shipped, Instant.FromUtc(2026, 12, 3, 2, 0))
                .MoveTo(OrderStage.Delivered, Instant.FromUtc(2026, 12, 12, 2, 0)).MoveTo(OrderStage.Closed, Instant.FromUtc(2026, 12, 20, 2, 0));

            planner.Plan(closed).Select(f => f.Key).Should().Equal("marketing.holiday-closure");
            planner.Plan(closed with { Buyer = closed.Buyer with { OptedOutOfMarketing = true } }).Should().BeEmpty();

            var old = new FollowUpPlanner(new FollowUpPlannerOptions(), new FakeClock(Instant.FromUtc(2027, 9, 20, 1, 0)));
            old.Plan(closed).Should().BeEmpty("nine months after the last order the buyer is no longer a recent buyer");
        }
    }
}
