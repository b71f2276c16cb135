using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    public sealed class WorkingCalendarTests
    {
        private static WorkingCalendar Cn => WorkingCalendars.BuiltIn.Get("CN");

        [Fact]
        public void Built_in_calendars_cover_china_and_the_main_buyer_markets_for_2026_and_2027()
        {
            WorkingCalendars.BuiltIn.Ids.Should().Contain(new[] { "CN", "US", "GB", "DE", "FR", "ES" });
            foreach (var id in WorkingCalendars.BuiltIn.Ids)
            {
                var calendar = WorkingCalendars.BuiltIn.Get(id);
                calendar.Covers(2026).Should().BeTrue(id);
                calendar.Covers(2027).Should().BeTrue(id);
                calendar.Years.Should().OnlyContain(y => y.Source.Length > 10, "every year names its source");
            }
        }

        [Theory]
        [InlineData("2026-02-14", true)]   // Saturday worked before Spring Festival
        [InlineData("2026-02-15", false)]  // Spring Festival closure starts
        [InlineData("2026-02-17", false)]  // New Year's Day of the lunar calendar
        [InlineData("2026-02-23", false)]  // last day of the closure (a Monday)
        [InlineData("2026-02-24", true)]
        [InlineData("2026-02-28", true)]   // make-up Saturday
        [InlineData("2026-09-20", true)]   // make-up Sunday before National Day
        [InlineData("2026-10-07", false)]  // National Day week
        [InlineData("2026-10-10", true)]   // make-up Saturday after it
        [InlineData("2026-10-11", false)]  // an ordinary Sunday
        [InlineData("2027-02-05", false)]  // Spring Festival 2027: eve
        [InlineData("2027-02-08", false)]  // Spring Festival 2027: 初三
        [InlineData("2027-02-09", true)]
        public void China_knows_its_closures_and_make_up_days(string date, bool working)
        {
            Cn.IsWorkingDay(Date(date)).Should().Be(working);
        }

        [Fact]
        public void Lead_times_jump_the_spring_festival_closure()
        {
            // Production of electronics accessories started Thu 12 Feb 2026: the 9-day closure does not count,
            // the make-up Saturday 14 Feb does.
            var dates = ProductionLeadTimes.Default.CompletionDates("electronics-accessories", Date("2026-02-12"), Cn);

            dates.Earliest.Should().Be(Date("2026-02-26")); // 13, 14(Sat worked), 24, 25, 26
            dates.Latest.Should().Be(Date("2026-02-28"));   // 27, 28 (make-up Saturday) is the 7th
        }

        [Fact]
        public void Apparel_lead_time_defaults_to_15_to_20_working_days()
        {
            ProductionLeadTimes.Default.For("apparel").Should().Be(new LeadTime(15, 20));
            Action unknown = () => ProductionLeadTimes.Default.For("furniture");
            unknown.Should().Throw<ConfigurationException>().WithMessage("*furniture*apparel*");
        }

        [Fact]
        public void A_delivery_window_becomes_dates_in_the_buyers_calendar()
        {
            var dispatched = Instant.FromUtc(2026, 11, 22, 3, 0); // Sunday 22 Nov 2026

            var range = DeliveryDates.Estimate(dispatched, new DeliveryWindow(7, 10), WorkingCalendars.BuiltIn.Get("DE"));

            range.Format("en").Should().Be("between Tue 1 Dec and Fri 4 Dec 2026");
            range.Format("de").Should().Be("zwischen Di., 1. Dez. und Fr., 4. Dez. 2026");
            range.Format("zh-CN").Should().Be("2026年12月1日（周二）至12月4日（周五）之间");
        }

        [Fact]
        public void Us_thanksgiving_pushes_a_us_delivery_back_a_day()
        {
            var dispatched = Instant.FromUtc(2026, 11, 22, 3, 0);

            var de = DeliveryDates.Estimate(dispatched, new DeliveryWindow(3, 5), WorkingCalendars.BuiltIn.Get("DE"));
            var us = DeliveryDates.Estimate(dispatched, new DeliveryWindow(3, 5), WorkingCalendars.BuiltIn.Get("US"));

            de.Earliest.Should().Be(Date("2026-11-25"));
            us.Earliest.Should().Be(Date("2026-11-25"));
            de.Latest.Should().Be(Date("2026-11-27"));
            us.Latest.Should().Be(Date("2026-11-30"), "Thu 26 Nov is Thanksgiving");
        }

        [Fact]
        public void Counting_crosses_the_year_end_and_its_holidays()
        {
            var gb = WorkingCalendars.BuiltIn.Get("GB");

            // Thu 24 Dec 2026: Fri 25 (Christmas) and Mon 28 (Boxing Day substitute) are off; 29, 30, 31 count;
            // Fri 1 Jan 2027 is off, so the 4th working day is Mon 4 Jan.
            gb.AddWorkingDays(Date("2026-12-24"), 3).Should().Be(Date("2026-12-31"));
            gb.AddWorkingDays(Date("2026-12-24"), 4).Should().Be(Date("2027-01-04"));
            gb.WorkingDaysBetween(Date("2026-12-24"), Date("2027-01-04")).Should().Be(4);
        }

        [Fact]
        public void A_user_calendar_file_with_a_mistake_names_line_and_field()
        {
            var json = "{\n  \"id\": \"XX\", \"name\": \"Test\", \"timeZone\": \"Europe/Berlin\", \"weekend\": [\"saturday\", \"sunday\"], \"checkedOn\": \"2026-11-22\",\n  \"years\": { \"2026\": { \"status\": \"official\", \"source\": \"x\", \"holidays\": [ { \"from\": \"2026-13-01\", \"name\": \"Bad\" } ] } }\n}";

            Action parse = () => WorkingCalendars.Parse(json, "xx.json");

            var error = parse.Should().Throw<DataFileException>().Which;
            error.Line.Should().Be(3);
            error.Field.Should().Be("years.2026.holidays[0].from");
        }

        [Fact]
        public void Users_can_add_or_replace_a_calendar()
        {
            var company = WorkingCalendars.BuiltIn.Get("CN").WithHolidays(new[] { new System.Collections.Generic.KeyValuePair<LocalDate, string>(Date("2026-12-31"), "Stocktaking") });

            var set = WorkingCalendars.BuiltIn.With(company);

            set.Get("CN").IsWorkingDay(Date("2026-12-31")).Should().BeFalse();
            WorkingCalendars.BuiltIn.Get("CN").IsWorkingDay(Date("2026-12-31")).Should().BeTrue();
            set.Get("CN").IsWorkingDay(Date("2026-12-26")).Should().BeFalse("the copy keeps the weekend (a Saturday)");
            set.Get("CN").IsWorkingDay(Date("2026-12-28")).Should().BeTrue("and its weekdays (a Monday)");
            set.Get("CN").IsWorkingDay(Date("2026-02-28")).Should().BeTrue("and its make-up days (a Saturday worked)");
        }

        internal static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
    }
}
