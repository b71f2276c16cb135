using System;
using System.Linq;
using FollowUp.Phrases.Phrasebooks;
using NodaTime;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// An order with every fact set, dated from a given "now": what a linter or a preview renders a phrase for, so that
    /// every template branch that prints a fact has one and only the wording can produce findings.
    /// </summary>
    /// <example>
    /// <code>
    /// var phrase = Phrasebook.BuiltIn.Get("shipment.dispatched");
    /// var order = SpecimenOrder.For(phrase, clock.GetCurrentInstant());
    /// var message = engine.Render(phrase.Key.Value, order);
    /// </code>
    /// </example>
    public static class SpecimenOrder
    {
        /// <summary>
        /// A specimen at <paramref name="stage"/>: buyer Anna Weber in Europe/Berlin, seller Lily Chen in Shenzhen, every
        /// time at <paramref name="now"/> and every date after it, so no date in a rendered message lies in the past.
        /// </summary>
        public static OrderSnapshot Create(Instant now, OrderStage stage)
        {
            var today = now.InUtc().Date;
            return new OrderSnapshot
            {
                OrderId = "AE-20931",
                PiNumber = "PI-2026-118",
                Platform = "AliExpress",
                Stage = stage,
                Buyer = new Buyer { Name = "Anna Weber", Email = "anna@example.de", TimeZoneId = "Europe/Berlin", Country = "DE" },
                Seller = new Seller { Name = "Lily Chen", Company = "Shenzhen Brightway Co.", Address = "18 Keyuan Road, Shenzhen 518057, China", Team = "Our after-sales team" },
                Items = new[] { new OrderItem("LED gift lights", 2, "LED-1") },
                Total = new Money(25m, "USD"),
                PlacedAt = now,
                PaidAt = now,
                PaymentDueAt = now + Duration.FromDays(2),
                ExpectedCompletion = today.PlusDays(5),
                ShipBy = today.PlusDays(6),
                Carrier = "DHL Express",
                TrackingNumber = "1234567890",
                SecondTrackingNumber = "1234567891",
                TrackingUrl = new Uri("https://track.example.com/1234567890"),
                DispatchedAt = now,
                DeliveryWindow = new DeliveryWindow(7, 10),
                LastCarrierScanAt = now,
                DeliveredAt = now,
                CaseNumber = "RMA-3310",
                ReplyBy = now + Duration.FromDays(2),
                ReturnAddress = "Brightway Returns, 18 Keyuan Road, Shenzhen 518057, China",
                ReturnDeadline = today.PlusDays(14),
                RefundAmount = new Money(25m, "USD"),
                ProtectionUntil = today.PlusDays(20),
                Occasion = "Christmas",
                CutOffDate = today.PlusDays(10),
                UnsubscribeUrl = new Uri("https://brightway.example/unsubscribe?u=42"),
            };
        }

        /// <summary>
        /// A specimen for <paramref name="phrase"/>: at the phrase's stage, with a sample value ("sample gift note") for
        /// each custom fact the phrase requires.
        /// </summary>
        public static OrderSnapshot For(Phrase phrase, Instant now)
        {
            if (phrase is null)
            {
                throw new ArgumentNullException(nameof(phrase));
            }

            var custom = phrase.RequiredFacts.Where(f => f.StartsWith(OrderFacts.CustomPrefix, StringComparison.Ordinal))
                .ToDictionary(f => f.Substring(OrderFacts.CustomPrefix.Length), f => "sample " + f.Substring(OrderFacts.CustomPrefix.Length).Replace('_', ' '), StringComparer.Ordinal);
            return Create(now, phrase.Stage) with { Custom = custom };
        }
    }
}
