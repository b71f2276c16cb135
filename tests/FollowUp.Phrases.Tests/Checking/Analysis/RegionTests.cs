using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    public sealed class RegionTests
    {
        private static string[] Parts(string text, MessageFormat format = MessageFormat.Text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default with { Format = format });
            return a.Regions.Select(r => $"{r.Kind}: {a.Text.Substring(r.Start, r.End - r.Start).Trim()}").ToArray();
        }

        [Fact]
        public void A_one_line_message_has_greeting_body_signature_and_footer()
        {
            Parts("Dear buyer, thank you for your purchase! Best regards, Lily - Brightway Store. To stop receiving these emails, unsubscribe here: https://shop.example/u")
                .Should().Equal(
                    "Greeting: Dear buyer,",
                    "Body: thank you for your purchase!",
                    "Signature: Best regards, Lily - Brightway Store.",
                    "Footer: To stop receiving these emails, unsubscribe here: https://shop.example/u");
        }

        [Fact]
        public void Lines_quoted_with_a_chevron_and_everything_after_a_reply_header_are_the_quoted_reply()
        {
            var parts = Parts("Hi Anna,\nWe shipped it on 2 Dec 2026.\nKind regards,\nLily\n\nOn Mon, 30 Nov 2026 at 10:00, Anna <anna@example.com> wrote:\n> Will it arrive soon?\n> Thanks");

            parts.Should().Equal(
                "Greeting: Hi Anna,",
                "Body: We shipped it on 2 Dec 2026.",
                "Signature: Kind regards,\nLily",
                "QuotedReply: On Mon, 30 Nov 2026 at 10:00, Anna <anna@example.com> wrote:\n> Will it arrive soon?\n> Thanks");
        }

        [Theory]
        [InlineData("We will refund you today.\n-----Original Message-----\nFrom: Tom\nPlease ship ASAP!")]
        [InlineData("We will refund you today.\nFrom: Tom <tom@example.com>\nSent: Monday, 30 November 2026 10:00\nPlease ship ASAP!")]
        [InlineData("我们今天会退款。\n在 2026年11月30日，Tom 写道：\n请尽快发货！")]
        [InlineData("We will refund you today.\n> Please ship ASAP!")]
        [InlineData("We will refund you today.\n\nVon: Thomas Keller\nGesendet: Montag, 30. November 2026 18:02\nBetreff: Lieferung\n\nPlease ship ASAP!")]
        [InlineData("We will refund you today.\n\nDe: Marta Ruiz\nEnviado: lunes, 30 de noviembre de 2026 18:02\nAsunto: Pedido\n\nPlease ship ASAP!")]
        [InlineData("We will refund you today.\n\nDe : Julie Martin\nEnvoyé : lundi 30 novembre 2026 18:02\nObjet : Commande\n\nPlease ship ASAP!")]
        public void The_buyers_quoted_words_are_not_checked(string text)
        {
            WordingChecker.Default.Check(text).Should().BeEmpty();
            WordingChecker.Default.Check(text.Replace("We will refund you today.", "We will refund you soon.").Replace("我们今天会退款。", "我们会尽快退款。"))
                .Should().ContainSingle(d => d.Rule == RuleIds.VagueTiming, "the seller's own words are still checked");
        }

        [Theory]
        [InlineData("We shipped it on 2 Dec 2026.\n> Where is my parcel???!!!", RuleIds.Shouting)]
        [InlineData("We shipped it on 2 Dec 2026.\n> Dear ×××, your order [Date]", RuleIds.UnfilledPlaceholder)]
        [InlineData("We shipped it on 2 Dec 2026.\n> It is guaranteed to arrive by Friday, you said!", RuleIds.Overpromise)]
        public void Hygiene_and_promise_rules_skip_the_quoted_reply(string text, string rule)
        {
            WordingChecker.Default.Check(text).Should().NotContain(d => d.Rule == rule);
            WordingChecker.Default.Check(text.Replace("> ", "")).Should().Contain(d => d.Rule == rule, "the same words as the seller's own are flagged");
        }

        [Theory]
        [InlineData("<p>Hi Jane,</p><p>New arrivals are here.</p><footer>Unsubscribe: <a href=\"https://shop.example/u\">link</a></footer><blockquote>Will it ship soon?</blockquote>")]
        // Mail clients and older templates write tags in capitals or mixed case: the same elements (and <STRONG> is no
        // <SCRIPT>, whose content is hidden).
        [InlineData("<P>Hi Jane,</P><P>New arrivals are <Strong>here</STRONG>.</P><FOOTER>Unsubscribe: <A HREF=\"https://shop.example/u\">link</A></FOOTER><BlockQuote>Will it ship soon?</BlockQuote>")]
        public void Html_blockquote_and_footer_elements_are_regions(string html)
        {
            var parts = Parts(html, MessageFormat.Html);

            parts.Should().Contain("Greeting: Hi Jane,").And.Contain("Body: New arrivals are here.")
                .And.Contain(p => p.StartsWith("Footer: Unsubscribe")).And.Contain("QuotedReply: Will it ship soon?");
            new MessageAnalysis(html, CheckContext.Default with { Format = MessageFormat.Html }).Links
                .Should().ContainSingle(l => l.Url == "https://shop.example/u" && l.IsHref);
            WordingChecker.Default.Check(html, CheckContext.Default with { Format = MessageFormat.Html }).Should().BeEmpty();
        }

        [Fact]
        public void An_unsubscribe_link_in_a_quoted_old_newsletter_does_not_count()
        {
            const string text = "Our winter sale starts now: https://shop.example/sale\n\nOn 1 Nov 2026, Brightway wrote:\n> Unsubscribe: https://shop.example/unsubscribe";

            WordingChecker.Default.Check(text, CheckContext.Default with { Purpose = MessagePurpose.Marketing })
                .Should().ContainSingle(d => d.Rule == RuleIds.MissingUnsubscribe);
        }

        [Theory]
        [InlineData("Thanks for your order. We ship it on 2 Dec 2026.")]
        [InlineData("We ship on 2 Dec 2026. Thanks, we will also send the tracking number the same day and update you when the parcel leaves Shenzhen airport on its way to you.")]
        public void Ordinary_sentences_that_start_like_a_closing_stay_body(string text)
        {
            Parts(text).Should().OnlyContain(p => p.StartsWith("Body:"));
        }

        [Fact]
        public void Chinese_greeting_and_closing()
        {
            Parts("您好！您的订单已于12月2日发货。\n祝好\n丽丽").Should().Equal("Greeting: 您好!", "Body: 您的订单已于12月2日发货。", "Signature: 祝好\n丽丽");
        }

        [Fact]
        public void A_subject_is_one_subject_region()
        {
            var a = new MessageAnalysis("Order AE-1 shipped", CheckContext.Default, isSubject: true);
            a.Regions.Should().ContainSingle().Which.Kind.Should().Be(MessageRegionKind.Subject);
        }

        // The reply-header search reads lines at the sentences' ends: it relies on every line break ending its sentence,
        // or standing just before a blank line's second break (which joins the sentence before it).
        [Theory]
        [InlineData("Hi Anna,\nWe shipped it.\n\nKind regards,\nLily\n\n\nOn Mon, 30 Nov 2026, Anna wrote:\n> Will it arrive soon?\n> Thanks")]
        [InlineData("Thanks.\r\n\r\nFrom: Tom <tom@example.com>\r\nSent: Monday\r\n \r\n\r\nPlease ship ASAP!")]
        [InlineData("She wrote \"will it\narrive soon?\" and \u201Cwhen\u201D.\n\u300C\u6211\u4EEC\n\u300D\n>\n> \n")]
        [InlineData("\n\nstarts with breaks, no punctuation at all on this line and so on\nnor on this one\n")]
        public void Every_line_break_ends_its_sentence_or_stands_before_a_blank_lines_second(string text)
        {
            var words = string.Join(" ", Enumerable.Repeat("word", SentenceSplitter.MaxSentenceTokens + 5));
            foreach (var message in new[] { text, words + "\n" + text + "\n" + words })
            {
                var a = new MessageAnalysis(message, CheckContext.Default);
                for (var i = 0; i < a.Tokens.Count; i++)
                {
                    if (!a.Tokens[i].Is("\n"))
                    {
                        continue;
                    }

                    var end = a.SentenceOf(i).End;
                    (end == i + 1 || (end == i + 2 && a.Tokens[i + 1].Is("\n"))).Should().BeTrue($"the line break at token {i} of {message.Length} characters ends its sentence");
                }
            }
        }
    }
}
