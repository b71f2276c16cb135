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

        private static readonly KeyValuePair<string, Func<OrderSnapshot, object?>>[] Accessors =
        {
            Fact("order.id", o => o.OrderId),
            Fact("order.pi_number", o => o.PiNumber),
            Fact("order.platform", o => o.Platform),
            Fact("order.stage", o => o.Stage.ToKebabCase()),
            Fact("order.items", o => o.Items.Count == 0 ? null : o.Items),
            Fact("order.total", o => o.Total),
            Fact("order.placed_at", o => o.PlacedAt),
            Fact("order.paid_at", o => o.PaidAt),
            Fact("order.payment_due_at", o => o.PaymentDueAt),
            Fact("buyer.name", o => o.Buyer.Name),
            Fact("buyer.email", o => o.Buyer.Email),
            Fact("seller.name", o => o.Seller.Name),
            Fact("seller.company", o => o.Seller.Company),
            Fact("seller.team", o => o.Seller.Team),
            Fact("production.expected_completion", o => o.ExpectedCompletion),
            Fact("shipment.ship_by", o => o.ShipBy),
            Fact("shipment.carrier", o => o.Carrier),
            Fact("shipment.tracking_number", o => o.TrackingNumber),
            Fact("shipment.tracking_url", o => o.TrackingUrl),
            Fact("shipment.dispatched_at", o => o.DispatchedAt),
            Fact("shipment.delivery_window", o => o.DeliveryWindow),
            Fact("shipment.last_scan_at", o => o.LastCarrierScanAt),
            Fact("shipment.estimated_delivery", o => EstimatedDelivery(o, Timing.WorkingCalendars.BuiltIn)),
            Fact("shipment.delivered_at", o => o.DeliveredAt),
            Fact("after_sales.case_number", o => o.CaseNumber),
            Fact("after_sales.reply_by", o => o.ReplyBy),
            Fact("after_sales.return_address", o => o.ReturnAddress),
            Fact("after_sales.return_deadline", o => o.ReturnDeadline),
            Fact("after_sales.refund_amount", o => o.RefundAmount),
            Fact("marketing.unsubscribe_url", o => o.UnsubscribeUrl),
        };

        private static readonly Dictionary<string, Func<OrderSnapshot, object?>> ByName =
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
        /// <exception cref="ArgumentException">The name is not a known fact.</exception>
        public static object? ValueOf(OrderSnapshot order, string name)
        {
            if (order is null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            object? value;
            if (ByName.TryGetValue(name, out var accessor))
            {
                value = accessor(order);
            }
            else if (name.StartsWith(CustomPrefix, StringComparison.Ordinal) && name.Length > CustomPrefix.Length)
            {
                order.Custom.TryGetValue(name.Substring(CustomPrefix.Length), out var custom);
                value = custom;
            }
            else
            {
                throw new ArgumentException($"Unknown fact '{name}'. Known facts: {string.Join(", ", Names)}, or custom.NAME.", nameof(name));
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

        private static KeyValuePair<string, Func<OrderSnapshot, object?>> Fact(string name, Func<OrderSnapshot, object?> get) =>
            new KeyValuePair<string, Func<OrderSnapshot, object?>>(name, get);
    }
}
