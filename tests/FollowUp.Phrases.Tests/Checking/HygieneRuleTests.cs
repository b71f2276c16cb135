using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class ShoutingTests
    {
        [Theory]
        [InlineData("PLEASE PAY NOW OR YOUR ORDER WILL BE CANCELLED.", "PLEASE PAY NOW OR YOUR ORDER WILL BE CANCELLED")]
        [InlineData("We are really sorry!!!", "!!!")]
        [InlineData("Your parcel is here!!!!", "!!!!")]
        [InlineData("URGENT: please confirm the address.", "URGENT")]
        [InlineData("This is IMPORTANT, reply today.", "IMPORTANT")]
        [InlineData("LAST CHANCE TO GET THIS PRICE!", "LAST CHANCE TO GET THIS PRICE")]
        [InlineData("亲，请尽快付款！！！", "！！！")]
        [InlineData("DON'T MISS OUT ON OUR SALE", "DON'T MISS OUT ON OUR SALE")]
        public void Flags_capitals_and_exclamation_runs(string text, string flagged)
        {
            Check.Rule(RuleIds.Shouting, text).Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Theory]
        [InlineData("Your order shipped with DHL, tracking 123.")]
        [InlineData("The price is USD 1.20 FOB Shenzhen, MOQ 500 pcs.")]
        [InlineData("Thank you!")]
        [InlineData("Great news! Your parcel arrived.")]
        [InlineData("Please send the PI and the QC report.")]
        [InlineData("It is important that you check the parcel on delivery.")]
        [InlineData("亲，您的包裹已发出！")]
        [InlineData("Is it the XL or the XXL size?")]
        public void Leaves_normal_emphasis_and_acronyms_alone(string text)
        {
            Check.Rule(RuleIds.Shouting, text).Should().BeEmpty();
        }
    }

    public sealed class ExclamationRunTests
    {
        [Theory]
        [InlineData("Really?!?! We are sorry!!?!", "!!?!")] // two '!' in the first run: not three
        [InlineData("Open https://shop.example/sale!!! now.", "!!!")]
        [InlineData("Wow! Great! Thanks! We ship today!! Ok!!!", "!!!")]
        public void Flags_each_run_of_three_or_more(string text, string flagged)
        {
            Check.Rule(RuleIds.Shouting, text).Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Fact]
        public void Leaves_a_quoted_run_alone_and_finds_runs_anywhere_in_a_long_message()
        {
            Check.Rule(RuleIds.Shouting, "She wrote \"where is it!!!\" to us. We ship today.").Should().BeEmpty();

            var filler = string.Concat(System.Linq.Enumerable.Repeat("Thanks! We are glad to help with your order. ", 300));
            var text = filler + "Hurry!!! " + filler + "Last call!?!! " + filler;
            Check.Rule(RuleIds.Shouting, text).Select(d => d.Start).Should().Equal(text.IndexOf("!!!", System.StringComparison.Ordinal), text.IndexOf("!?!!", System.StringComparison.Ordinal));
        }
    }

    public sealed class PaymentDetailsTests
    {
        [Theory]
        [InlineData("Please pay to IBAN GB82 WEST 1234 5698 7654 32.", "GB82 WEST 1234 5698 7654 32")]
        [InlineData("Our IBAN: DE89370400440532013000", "DE89370400440532013000")]
        [InlineData("Send us your card 4111 1111 1111 1111 and we charge it.", "4111 1111 1111 1111")]
        [InlineData("Visa card: 4111111111111111", "4111111111111111")]
        [InlineData("Bank account number: 6222 0212 3456 7890", "6222 0212 3456 7890")]
        [InlineData("请把货款转到银行账号6222021234567890123。", "6222021234567890123")]
        [InlineData("卡号：4111-1111-1111-1111", "4111-1111-1111-1111")]
        [InlineData("SWIFT transfer to account no. 123456789", "123456789")]
        [InlineData("ACCOUNT NO 12345678", "12345678")]
        [InlineData("Account no. 2026-13-23", "2026-13-23")] // grouped like a date, but no month 13: read as a number
        [InlineData("Account no. 2026-11-231", "2026-11-231")] // a third group of three digits is no day
        public void Flags_card_numbers_ibans_and_labelled_accounts(string text, string flagged)
        {
            Check.Rule(RuleIds.PaymentDetails, text).Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Theory]
        [InlineData("Thank you for your order. We are glad to help. Please pay to our account no. 123456789 today. Kind regards", "123456789")]
        [InlineData("Hello Anna,\n\nthanks again.\nPayment reference: SHOP-DE89370400440532013000\n\nBest wishes", "DE89370400440532013000")]
        [InlineData("Thanks. Card on file: ref-4111111111111111. We charge it tomorrow.", "4111111111111111")]
        [InlineData("Thanks! Pay here: https://pay.example/?iban=DE89370400440532013000 and reply.", "DE89370400440532013000")]
        public void Finds_them_in_any_sentence_and_inside_words_and_links(string text, string flagged)
        {
            // The rule reads only sentences with a digit in a word, or a link: one glued after a hyphen or inside a link
            // is in such a sentence too.
            Check.Rule(RuleIds.PaymentDetails, text).Should().ContainSingle().Which.Text.Should().Be(flagged);
        }

        [Fact]
        public void Finds_every_one_in_a_long_message_of_sentences_without_digits()
        {
            var filler = string.Concat(System.Linq.Enumerable.Repeat("We are glad to help with your order and answer any question. ", 200));
            var text = filler + "Our IBAN: DE89370400440532013000. " + filler + "Visa card: 4111111111111111. " + filler;
            Check.Rule(RuleIds.PaymentDetails, text).Select(d => d.Text).Should().Equal("DE89370400440532013000", "4111111111111111");
        }

        [Fact]
        public void Finds_an_account_label_anywhere_in_the_forty_characters_before_the_number_in_any_case()
        {
            // Every English account label, in three casings (and with the Kelvin sign, which lowers to k), ending at every
            // distance that leaves it inside the forty characters before the number, after text with and without letters
            // and marks outside ASCII: flagged; starting one character further back: not. (The search is ruled out quickly
            // for text that cannot hold a label.)
            var labels = FollowUp.Phrases.Checking.Languages.LanguagePacks.BuiltIn["en"].Lists["payment-details.account-labels"];
            const string number = "12345678";
            foreach (var label in labels)
            {
                var writings = new[] { label, label.ToUpperInvariant(), char.ToUpperInvariant(label[0]) + label.Substring(1), label.Replace('k', '\u212A') };
                foreach (var written in writings.Distinct())
                {
                    foreach (var before in new[] { "Thanks for your order; please transfer the amount to our ", "Merci, voilà: ", "Shipped – “fast” — " })
                    {
                        for (var gap = 1; written.Length + gap <= 41; gap++)
                        {
                            var text = before + written + new string(' ', gap) + number + " today.";
                            var findings = Check.Rule(RuleIds.PaymentDetails, text);
                            var inside = written.Length + gap <= 40;
                            findings.Select(d => d.Text).Should().Equal(inside ? new[] { number } : System.Array.Empty<string>(), "in '{0}'", text);
                        }
                    }
                }
            }
        }

        [Theory]
        [InlineData("Your AliExpress order 8123456789012345 has shipped.")]
        [InlineData("Tracking number: 1Z999AA10123456784.")]
        [InlineData("Tracking: LX123456789CN")]
        [InlineData("Please pay through the platform checkout.")]
        [InlineData("The IBAN field on the platform is optional.")]
        [InlineData("运单号：1234567890123456")]
        [InlineData("Call us on +86 755 1234 5678.")]
        [InlineData("The total is USD 1,234,567.")]
        [InlineData("Account number is in the invoice attached to this message, not here: 12345678")] // the label is too far
        [InlineData("Your account was opened on 2026-11-23.")] // an ISO date, labelled or not, is a date
        [InlineData("Account statement date: 2026-11-23 14:00 (UTC+8)")]
        public void Leaves_order_and_tracking_numbers_alone(string text)
        {
            Check.Rule(RuleIds.PaymentDetails, text).Should().BeEmpty();
        }
    }

    public sealed class ReviewManipulationTests
    {
        [Theory]
        [InlineData("Leave us a 5-star review and we will refund you USD 5.")]
        [InlineData("We will send you a coupon if you change your feedback.")]
        [InlineData("Could you please remove the negative review?")]
        [InlineData("Get a free gift for every five-star rating!")]
        [InlineData("Please update your review to 5 stars and we give 20% off your next order.")]
        [InlineData("给五星好评返现5元。")]
        [InlineData("麻烦您修改一下差评，我们给您补偿。")]
        [InlineData("好评送优惠券。")]
        public void Flags_incentives_and_requests_to_change_reviews(string text)
        {
            Check.Rule(RuleIds.ReviewManipulation, text).Should().ContainSingle();
        }

        [Theory]
        [InlineData("If you have a minute, please tell us how it went; honest feedback helps other buyers.")]
        [InlineData("We will refund you in full today.")]
        [InlineData("Thank you for your kind review!")]
        [InlineData("We are sorry about your experience and will send a replacement today.")]
        [InlineData("Honest feedback, good or bad, helps us improve.")]
        [InlineData("Use the coupon SPRING10 at checkout.")]
        [InlineData("感谢您的好评！")]
        [InlineData("我们会在24小时内为您退款。")]
        [InlineData("Our offer does not depend on your review in any way; we will resend the item today.")]
        [InlineData("Your refund request is under review.")]
        [InlineData("We will review your photos and send a refund by Friday.")]
        [InlineData("Your claim is pending review; a coupon for the delay is attached.")]
        public void Leaves_honest_requests_and_unconditional_fixes_alone(string text)
        {
            Check.Rule(RuleIds.ReviewManipulation, text).Should().BeEmpty();
        }
    }

    public sealed class AttachmentMissingTests
    {
        private static readonly CheckContext NoAttachments = new CheckContext { AttachmentCount = 0 };

        [Theory]
        [InlineData("Please find attached the PI for your order.")]
        [InlineData("Attached is the invoice.")]
        [InlineData("I have attached the photos of the finished goods.")]
        [InlineData("Please see the attached packing list.")]
        [InlineData("As attached, the test report.")]
        [InlineData("请查收附件中的形式发票。")]
        [InlineData("详见附件。")]
        [InlineData("We've attached the certificate.")]
        public void Flags_attachments_that_are_not_there(string text)
        {
            Check.Rule(RuleIds.AttachmentMissing, text, NoAttachments).Should().ContainSingle();
        }

        [Theory]
        [InlineData("The PI is in your platform inbox.")]
        [InlineData("Here is the link to the invoice: https://shop.example/i/1")]
        [InlineData("We will send the photos tomorrow.")]
        [InlineData("The attachment point on the lamp is metal.")]
        [InlineData("形式发票已发到您的平台消息中。")]
        [InlineData("Please attach a photo of the damage to your reply.")]
        [InlineData("Thank you for the attached photos.")]
        [InlineData("The sample is attached to the parcel label.")]
        public void Leaves_other_wording_alone(string text)
        {
            Check.Rule(RuleIds.AttachmentMissing, text, NoAttachments).Should().BeEmpty();
        }

        [Fact]
        public void Stays_silent_when_files_are_attached_or_the_count_is_unknown()
        {
            Check.Rule(RuleIds.AttachmentMissing, "Please find attached the PI.", new CheckContext { AttachmentCount = 1 }).Should().BeEmpty();
            Check.Rule(RuleIds.AttachmentMissing, "Please find attached the PI.").Should().BeEmpty();
        }
    }
}
