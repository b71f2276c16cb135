using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>German and Spanish wording is checked when the message's locale says so (the phrasebook's de and es texts).</summary>
    public sealed class GermanAndSpanishTests
    {
        private static string[] Flagged(string text, string locale, string rule) =>
            WordingChecker.Default.Check(text, CheckContext.Default with { Locale = locale, Purpose = MessagePurpose.Transactional })
                .Where(d => d.Rule == rule).Select(d => d.Text!).ToArray();

        [Theory]
        [InlineData("Wir versenden Ihre Bestellung so schnell wie möglich.", "de", "so schnell wie möglich")]
        [InlineData("Wir melden uns in den nächsten Tagen bei Ihnen.", "de-AT", "in den nächsten Tagen")]
        [InlineData("Die Ersatzlieferung geht zeitnah raus.", "de", "zeitnah")]
        [InlineData("Enviaremos tu pedido lo antes posible.", "es", "lo antes posible")]
        [InlineData("Te responderemos en breve.", "es-MX", "en breve")]
        public void Vague_timing_in_german_and_spanish(string text, string locale, string flagged) =>
            Flagged(text, locale, RuleIds.VagueTiming).Should().Equal(flagged);

        [Theory]
        [InlineData("Ihr Paket kommt garantiert vor Weihnachten an.", "de")]
        [InlineData("Tu paquete llegará antes de Navidad, garantizado.", "es")]
        [InlineData("Garantizamos que la aduana no te cobrará impuestos.", "es")]
        public void Overpromises_in_german_and_spanish(string text, string locale) =>
            Flagged(text, locale, RuleIds.Overpromise).Should().ContainSingle();

        [Theory]
        [InlineData("Vielen Dank für Ihren Einkauf, bis bald!", "de")]
        [InlineData("Wir können die Zustellung vor Weihnachten nicht garantieren; DHL schätzt 3–5 Werktage.", "de")]
        [InlineData("Wir garantieren eine volle Erstattung, falls das Paket nicht ankommt.", "de")]
        [InlineData("Sobald die Zahlung bestätigt ist, versenden wir am 30. Nov. 2026.", "de")]
        [InlineData("¡Gracias por tu compra, hasta pronto!", "es")]
        [InlineData("No podemos garantizar la entrega antes de Navidad.", "es")]
        public void Closings_hedges_and_remedies_pass(string text, string locale)
        {
            Flagged(text, locale, RuleIds.VagueTiming).Should().BeEmpty();
            Flagged(text, locale, RuleIds.Overpromise).Should().BeEmpty();
        }

        [Theory]
        [InlineData("Su pedido se ha retrasado por la aduana. Nuestro equipo contactará con Correos el lunes 7 de diciembre.", "es")]
        [InlineData("Su pedido se ha retrasado. Nuestro equipo de soporte le escribirá mañana.", "es")]
        [InlineData("Votre colis est retardé. Notre service client vous répondra demain.", "fr")]
        [InlineData("Votre colis est retardé. Notre entrepôt l'expédiera le 4 décembre.", "fr")]
        public void The_sellers_side_with_a_verb_in_the_future_owns_the_next_step(string text, string locale) =>
            Flagged(text, locale, RuleIds.MissingOwner).Should().BeEmpty();

        [Theory]
        [InlineData("Su pedido se ha retrasado. Nuestro equipo lo siente mucho.", "es")]
        [InlineData("Votre colis est retardé. Notre équipe est désolée.", "fr")]
        [InlineData("Votre colis est retardé. Notre équipe sera ravie de vous aider.", "fr")]
        public void The_sellers_side_with_no_future_action_owns_nothing(string text, string locale) =>
            Flagged(text, locale, RuleIds.MissingOwner).Should().ContainSingle();

        [Theory]
        [InlineData("We will ship it pronto.")]
        [InlineData("The bald eagle mug ships on 2 Dec 2026.")]
        public void English_messages_do_not_get_the_german_or_spanish_lists(string text)
        {
            Flagged(text, "en", RuleIds.VagueTiming).Should().BeEmpty();
            Flagged(text, null!, RuleIds.VagueTiming).Should().BeEmpty();
        }
    }
}
