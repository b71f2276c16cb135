using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class PurposeClassificationTests
    {
        [Theory]
        [InlineData("Black Friday: 30% off every LED strip until Sunday. Shop now: https://shop.example/bf")]
        [InlineData("Hi Anna, our winter collection is back in stock. Browse our best sellers at https://shop.example.")]
        [InlineData("Use coupon WELCOME10 on your next purchase.")]
        [InlineData("Dear buyer, thank you for your purchase! If you like it, please leave a review on the product page.")]
        [InlineData("Dear Mr. Olsen, I noticed your store sells camping gear. We manufacture titanium mugs with a 300-piece MOQ.")]
        [InlineData("Sign up for our newsletter and get a free gift with your first purchase.")]
        [InlineData("Hi Sarah, did the lamp arrive in good condition? If you have a minute, we'd love to hear your feedback.")]
        [InlineData("New in: linen shirts. You received this email because you signed up at shop.example.")]
        [InlineData("Dear Sir/Madam, we are a professional manufacturer of silicone kitchenware. Would you be interested in our catalogue?")]
        [InlineData("VIP early access: our winter range opens tomorrow.")]
        [InlineData("Thanks for your recent purchase! Here are some products you might like: https://shop.example/recs")]
        [InlineData("Hi Emma, your cart is waiting! Complete your purchase today: https://shop.example/cart")]
        [InlineData("双十一限时秒杀，全场包邮！")]
        [InlineData("亲，新品上架，欢迎选购：https://shop.example/new")]
        [InlineData("如果您满意，请给我们五星好评。")]
        public void Commercial_content_without_transactional_content_is_marketing(string text)
        {
            var c = WordingChecker.Classify(text);

            c.Purpose.Should().Be(MessagePurpose.Marketing, c.Reason);
            c.IsInferred.Should().BeTrue();
            c.Signals.Should().Contain(s => s.Points == MessagePurpose.Marketing);
        }

        [Theory]
        [InlineData("Your order AE-20931 shipped today with DHL; tracking number 1234567890.")]
        [InlineData("We received your payment for PI 2026-118 and production starts on Mon 30 Nov 2026.")]
        [InlineData("Your refund of USD 25.00 was sent to your card on 3 Dec 2026.")]
        [InlineData("Thank you for your inquiry. The quotation for 500 bamboo boards is attached.")]
        [InlineData("Hi Tom, the replacement is in transit and customs cleared it this morning.")]
        [InlineData("您的订单已发货，物流单号：1234567890。")]
        [InlineData("退款已于12月3日原路退回，请注意查收。")]
        [InlineData("您好，您询问的样品明天可以寄出。")]
        [InlineData("Hi Anna, as you requested, we will send a free sample of the lid by DHL on 25 Nov 2026.")]
        public void Transactional_or_neutral_content_is_transactional(string text)
        {
            var c = WordingChecker.Classify(text);

            c.Purpose.Should().Be(MessagePurpose.Transactional, c.Reason);
            c.IsInferred.Should().BeTrue();
            c.Signals.Should().NotBeEmpty().And.Subject.First().Points.Should().Be(MessagePurpose.Transactional, "the transaction comes first");
        }

        [Fact]
        public void A_message_with_neither_kind_of_content_is_transactional_with_no_signals()
        {
            var c = WordingChecker.Classify("Thank you, Anna. Have a nice weekend!");

            c.Purpose.Should().Be(MessagePurpose.Transactional);
            c.Signals.Should().BeEmpty();
            c.Reason.Should().Be("no commercial content");
        }

        [Fact]
        public void A_mixed_message_that_leads_with_the_order_is_transactional()
        {
            var c = WordingChecker.Classify("Your order AE-20931 shipped today with DHL. P.S. Our summer sale starts Friday: 20% off everything.");

            c.Purpose.Should().Be(MessagePurpose.Transactional);
            c.Reason.Should().Contain("leads with transactional content");
            c.Signals.Select(s => s.Points).Should().Contain(new[] { MessagePurpose.Transactional, MessagePurpose.Marketing });
        }

        [Fact]
        public void A_mixed_message_that_leads_with_the_offer_is_marketing()
        {
            var c = WordingChecker.Classify("Our summer sale starts Friday: 20% off everything! Your order AE-20931 shipped today.");

            c.Purpose.Should().Be(MessagePurpose.Marketing);
            c.Reason.Should().Contain("leads with commercial content");
        }

        [Fact]
        public void A_commercial_subject_makes_a_mixed_message_marketing()
        {
            const string body = "Your order AE-20931 shipped today. See our new arrivals at https://shop.example/new.";
            var context = CheckContext.Default with { Subject = "New arrivals – 20% off this week" };

            WordingChecker.Classify(body).Purpose.Should().Be(MessagePurpose.Transactional);
            var c = WordingChecker.Classify(body, context);
            c.Purpose.Should().Be(MessagePurpose.Marketing);
            c.Reason.Should().Contain("subject");
            var signal = c.Signals.First(s => s.InSubject);
            context.Subject!.Substring(signal.Start, signal.Length).Should().Be(signal.Text);
        }

        [Fact]
        public void The_callers_purpose_stands_and_is_reported_as_given()
        {
            var c = WordingChecker.Classify("Black Friday: 30% off!", CheckContext.Default with { Purpose = MessagePurpose.Transactional });

            c.Purpose.Should().Be(MessagePurpose.Transactional);
            c.IsInferred.Should().BeFalse();
            c.Signals.Should().BeEmpty();
            c.ToString().Should().StartWith("transactional (given)");
        }

        [Fact]
        public void Signals_point_at_the_wording_in_the_input_even_in_html()
        {
            const string html = "<p>Hi Jane,</p><p>Our <b>flash sale</b> ends tonight.</p>";
            var c = WordingChecker.Classify(html, CheckContext.Default with { Format = MessageFormat.Html });

            var signal = c.Signals.Should().ContainSingle().Subject;
            signal.Text.Should().Be("flash sale");
            html.Substring(signal.Start, signal.Length).Should().Be("flash sale");
        }

        [Fact]
        public void Quoted_words_are_not_signals()
        {
            WordingChecker.Classify("You asked whether \"20% off\" still applies; the coupon ended on 1 Nov.").Purpose
                .Should().Be(MessagePurpose.Transactional);
        }

        [Fact]
        public void Review_reports_the_classification_and_the_rules_use_it()
        {
            var report = WordingChecker.Default.Review("Our summer sale starts now: 20% off everything at https://shop.example/sale");

            report.Purpose.Purpose.Should().Be(MessagePurpose.Marketing);
            report.Purpose.IsInferred.Should().BeTrue();
            report.Diagnostics.Should().Contain(d => d.Rule == RuleIds.MissingUnsubscribe);

            var given = WordingChecker.Default.Review("Our summer sale starts now.", CheckContext.Default with { Purpose = MessagePurpose.Transactional });
            given.Diagnostics.Should().NotContain(d => d.Rule == RuleIds.MissingUnsubscribe);
        }

        [Fact]
        public void A_long_message_reports_the_first_signals_of_each_kind_and_still_sees_a_late_offer()
        {
            // Thirty sentences about the order, then thirty offers: the report keeps the first 25 of each kind, and an
            // offer that comes only after the transactional signals have filled their share still counts.
            var order = string.Concat(Enumerable.Range(1, 30).Select(i => $"Your order AE-{20000 + i} shipped today. "));
            var offers = string.Concat(Enumerable.Range(1, 30).Select(i => $"Use coupon SAVE{i} on your next purchase. "));
            var c = WordingChecker.Classify(order + offers);

            c.Purpose.Should().Be(MessagePurpose.Transactional, c.Reason);
            c.Reason.Should().Contain("the commercial part", "the offers after the order are commercial content");
            c.Signals.Count(s => s.Points == MessagePurpose.Transactional).Should().Be(26, "the body's first signal and 25 more");
            c.Signals.Count(s => s.Points == MessagePurpose.Marketing).Should().Be(25);

            var lateOffer = WordingChecker.Classify(order + "Use coupon SAVE1 on your next purchase.");
            lateOffer.Signals.Should().Contain(s => s.Points == MessagePurpose.Marketing, "one offer after many order sentences is still found");
        }
}
}
