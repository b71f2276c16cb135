using FluentAssertions;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>
    /// A fact's time is written once per render and kept for the render's other templates: every print of it, in the
    /// subject, the text and the HTML body, says the same, and <c>seller_time</c> is the fact as it prints alone.
    /// </summary>
    public sealed class TimeFilterTests
    {
        private static readonly Phrasebooks.Phrasebook Book = EngineFixture.Book(
            "\"test.times\": { \"stage\": \"shipped\", \"requires\": [\"shipment.dispatched_at\"], \"channels\": [\"email\"], " +
            "\"texts\": { \"en\": { \"subject\": \"Shipped {{ shipment.dispatched_at | both_times }}\", " +
            "\"body\": \"A {{ shipment.dispatched_at }}\\nS {{ shipment.dispatched_at | seller_time }}\\nB {{ shipment.dispatched_at | buyer_time }}\\nT {{ shipment.dispatched_at | both_times }}\\nB {{ shipment.dispatched_at | buyer_time }}\\nT {{ shipment.dispatched_at | both_times }}\", " +
            "\"html\": \"<p>B {{ shipment.dispatched_at | buyer_time }}</p><p>T {{ shipment.dispatched_at | both_times }}</p>\" } } }");

        [Fact]
        public void Every_print_of_a_time_in_one_render_says_the_same()
        {
            var order = EngineFixture.SampleOrder();

            var message = EngineFixture.Engine(Book).Render("test.times", order);

            var lines = message.TextBody.Split('\n');
            lines[1].Should().Be("S " + lines[0].Substring(2), "seller_time is the time as the fact prints alone: the seller's clock");
            lines[4].Should().Be(lines[2]);
            lines[5].Should().Be(lines[3]);
            lines[2].Should().NotBe("B " + lines[0].Substring(2), "the sample buyer's zone is not the seller's");
            message.Subject.Should().Be("Shipped " + lines[3].Substring(2));
            message.HtmlBody.Should().Be("<p>" + System.Net.WebUtility.HtmlEncode(lines[2]) + "</p><p>" + System.Net.WebUtility.HtmlEncode(lines[3]) + "</p>");
        }
    }
}
