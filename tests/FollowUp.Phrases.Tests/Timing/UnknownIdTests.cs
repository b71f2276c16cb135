using System;
using System.Collections.Generic;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Timing;
using Xunit;

namespace FollowUp.Phrases.Tests.Timing
{
    /// <summary>An unknown id names itself and lists the known ones, so a typo in configuration is fixed at once.</summary>
    public sealed class UnknownIdTests
    {
        [Fact]
        public void Unknown_ids_list_what_is_known()
        {
            Invoking(() => Deadlines.BuiltIn.Get("ebay-retrun")).Should().Throw<ConfigurationException>()
                .WithMessage("No deadline 'ebay-retrun'. Known deadlines: *ebay-return-request*");
            Invoking(() => WorkingCalendars.BuiltIn.Get("XX")).Should().Throw<ConfigurationException>()
                .WithMessage("No working calendar 'XX'. Known calendars: *CN*US*");
            Invoking(() => Policies.Get("amazn")).Should().Throw<ConfigurationException>()
                .WithMessage("No policy 'amazn'. Known policies: *amazon*");
            Invoking(() => ProductionLeadTimes.Default.For("toys")).Should().Throw<ConfigurationException>()
                .WithMessage("No lead time for category 'toys'. Known categories: apparel, electronics-accessories.");
        }

        [Fact]
        public void Calendar_ids_are_case_insensitive()
        {
            var cn = WorkingCalendars.BuiltIn.Get("cn");
            cn.Id.Should().Be(WorkingCalendars.BuiltIn.Get("CN").Id);
        }

        private static Action Invoking(Action a) => a;
    }
}
