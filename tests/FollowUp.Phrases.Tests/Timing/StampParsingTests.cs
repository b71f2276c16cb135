using System;
using FluentAssertions;
using FollowUp.Phrases.Timing;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    public sealed class StampParsingTests
    {
        [Theory]
        [InlineData("2026-11-23 14:00 (UTC+8)", "UTC+8")]
        [InlineData("2026-11-23 07:00 CET", "Europe/Berlin")]
        [InlineData("2026-07-01 08:00 CEST", "Europe/Berlin")]
        [InlineData("2026-11-23 01:00 EST", "America/New_York")]
        [InlineData("2026-11-23 11:30 (UTC+5:30)", "UTC+5:30")]
        public void Stamps_round_trip(string stamp, string zone)
        {
            var instant = SellerTime.Parse(stamp);

            SellerTime.FormatIn(instant, SellerTime.ResolveZone(zone)).Should().Be(stamp);
        }

        [Fact]
        public void Seller_stamp_parses_to_its_instant()
        {
            SellerTime.Parse("2026-11-23 14:00 (UTC+8)").Should().Be(Instant.FromUtc(2026, 11, 23, 6, 0));
            SellerTime.Parse("2026-11-23 07:00 CET").Should().Be(Instant.FromUtc(2026, 11, 23, 6, 0));
        }

        [Fact]
        public void The_repeated_autumn_hour_is_told_apart_by_its_abbreviation()
        {
            SellerTime.Parse("2026-10-25 02:30 CEST").Should().Be(Instant.FromUtc(2026, 10, 25, 0, 30));
            SellerTime.Parse("2026-10-25 02:30 CET").Should().Be(Instant.FromUtc(2026, 10, 25, 1, 30));
        }

        [Theory]
        [InlineData("2026-01-15 10:00 CEST", "*CEST*not in use*CET*")]
        [InlineData("2026-11-23 14:00 CST", "*CST*pass the zone*")]
        [InlineData("23 Nov 2026 14:00", "*not a time stamp*")]
        public void Wrong_or_ambiguous_stamps_are_errors(string stamp, string message)
        {
            Action parse = () => SellerTime.Parse(stamp);

            parse.Should().Throw<FollowUp.Phrases.Timing.TimeParseException>().WithMessage(message);
        }

        [Fact]
        public void An_ambiguous_abbreviation_parses_with_its_zone()
        {
            SellerTime.Parse("2026-11-23 14:00 CST", DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Should().Be(Instant.FromUtc(2026, 11, 23, 6, 0));
        }

        [Theory]
        [InlineData("2026-11-23T06:00:00Z")]
        [InlineData("2026-11-23T14:00:00+08:00")]
        [InlineData("2026-11-23 14:00 (UTC+8)")]
        [InlineData("2026-11-23 07:00 CET")]
        [InlineData(" 2026-11-23 14:00 ")]
        public void Any_way_people_type_a_moment_reads_the_same_instant(string text)
        {
            SellerTime.TryParseAny(text, null, out var instant).Should().BeTrue(text);
            instant.Should().Be(Instant.FromUtc(2026, 11, 23, 6, 0), "a bare date and time is on the seller's clock, UTC+8");
        }

        [Theory]
        [InlineData("yesterday")]
        [InlineData("23 Nov 2026 14:00")]
        [InlineData("")]
        [InlineData(null)]
        public void Anything_else_is_no_moment(string? text)
        {
            SellerTime.TryParseAny(text, null, out _).Should().BeFalse();
        }

        [Fact]
        public void A_bare_time_is_read_on_the_given_sellers_clock()
        {
            SellerTime.TryParseAny("2026-11-23 14:00", DateTimeZoneProviders.Tzdb["Europe/Berlin"], out var instant).Should().BeTrue();
            instant.Should().Be(Instant.FromUtc(2026, 11, 23, 13, 0));
        }
    }
}
