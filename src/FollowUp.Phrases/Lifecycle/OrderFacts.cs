using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// The names under which an <see cref="OrderSnapshot"/>'s facts reach templates (<c>{{ shipment.tracking_number }}</c>)
    /// and phrase definitions (<c>"requires": ["shipment.tracking_number"]</c>).
    /// </summary>
    public static class OrderFacts
    {
        /// <summary>Prefix of the facts read from <see cref="OrderSnapshot.Custom"/>.</summary>
        public const string CustomPrefix = "custom.";

        private static readonly KeyValuePair<string, Func<OrderSnapshot, Timing.WorkingCalendars, object?>>[] Accessors =
        {
            Fact("order.id", (o, c) => o.OrderId),
            Fact("order.pi_number", (o, c) => o.PiNumber),
            Fact("order.platform", (o, c) => o.Platform),
            Fact("order.stage", (o, c) => o.Stage.ToKebabCase()),
            Fact("order.items", (o, c) => o.Items.Count == 0 ? null : o.Items),
            Fact("order.total", (o, c) => o.Total),
            Fact("order.placed_at", (o, c) => o.PlacedAt),
            Fact("order.paid_at", (o, c) => o.PaidAt),
            Fact("order.payment_due_at", (o, c) => o.PaymentDueAt),
            Fact("buyer.name", (o, c) => o.Buyer.Name),
            Fact("buyer.email", (o, c) => o.Buyer.Email),
            Fact("seller.name", (o, c) => o.Seller.Name),
            Fact("seller.company", (o, c) => o.Seller.Company),
            Fact("seller.team", (o, c) => o.Seller.Team),
            Fact("seller.address", (o, c) => o.Seller.Address),
            Fact("production.expected_completion", (o, c) => o.ExpectedCompletion),
            Fact("shipment.ship_by", (o, c) => o.ShipBy),
            Fact("shipment.carrier", (o, c) => o.Carrier),
            Fact("shipment.tracking_number", (o, c) => o.TrackingNumber),
            Fact("shipment.tracking_url", (o, c) => o.TrackingUrl),
            Fact("shipment.dispatched_at", (o, c) => o.DispatchedAt),
            Fact("shipment.delivery_window", (o, c) => o.DeliveryWindow),

            // The window's parts, so each language's template writes its own grammar ("in 6–9 Werktagen", "en 6 a 9 días").
            Fact("shipment.delivery_window_min", (o, c) => o.DeliveryWindow?.MinDays),
            Fact("shipment.delivery_window_max", (o, c) => o.DeliveryWindow?.MaxDays),
            Fact("shipment.delivery_window_kind", (o, c) => o.DeliveryWindow is DeliveryWindow w ? (w.Kind == DayKind.WorkingDays ? "working" : "calendar") : null),
            Fact("shipment.last_scan_at", (o, c) => o.LastCarrierScanAt),
            Fact("shipment.estimated_delivery", (o, c) => EstimatedDelivery(o, c)),
            Fact("shipment.delivered_at", (o, c) => o.DeliveredAt),
            Fact("after_sales.case_number", (o, c) => o.CaseNumber),
            Fact("after_sales.reply_by", (o, c) => o.ReplyBy),
            Fact("after_sales.return_address", (o, c) => o.ReturnAddress),
            Fact("after_sales.return_deadline", (o, c) => o.ReturnDeadline),
            Fact("after_sales.refund_amount", (o, c) => o.RefundAmount),
            Fact("after_sales.protection_until", (o, c) => o.ProtectionUntil),
            Fact("marketing.occasion", (o, c) => o.Occasion),
            Fact("marketing.cut_off_date", (o, c) => o.CutOffDate),
            Fact("marketing.unsubscribe_url", (o, c) => o.UnsubscribeUrl),
        };

        private static readonly Dictionary<string, Func<OrderSnapshot, Timing.WorkingCalendars, object?>> ByName =
            Accessors.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

        /// <summary>Every built-in fact name, in the order they are documented.</summary>
        public static IReadOnlyList<string> Names { get; } = Accessors.Select(a => a.Key).ToArray();

        /// <summary>Whether <paramref name="name"/> is a built-in fact or a <c>custom.NAME</c> fact.</summary>
        public static bool IsKnown(string name) =>
            ByName.ContainsKey(name) || (name.StartsWith(CustomPrefix, StringComparison.Ordinal) && name.Length > CustomPrefix.Length);

        /// <summary>
        /// The value of fact <paramref name="name"/> in <paramref name="order"/>, or <c>null</c> when the order lacks it.
        /// Blank strings count as missing: a blank would print as nothing.
        /// </summary>
        /// <param name="order">The order.</param>
        /// <param name="name">The fact's template name.</param>
        /// <param name="calendars">Calendars for derived facts such as <c>shipment.estimated_delivery</c>. Default: built-in.</param>
        /// <exception cref="ConfigurationException">The name is not a known fact.</exception>
        public static object? ValueOf(OrderSnapshot order, string name, Timing.WorkingCalendars? calendars = null)
        {
            if (order is null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            object? value;
            if (ByName.TryGetValue(name, out var accessor))
            {
                value = accessor(order, calendars ?? Timing.WorkingCalendars.BuiltIn);
            }
            else if (name.StartsWith(CustomPrefix, StringComparison.Ordinal) && name.Length > CustomPrefix.Length)
            {
                order.Custom.TryGetValue(name.Substring(CustomPrefix.Length), out var custom);
                value = custom;
            }
            else
            {
                throw new ConfigurationException($"Unknown fact '{name}'. Known facts: {string.Join(", ", Names)}, or custom.NAME.", "fact", name, Names);
            }

            return value is string s && s.Trim().Length == 0 ? null : value;
        }

        /// <summary>
        /// The delivery window as days in the buyer's calendar (<c>shipment.estimated_delivery</c>), or null when the
        /// dispatch time, the window or the buyer's country (and so their holidays) is unknown.
        /// </summary>
        public static Timing.DateRange? EstimatedDelivery(OrderSnapshot order, Timing.WorkingCalendars calendars)
        {
            if (order.DispatchedAt is NodaTime.Instant dispatched && order.DeliveryWindow is DeliveryWindow window
                && order.Buyer.Country is string country && calendars.TryGet(country, out var calendar))
            {
                return Timing.DeliveryDates.Estimate(dispatched, window, calendar);
            }

            return null;
        }

        private static KeyValuePair<string, Func<OrderSnapshot, Timing.WorkingCalendars, object?>> Fact(string name, Func<OrderSnapshot, Timing.WorkingCalendars, object?> get) =>
            new KeyValuePair<string, Func<OrderSnapshot, Timing.WorkingCalendars, object?>>(name, get);
    }
}
