using FluentAssertions;
using FollowUp.Phrases.Timing;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    public sealed class WorkingHoursTests
    {
        private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

        [Fact]
        public void Inside_working_hours_nothing_moves()
        {
            var tuesday = Instant.FromUtc(2026, 11, 24, 10, 0);

            WorkingHours.Default.NextOpening(tuesday, Berlin, WorkingCalendars.BuiltIn.Get("DE")).Should().Be(tuesday);
        }

        [Fact]
        public void A_weekend_across_the_spring_clock_change_opens_at_nine_summer_time()
        {
            // Sat 28 Mar 2026; clocks go forward on Sun 29 Mar. Monday 09:00 CEST is 07:00 UTC.
            var saturday = Instant.FromUtc(2026, 3, 28, 12, 0);

            WorkingHours.Default.NextOpening(saturday, Berlin, WorkingCalendars.BuiltIn.Get("DE")).Should().Be(Instant.FromUtc(2026, 3, 30, 7, 0));
        }

        [Fact]
        public void Easter_monday_is_skipped_in_germany()
        {
            var goodFriday = Instant.FromUtc(2026, 4, 3, 8, 0);

            WorkingHours.Default.NextOpening(goodFriday, Berlin, WorkingCalendars.BuiltIn.Get("DE"))
                .InZone(Berlin).LocalDateTime.Should().Be(new LocalDateTime(2026, 4, 7, 9, 0));
        }

        [Fact]
        public void Evening_in_new_york_after_the_autumn_change_waits_for_the_next_morning()
        {
            // Mon 2 Nov 2026 19:00 EST (clocks went back on 1 Nov) → Tue 3 Nov 09:00 EST = 14:00 UTC.
            var evening = Instant.FromUtc(2026, 11, 3, 0, 0);

            WorkingHours.Default.NextOpening(evening, NewYork, WorkingCalendars.BuiltIn.Get("US")).Should().Be(Instant.FromUtc(2026, 11, 3, 14, 0));
        }

        [Theory]
        [InlineData("FR", "2026-07-14", false)]
        [InlineData("FR", "2026-05-08", false)]
        [InlineData("ES", "2026-01-06", false)]
        [InlineData("ES", "2026-12-08", false)]
        [InlineData("GB", "2027-12-28", false)]
        [InlineData("US", "2027-12-31", false)]
        [InlineData("DE", "2027-05-17", false)]
        [InlineData("DE", "2026-12-24", true)]
        public void Buyer_market_holidays(string calendar, string date, bool working)
        {
            WorkingCalendars.BuiltIn.Get(calendar).IsWorkingDay(WorkingCalendarTests.Date(date)).Should().Be(working);
        }
    }
}
