using System;
using FluentAssertions;
using FollowUp.Phrases.Timing;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    public sealed class DeadlineTests
    {
        [Theory]
        [InlineData("order-confirmation")]
        [InlineData("inquiry-reply")]
        [InlineData("ebay-cancellation-request")]
        [InlineData("ebay-return-request")]
        [InlineData("ebay-item-not-received")]
        [InlineData("aliexpress-refund-dispute")]
        [InlineData("unsubscribe-bulk-sender")]
        [InlineData("unsubscribe-can-spam")]
        public void Built_in_deadlines_carry_their_source_and_check_date(string id)
        {
            var rule = Deadlines.BuiltIn.Get(id);

            rule.Source.Should().NotBeNullOrWhiteSpace();
            rule.CheckedOn.Should().Be(new LocalDate(2026, 11, 22));
        }

        [Fact]
        public void Hour_deadlines_are_exact()
        {
            var placed = Instant.FromUtc(2026, 11, 23, 6, 0);
            var rule = Deadlines.BuiltIn.Get("order-confirmation");

            rule.DueAt(placed).Should().Be(placed + Duration.FromHours(24));
            rule.IsOverdue(placed, placed + Duration.FromHours(23)).Should().BeFalse();
            rule.IsOverdue(placed, placed + Duration.FromHours(25)).Should().BeTrue();
        }

        [Fact]
        public void Business_days_skip_weekends_and_us_holidays_and_keep_the_local_time()
        {
            // Wed 25 Nov 2026 10:00 in New York; Thanksgiving Thu 26 and the weekend do not count.
            var requested = Instant.FromUtc(2026, 11, 25, 15, 0);

            var due = Deadlines.BuiltIn.Get("ebay-return-request").DueAt(requested);

            due.InZone(DateTimeZoneProviders.Tzdb["America/New_York"]).LocalDateTime.Should().Be(new LocalDateTime(2026, 12, 1, 10, 0));
        }

        [Fact]
        public void Business_days_across_a_daylight_saving_change_keep_the_wall_clock()
        {
            // Fri 30 Oct 2026 09:00 EDT; US clocks go back on Sun 1 Nov. 3 business days later is Wed 4 Nov 09:00 EST.
            var requested = Instant.FromUtc(2026, 10, 30, 13, 0);

            var due = Deadlines.BuiltIn.Get("ebay-item-not-received").DueAt(requested);

            due.Should().Be(Instant.FromUtc(2026, 11, 4, 14, 0));
        }

        [Fact]
        public void Unsubscribes_are_due_by_the_earliest_rule_that_applies()
        {
            var requested = Instant.FromUtc(2026, 12, 1, 12, 0);

            var earliest = Deadlines.BuiltIn.EarliestDue("unsubscribe-requested", requested);

            earliest!.Value.Rule.Id.Should().Be("unsubscribe-bulk-sender");
            earliest.Value.Due.Should().Be(requested + Duration.FromDays(2));
        }

        [Fact]
        public void Platform_rules_apply_only_on_their_platform()
        {
            Deadlines.BuiltIn.ForEvent("refund-dispute-opened", "AliExpress").Should().ContainSingle(r => r.Id == "aliexpress-refund-dispute");
            Deadlines.BuiltIn.ForEvent("refund-dispute-opened", "ebay").Should().BeEmpty();
        }

        [Fact]
        public void Users_override_a_rule_by_id()
        {
            var mine = Deadlines.Parse("{ \"checkedOn\": \"2026-11-22\", \"deadlines\": [ { \"id\": \"inquiry-reply\", \"description\": \"Reply faster\", \"trigger\": \"inquiry-received\", \"within\": { \"hours\": 12 }, \"source\": \"house rule\" } ] }");

            var set = Deadlines.BuiltIn.With(mine);

            set.Get("inquiry-reply").FixedDuration.Should().Be(Duration.FromHours(12));
            set.Get("order-confirmation").FixedDuration.Should().Be(Duration.FromHours(24));
        }

        [Fact]
        public void A_rule_with_two_durations_is_an_error_naming_the_field()
        {
            Action parse = () => Deadlines.Parse("{ \"checkedOn\": \"2026-11-22\", \"deadlines\": [ { \"id\": \"x\", \"description\": \"d\", \"trigger\": \"t\", \"within\": { \"hours\": 1, \"days\": 2 }, \"source\": \"s\" } ] }", "mine.json");

            parse.Should().Throw<DataFileException>().Which.Field.Should().Be("deadlines[0].within");
        }
    }
}
