using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class VagueTimingTests
    {
        [Theory]
        [InlineData("We will get back to you shortly about the replacement.", "shortly")]
        [InlineData("The parcel should reach you in a few days.", "in a few days")]
        [InlineData("We will ship your order in the coming days.", "in the coming days")]
        [InlineData("Please send the photos ASAP so we can decide.", "ASAP")]
        [InlineData("Your parcel is coming soon.", "soon")]
        [InlineData("We'll sort it out later.", "later")]
        [InlineData("Our team will handle the claim promptly.", "promptly")]
        [InlineData("我们会尽快处理您的退款。", "尽快")]
        [InlineData("稍后给您回复。", "稍后")]
        [InlineData("售后马上处理您的问题。", "马上")]
        [InlineData("我们会第一时间发货。", "第一时间")]
        [InlineData("We will reply to you at the earliest.", "at the earliest")]
        [InlineData("We will get back to you momentarily.", "momentarily")]
        [InlineData("Please allow us some time to check with the factory.", "allow us some time")]
        [InlineData("Please give us a little time to check.", "give us a little time")]
        [InlineData("Dear friend, I checked with the post office: your parcel will be delivered in the following days.", "in the following days")]
        [InlineData("We've got your order! It'll be on its way before you know it.", "before you know it")]
        [InlineData("您好，您的包裹已到达目的国，清关可能需要一些时间，请耐心等待。", "需要一些时间")]
        [InlineData("我们过一段时间再联系您。", "过一段时间")]
        [InlineData("The tracking should update in a little while.", "in a little while")]
        [InlineData("Your order will ship in the shortest possible time.", "in the shortest possible time")]
        [InlineData("We will ship it out right away.", "right away")]
        [InlineData("pls wait few days more, parcel coming", "wait few days")]
        [InlineData("Our team will check the photos immediately.", "immediately")]
        [InlineData("我们会以最快速度为您发货。", "最快速度")]
        [InlineData("Your parcel will arrive in a few business days.", "in a few business days")]
        [InlineData("We'll reply to your message at our earliest convenience.", "at our earliest convenience")]
        [InlineData("I'll get back to you as quickly as I can.", "as quickly as I can")]
        [InlineData("We'll dispatch it as fast as we possibly can.", "as fast as we possibly can")]
        [InlineData("The refund should go through within a reasonable time.", "within a reasonable time")]
        [InlineData("Your parcel will be delivered in a short time.", "in a short time")]
        [InlineData("Your item will reach you in no time!", "in no time")]
        [InlineData("It might take a bit longer than usual due to the holidays.", "take a bit longer")]
        [InlineData("We will ship within the next several weeks.", "within the next several weeks")]
        [InlineData("The customs clearance will take some time, please be patient.", "take some time")]
        [InlineData("Status: shipped\nETA: soon 🚚", "soon")]
        [InlineData("- Estimated delivery: shortly", "shortly")]
        [InlineData("Dispatch – soon", "soon")]
        public void Flags_timing_the_buyer_cannot_check(string text, string flagged)
        {
            var findings = Check.Rule(RuleIds.VagueTiming, text);

            findings.Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Theory]
        [InlineData("Your order has shipped - enjoy it soon!")]
        [InlineData("Shipping: quickly and safely packed")]
        [InlineData("Thanks for your order – see you soon!")]
        [InlineData("Tip: sign up soon for early access")]
        [InlineData("We will ship within 24 hours of payment.")]
        [InlineData("Expected delivery: 7-10 working days after dispatch.")]
        [InlineData("We will email you as soon as the carrier scans the parcel.")]
        [InlineData("Looking forward to working with you soon.")]
        [InlineData("Hope to hear from you soon!")]
        [InlineData("The tracking has not moved for a few days; we asked DHL to check it today.")]
        [InlineData("Dear Mr. Soon, your order shipped on 2 Dec 2026.")]
        [InlineData("Thanks, Soon-Yi! Your order shipped on 2 Dec 2026.")]
        [InlineData("You asked \"can it arrive soon?\" — DHL estimates 3-5 working days.")]
        [InlineData("You asked whether it will arrive soon. DHL will deliver it on 4 Dec 2026.")]
        [InlineData("You wanted to know if we can ship soon: we ship on 4 Dec 2026.")]
        [InlineData("Track it at https://track.example.com/?ref=soon today.")]
        [InlineData("Please pay no later than 25 Nov 2026.")]
        [InlineData("The fabric dries quickly.")]
        [InlineData("We can ship at the earliest on 4 Dec 2026.")]
        [InlineData("收到您的付款后我们会第一时间通知您。")]
        [InlineData("亲，包裹在清关中，有消息会马上通知您。")]
        [InlineData("期待很快再次为您服务。")]
        [InlineData("We will ship your order promptly after receiving payment.")]
        [InlineData("It usually arrives quickly, within a week.")]
        [InlineData("We will reply soon (by Fri 27 Nov 2026).")]
        [InlineData("Customs clearance took a little time last week.")]
        [InlineData("The tracking page has not updated for some time, so we asked DHL and will reply by 4 Dec 2026.")]
        [InlineData("上次清关用了一段时间，这次我们已提前准备好文件。")]
        [InlineData("We will ship it out right away once payment clears.")]
        [InlineData("We will ship it without delay once we receive your payment.")]
        [InlineData("In the following days after delivery, please check the seal before signing.")]
        [InlineData("Hi Laura,\n\nWe shipped your replacement today with UPS.\n\nKind regards,\nTony\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please notify us immediately and delete this e-mail.")]
        [InlineData("Hallo Frau Klein,\n\nwir haben Ihr Paket heute versendet.\n\nMit freundlichen Grüßen\nLi Wei\n\nDiese E-Mail ist vertraulich. Wenn Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte umgehend den Absender.")]
        public void Leaves_concrete_anchored_and_social_wording_alone(string text)
        {
            Check.Rule(RuleIds.VagueTiming, text).Should().BeEmpty();
        }

        [Fact]
        public void The_sellers_answer_after_a_reported_question_is_still_read()
        {
            var finding = Check.Rule(RuleIds.VagueTiming, "You asked whether it will arrive soon, and it will arrive soon.").Should().ContainSingle().Subject;

            finding.Start.Should().Be(58, "the second 'soon', the seller's own; the first is the buyer's question");
        }

        [Fact]
        public void Ignores_words_inside_html_tags_and_attributes()
        {
            var html = "<div class=\"coming-soon\" title=\"shipping soon\"><p>We ship on 2 Dec 2026.</p></div>";

            Check.Rule(RuleIds.VagueTiming, html, new CheckContext { Format = MessageFormat.Html }).Should().BeEmpty();
        }

        [Fact]
        public void Reports_offsets_into_the_html_as_given()
        {
            var html = "<p class=\"x\">Hi &amp; thanks!</p><p>We will reply <b>shortly</b>.</p>";

            var finding = Check.Rule(RuleIds.VagueTiming, html, new CheckContext { Format = MessageFormat.Html }).Should().ContainSingle().Subject;

            html.Substring(finding.Start, finding.Length).Should().Be("shortly");
            finding.Line.Should().Be(1);
            finding.Column.Should().Be(html.IndexOf("shortly", System.StringComparison.Ordinal) + 1);
        }

        [Fact]
        public void Offsets_are_utf16_code_units_and_lines_are_one_based()
        {
            var text = "Hi 😀 Anna,\r\nthanks! 🎁 We will ship soon.";

            var finding = Check.Rule(RuleIds.VagueTiming, text).Should().ContainSingle().Subject;

            finding.Start.Should().Be(text.IndexOf("soon", System.StringComparison.Ordinal));
            finding.Length.Should().Be(4);
            finding.Line.Should().Be(2);
            finding.Column.Should().Be("thanks! 🎁 We will ship ".Length + 1);
            finding.Severity.Should().Be(Severity.Warning);
            finding.Message.Should().Contain("soon");
            finding.Suggestion.Should().NotBeNullOrEmpty();
        }
    }
}
