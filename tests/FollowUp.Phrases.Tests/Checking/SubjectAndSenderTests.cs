using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    public sealed class SubjectLineTests
    {
        private static readonly CheckContext AboutOrder = new CheckContext
        {
            Stage = OrderStage.Shipped,
            IsReply = false,
            Order = new OrderSnapshot { OrderId = "AE-20931", PiNumber = "PI-2026-118" },
        };

        [Theory]
        [InlineData("")]
        [InlineData("Hello")]
        [InlineData("Price?")]
        [InlineData("Your order")]
        [InlineData("Re: your parcel has shipped")]
        [InlineData("Fwd: shipping update")]
        [InlineData("Your parcel has shipped")]
        [InlineData("你好")]
        [InlineData("回复：物流更新")]
        [InlineData("  HELLO!!  ")]
        [InlineData("Dear customer –")]
        [InlineData("RE: your parcel has shipped")]
        [InlineData("FW: shipping update")]
        public void Flags_subjects_that_do_not_say_what_the_message_is_about(string subject)
        {
            WordingChecker.Default.CheckSubject(subject, AboutOrder).Should().Contain(d => d.Rule == RuleIds.SubjectLine);
        }

        [Theory]
        [InlineData("Order AE-20931 shipped with DHL – tracking 1234567890")]
        [InlineData("PI PI-2026-118 ready for your confirmation")]
        [InlineData("订单 AE-20931 已发货")]
        [InlineData("Re: Order AE-20931 – your question about sizes")]
        public void Passes_subjects_that_name_the_order(string subject)
        {
            var context = subject.StartsWith("Re:") ? AboutOrder with { IsReply = true } : AboutOrder;

            WordingChecker.Default.CheckSubject(subject, context).Should().NotContain(d => d.Rule == RuleIds.SubjectLine);
        }

        [Theory]
        [InlineData("New spring collection at Brightway")]
        [InlineData("Prices for LED gift lights – Brightway")]
        [InlineData("春季新品上架")]
        [InlineData("Order by 10 Dec for delivery before Christmas")]
        public void Marketing_and_pre_sale_subjects_need_no_order_number(string subject)
        {
            WordingChecker.Default.CheckSubject(subject, AboutOrder with { Purpose = MessagePurpose.Marketing }).Should().NotContain(d => d.Rule == RuleIds.SubjectLine);
            WordingChecker.Default.CheckSubject(subject, AboutOrder with { Stage = OrderStage.Inquiry }).Should().NotContain(d => d.Rule == RuleIds.SubjectLine);
        }

        [Theory]
        // Without an order to name, only the wording decides: its letters, digits and spaces, however much else is around.
        [InlineData("Hello!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
        [InlineData("...   hello   ...")]
        [InlineData("H-e-l-l-o")]
        [InlineData("»»» HELLO «««")]
        public void A_generic_subject_is_flagged_however_much_punctuation_surrounds_it(string subject)
        {
            WordingChecker.Default.CheckSubject(subject, new CheckContext { IsReply = false }).Should().Contain(d => d.Rule == RuleIds.SubjectLine);
        }

        [Fact]
        public void Bodies_are_never_judged_as_subjects()
        {
            Check.Rule(RuleIds.SubjectLine, "Hello", AboutOrder).Should().BeEmpty();
        }
    }

    public sealed class MissingSenderIdentityTests
    {
        private static readonly WordingChecker Strict = new WordingChecker(new WordingCheckerOptions { RequireSenderIdentity = true });
        private static readonly CheckContext Marketing = new CheckContext { Purpose = MessagePurpose.Marketing };

        [Theory]
        [InlineData("New arrivals! Unsubscribe: https://shop.example/unsubscribe")]
        [InlineData("Big sale this weekend. Brightway Store. Unsubscribe: https://shop.example/u")]
        [InlineData("Spring styles are here – Lily, Brightway. Opt out: https://shop.example/o")]
        [InlineData("Follow our store for coupons. https://shop.example/unsubscribe")]
        [InlineData("新品上架！退订：https://shop.example/u")]
        [InlineData("春季促销开始了。深圳光明公司。退订：https://shop.example/u")]
        [InlineData("Order by 10 Dec for Christmas. Call us on 0755 1234 5678. Unsubscribe: https://shop.example/u")]
        [InlineData("Neue Artikel! Abmelden: https://shop.example/u")]
        public void Flags_marketing_email_without_a_postal_address(string text)
        {
            Strict.Check(text, Marketing).Should().Contain(d => d.Rule == RuleIds.MissingSenderIdentity);
        }

        [Theory]
        [InlineData("New arrivals! Brightway Co., 18 Keyuan Road, Shenzhen 518057, China. Unsubscribe: https://shop.example/u")]
        [InlineData("Sale! Shop Ltd, 221B Baker Street, London. Unsubscribe: https://shop.example/u")]
        [InlineData("Neu! Laden GmbH, Hauptstraße 5, 10115 Berlin. Abmelden: https://shop.example/u")]
        [InlineData("¡Novedades! Tienda SL, Calle Mayor 12, Madrid. Darse de baja: https://shop.example/u")]
        [InlineData("新品上架！深圳市南山区科苑路18号。退订：https://shop.example/u")]
        [InlineData("Sale! PO Box 1234, Austin TX. Unsubscribe: https://shop.example/u")]
        [InlineData("Sale! Unit 5, 3 Harbour Way, Cork. Unsubscribe: https://shop.example/u")]
        [InlineData("Sale! 1 Rue de Rivoli, Paris. Unsubscribe: https://shop.example/u")]
        public void Passes_marketing_email_with_an_address(string text)
        {
            Strict.Check(text, Marketing).Should().NotContain(d => d.Rule == RuleIds.MissingSenderIdentity);
        }

        [Fact]
        public void Is_off_unless_the_policy_asks_for_it_and_ignores_transactional_mail()
        {
            const string text = "New arrivals! Unsubscribe: https://shop.example/unsubscribe";
            WordingChecker.Default.Check(text, Marketing).Should().NotContain(d => d.Rule == RuleIds.MissingSenderIdentity);
            Strict.Check("Your order shipped today.").Should().NotContain(d => d.Rule == RuleIds.MissingSenderIdentity);
        }
    }
}
