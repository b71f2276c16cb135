using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>
    /// The mechanisms behind the accuracy round, each on wording of its own: claims with scope (frequency, denial,
    /// the seller's own conduct), what is and is not a next step or an agent, chat shorthand, link labels, carriers'
    /// service names.
    /// </summary>
    public sealed class ClaimScopeTests
    {
        private static string[] Rules(string text, MessagePurpose? purpose = null) =>
            WordingChecker.Default.Check(text, new CheckContext { Purpose = purpose }).Select(d => d.Rule).ToArray();

        private static Diagnostic One(string text, string rule) =>
            WordingChecker.Default.Check(text).Should().ContainSingle(d => d.Rule == rule).Which;

        [Theory]
        [InlineData("Our parcels always clear customs within two days.", "always clear customs within two days")]
        [InlineData("Every package reaches Canada in under a week.", "Every package reaches Canada in under a week")]
        [InlineData("The carrier delivers each parcel on time without fail.", "each parcel on time without fail")]
        [InlineData("Your lamp will be delivered before New Year, no matter what.", null)]
        [InlineData("Nos colis arrivent toujours à temps pour Noël.", "toujours à temps pour Noël")]
        [InlineData("Unsere Pakete kommen immer pünktlich an.", "immer pünktlich an")]
        public void Absolute_frequency_over_what_a_carrier_or_customs_decides_is_an_overpromise(string text, string? flagged)
        {
            var finding = One(text, "overpromise");
            if (flagged != null)
            {
                finding.Text.Should().Be(flagged);
            }
        }

        [Theory]
        [InlineData("We always reply within 24 hours on working days.")]
        [InlineData("We will never share your email address with anyone.")]
        [InlineData("We send a production update every week.")]
        [InlineData("Each vase is 30 cm tall and hand-glazed.")]
        [InlineData("Customs do not always charge duty on parcels under EUR 150.")]
        [InlineData("We cannot guarantee that customs won't charge VAT.")]
        [InlineData("我们无法保证一定在圣诞节前送达，但会每天跟踪物流。")]
        [InlineData("部分国家可能会收取一定的关税。")]
        public void The_sellers_own_conduct_time_frequencies_product_facts_and_denials_are_not(string text)
        {
            Rules(text).Should().NotContain("overpromise");
        }

        [Theory]
        [InlineData("Your refund will be issued by bank transfer.", "will be issued")]
        [InlineData("The balance will be refunded by PayPal.", "will be refunded")]
        public void A_means_after_by_is_no_agent(string text, string flagged)
        {
            One(text, "missing-owner").Text.Should().Be(flagged);
        }

        [Fact]
        public void A_request_in_a_confidentiality_notice_is_no_next_step()
        {
            var text = "Dear Ana,\n\nYour parcel has been stuck at the Lisbon hub since 20 Nov 2026 because of a strike.\n\nKind regards,\nLi Wei\n\n"
                + "This message is confidential. If you are not the intended recipient, please delete it and inform us.";

            Rules(text).Should().Contain("missing-owner");
        }

        [Fact]
        public void A_remedy_the_seller_already_carried_out_owns_the_problem()
        {
            Rules("Sorry the lid arrived cracked. We refunded the full amount to your card today, 28 Nov 2026.").Should().NotContain("missing-owner");
        }

        [Theory]
        [InlineData("hi jo, ur parcel left SZ yday, shud be there soon", "vague-timing", "soon")]
        [InlineData("def no tax on this one, dont worry", "overpromise", null)]
        [InlineData("will update u l8r", "vague-timing", "l8r")]
        public void Chat_shorthand_reads_like_the_words_it_stands_for(string text, string rule, string? flagged)
        {
            var finding = One(text, rule);
            if (flagged != null)
            {
                finding.Text.Should().Be(flagged);
            }
        }

        [Fact]
        public void Opt_out_words_after_a_break_do_not_make_a_shop_link_an_opt_out_link()
        {
            Rules("Our winter sale: 30% off at https://shop.example/sale (you can opt out any time).", MessagePurpose.Marketing).Should().Contain("missing-unsubscribe");
            Rules("New arrivals are in! Visit https://shop.example/unsubscribe?u=7 to unsubscribe.", MessagePurpose.Marketing).Should().NotContain("missing-unsubscribe");
            Rules("New arrivals are in! Click https://mail.example/u/7 to stop receiving these emails.", MessagePurpose.Marketing).Should().NotContain("missing-unsubscribe");
        }

        [Theory]
        [InlineData("Your parcel ships with DHL Express 12:00 on Fri 4 Dec 2026.")]
        [InlineData("We booked UPS Worldwide Express 9:00 for the samples.")]
        [InlineData("FedEx International Priority 10:30 is the fastest option.")]
        public void A_carriers_service_name_is_not_a_clock_time(string text)
        {
            Rules(text).Should().NotContain("missing-timezone");
        }

        [Fact]
        public void A_review_request_in_numbered_steps_is_one_finding_spanning_the_request()
        {
            var text = "Could you update your review? We will send you a USD 5 coupon.\n1. Open My Orders.\n2. Click Edit review.\n3. Change the rating to 5 stars.\n\nThanks, Amy";

            var finding = One(text, "review-manipulation");
            finding.Text.Should().StartWith("Could you update your review?").And.EndWith("Change the rating to 5 stars");
            finding.Message.Should().Contain("value");
        }

        [Theory]
        [InlineData("¡Hasta pronto!")]
        [InlineData("Gracias por su compra. ¡Hasta pronto!")]
        public void A_spanish_closing_after_an_inverted_mark_is_a_pleasantry(string text)
        {
            Rules(text).Should().NotContain("vague-timing");
        }

        [Theory]
        [InlineData("您的包裹已到达马德里，有任何问题随时联系我们。")]
        [InlineData("退货已签收，退款会由我们财务部在3个工作日内处理。")]
        public void Chinese_hypothetical_problems_and_named_agents_leave_no_step_unowned(string text)
        {
            Rules(text).Should().NotContain("missing-owner");
        }

        [Fact]
        public void A_chinese_conditional_states_the_trigger()
        {
            Rules("如有延误，我们会第一时间通知您。").Should().NotContain("vague-timing");
        }

        [Fact]
        public void An_order_number_in_capitals_is_not_someone_who_owns_a_step()
        {
            // The flight was cancelled; "your parcel (order #IT-50918) will leave…" is a forecast about the parcel, not the seller's promise.
            Rules("The flight was cancelled, so your parcel (order #IT-50918) will leave China later than planned.").Should().Contain("missing-owner");
            Rules("The flight was cancelled, so Kevin will rebook your parcel (order #IT-50918) by Fri 4 Dec 2026.").Should().NotContain("missing-owner");
        }
    }
}
