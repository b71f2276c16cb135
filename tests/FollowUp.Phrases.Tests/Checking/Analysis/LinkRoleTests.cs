using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    public sealed class LinkRoleTests
    {
        private static LinkRole RoleOf(string text, MessageFormat format = MessageFormat.Text) =>
            new MessageAnalysis(text, CheckContext.Default with { Format = format }).Links.Should().ContainSingle().Subject.Role;

        [Theory]
        [InlineData("Unsubscribe: https://shop.example/u/8c1", "Unsubscribe")]
        [InlineData("Manage your email preferences: https://shop.example/p", "Unsubscribe")]
        [InlineData("https://shop.example/unsubscribe?id=77", "Unsubscribe")]
        [InlineData("退订请点击 https://shop.example/x", "Unsubscribe")]
        [InlineData("Track it here: https://shop.example/t/1", "Tracking")]
        [InlineData("See https://www.dhl.com/en/express/tracking.html?AWB=1234567890", "Tracking")]
        [InlineData("物流查询：https://t.17track.net/en#nums=LP00123", "Tracking")]
        [InlineData("Please pay the balance here: https://shop.example/i/22", "Payment")]
        [InlineData("https://shop.example/checkout/22", "Payment")]
        [InlineData("Tell us what you think: https://shop.example/reviews/new", "Review")]
        [InlineData("New arrivals: https://shop.example/collections/winter", "Product")]
        [InlineData("Write to mailto:service@shop.example", "Contact")]
        [InlineData("Our privacy policy: https://shop.example/privacy", "Other")]
        public void A_link_gets_its_role_from_its_address_or_its_label(string text, string role) => RoleOf(text).ToString().Should().Be(role);

        [Fact]
        public void The_anchor_text_labels_an_html_link()
        {
            RoleOf("<p>Don't want these emails? <a href=\"https://shop.example/x?id=7\">Click here</a>.</p>", MessageFormat.Html).Should().Be(LinkRole.Unsubscribe);
            RoleOf("<a href=\"https://shop.example/x\">track your parcel</a>", MessageFormat.Html).Should().Be(LinkRole.Tracking);
        }

        [Fact]
        public void A_label_in_another_sentence_does_not_count()
        {
            RoleOf("You can unsubscribe at any time.\n\nShop our sale: https://shop.example/x").Should().Be(LinkRole.Product);
        }

        [Theory]
        [InlineData("Leave a review of your order or track it here: https://shop.example/x", "Tracking")]
        [InlineData("Rate the product or pay the balance here: https://shop.example/x", "Review")]
        [InlineData("Browse the sale or pay the balance here: https://shop.example/x", "Payment")]
        [InlineData("Track it here, or unsubscribe: https://shop.example/x", "Unsubscribe")]
        public void A_link_labelled_for_several_roles_takes_the_first_in_order(string text, string role)
        {
            // Opt-out first (it keeps a marketing mail lawful), then tracking, review, payment and product labels, whatever
            // order the words stand in.
            RoleOf(text).ToString().Should().Be(role);
        }
    }
}
