using System;
using FluentAssertions;
using FollowUp.Phrases.Timing;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    public sealed class SellerTimeTests
    {
        private static readonly Instant Handover = Instant.FromUtc(2026, 11, 23, 6, 0);

        [Fact]
        public void Seller_time_defaults_to_utc_plus_8()
        {
            SellerTime.Default.Format(Handover).Should().Be("2026-11-23 14:00 (UTC+8)");
        }

        [Fact]
        public void Buyer_zones_with_a_known_abbreviation_print_it()
        {
            SellerTime.FormatIn(Handover, DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Should().Be("2026-11-23 07:00 CET");
            SellerTime.FormatIn(Handover, DateTimeZoneProviders.Tzdb["America/New_York"]).Should().Be("2026-11-23 01:00 EST");
            SellerTime.FormatIn(Instant.FromUtc(2026, 7, 1, 6, 0), DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Should().Be("2026-07-01 08:00 CEST");
        }

        [Fact]
        public void Zones_without_an_abbreviation_print_their_offset()
        {
            SellerTime.FormatIn(Handover, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Should().Be("2026-11-23 14:00 CST");
            SellerTime.FormatIn(Handover, DateTimeZoneProviders.Tzdb["Asia/Kolkata"]).Should().Be("2026-11-23 11:30 IST");
            SellerTime.FormatIn(Handover, DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30))).Should().Be("2026-11-23 11:30 (UTC+5:30)");
        }

        [Theory]
        [InlineData("UTC+8", 8 * 3600)]
        [InlineData("UTC-05:00", -5 * 3600)]
        [InlineData("UTC", 0)]
        public void Offset_labels_resolve_to_fixed_zones(string id, int seconds)
        {
            SellerTime.ResolveZone(id).GetUtcOffset(Handover).Seconds.Should().Be(seconds);
        }

        [Fact]
        public void Unknown_zone_is_a_clear_error()
        {
            Action resolve = () => SellerTime.ResolveZone("Asia/Shenzen");

            resolve.Should().Throw<ConfigurationException>().WithMessage("*'Asia/Shenzen'*Asia/Shanghai*");
        }

        [Theory]
        [InlineData("en", "Fri 4 Dec 2026")]
        [InlineData("zh-CN", "2026年12月4日（周五）")]
        [InlineData("de-AT", "Fr., 4. Dez. 2026")]
        [InlineData("es", "vie 4 dic 2026")]
        [InlineData(null, "Fri 4 Dec 2026")]
        public void Dates_read_the_same_on_every_machine(string? locale, string expected)
        {
            DateNames.Format(new LocalDate(2026, 12, 4), locale).Should().Be(expected);
        }
    }
}
