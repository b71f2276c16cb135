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

        private static readonly KeyValuePair<string, Func<OrderSnapshot, Timing.WorkingCalendars, NodaTime.Instant?, object?>>[] Accessors =
        {
            Fact("order.id", (o, c, n) => o.OrderId),
            Fact("order.pi_number", (o, c, n) => o.PiNumber),
            Fact("order.platform", (o, c, n) => o.Platform),
            Fact("order.stage", (o, c, n) => o.Stage.ToKebabCase()),
            Fact("order.items", (o, c, n) => o.Items.Count == 0 ? null : o.Items),
            Fact("order.total", (o, c, n) => o.Total),
            Fact("order.placed_at", (o, c, n) => o.PlacedAt),
            Fact("order.paid_at", (o, c, n) => o.PaidAt),
            Fact("order.payment_due_at", (o, c, n) => o.PaymentDueAt),
            Fact("buyer.name", (o, c, n) => o.Buyer.Name),
            Fact("buyer.email", (o, c, n) => o.Buyer.Email),
            Fact("seller.name", (o, c, n) => o.Seller.Name),
            Fact("seller.company", (o, c, n) => o.Seller.Company),
            Fact("seller.team", (o, c, n) => o.Seller.Team),
            Fact("seller.address", (o, c, n) => o.Seller.Address),
            Fact("production.expected_completion", (o, c, n) => o.ExpectedCompletion),
            Fact("shipment.ship_by", (o, c, n) => o.ShipBy),
            Fact("shipment.carrier", (o, c, n) => o.Carrier),
            Fact("shipment.tracking_number", (o, c, n) => o.TrackingNumber),
            Fact("shipment.second_tracking_number", (o, c, n) => o.SecondTrackingNumber),
            Fact("shipment.tracking_url", (o, c, n) => o.TrackingUrl),
            Fact("shipment.dispatched_at", (o, c, n) => o.DispatchedAt),
            Fact("shipment.delivery_window", (o, c, n) => o.DeliveryWindow),

            Fact("shipment.last_scan_at", (o, c, n) => o.LastCarrierScanAt),
            Fact("shipment.estimated_delivery", (o, c, n) => EstimatedDelivery(o, c)),
            Fact("shipment.delivered_at", (o, c, n) => o.DeliveredAt),
            Fact("after_sales.case_number", (o, c, n) => o.CaseNumber),
            Fact("after_sales.reply_by", (o, c, n) => o.ReplyBy),
            Fact("after_sales.return_address", (o, c, n) => o.ReturnAddress),
            Fact("after_sales.return_deadline", (o, c, n) => o.ReturnDeadline),
            Fact("after_sales.refund_amount", (o, c, n) => o.RefundAmount),
            Fact("after_sales.protection_until", (o, c, n) => o.ProtectionUntil),
            Fact("marketing.occasion", (o, c, n) => o.Occasion),
            Fact("marketing.cut_off_date", (o, c, n) => o.CutOffDate),
            Fact("marketing.unsubscribe_url", (o, c, n) => o.UnsubscribeUrl),

            // The seller's next closure of three days or more (Spring Festival, National Day), seen from the render's
            // "now" in the seller's calendar (CN): what every buyer with an open order must hear about before it.
            Fact("closure.name", (o, c, n) => Closure(c, n)?.Name),
            Fact("closure.holiday", (o, c, n) => Closure(c, n)?.Holiday),
            Fact("closure.first_day", (o, c, n) => Closure(c, n)?.FirstDay),
            Fact("closure.last_day", (o, c, n) => Closure(c, n)?.LastDay),
            Fact("closure.days", (o, c, n) => Closure(c, n)?.Days),
            Fact("closure.reopens_on", (o, c, n) => Closure(c, n)?.ReopensOn),
            Fact("closure.last_dispatch_day", (o, c, n) => Closure(c, n)?.LastDispatchDay),
            Fact("closure.last_order_at", (o, c, n) => Closure(c, n)?.LastOrderAt),
        };

        /// <summary>
        /// The parts a fact offers below its name, so a sentence can put a number in its own grammar:
        /// <c>shipment.delivery_window.min</c>, <c>.max</c> (days) and <c>.unit</c> (<c>working-days</c> or <c>days</c>).
        /// Facts have no other members: templates reach values, never .NET objects.
        /// </summary>
        public static IReadOnlyList<string> PartsOf(string name) =>
            name == "shipment.delivery_window" ? DeliveryWindowParts : Array.Empty<string>();

        /// <summary>Part <paramref name="part"/> of a fact's value (<see cref="PartsOf"/>); null when the value has no such part.</summary>
        internal static object? PartOf(object value, string part) => value switch
        {
            DeliveryWindow w when part == "min" => w.MinDays,
            DeliveryWindow w when part == "max" => w.MaxDays,
            DeliveryWindow w when part == "unit" => w.Kind == DayKind.WorkingDays ? "working-days" : "days",
            _ => null,
        };

        private static readonly string[] DeliveryWindowParts = { "min", "max", "unit" };

        /// <summary>The seller calendar's country: closures are read from it.</summary>
        public const string SellerCalendar = "CN";

        /// <summary>The seller's next closure of three days or more after <paramref name="now"/>, within 120 days.</summary>
        private static Timing.HolidayClosure? Closure(Timing.WorkingCalendars calendars, NodaTime.Instant? now)
        {
            if (!(now is NodaTime.Instant at) || !calendars.TryGet(SellerCalendar, out var calendar))
            {
                return null;
            }

            // The eight closure facts of one render ask for the same day's closure: it is found once per thread and day.
            var today = at.InZone(calendar.TimeZone).Date;
            if (!ReferenceEquals(_closureCalendar, calendar) || _closureDay != today)
            {
                _closure = Timing.HolidayClosure.Next(calendar, today);
                (_closureCalendar, _closureDay) = (calendar, today);
            }

            return _closure;
        }

        [ThreadStatic]
        private static Timing.WorkingCalendar? _closureCalendar;

        [ThreadStatic]
        private static NodaTime.LocalDate _closureDay;

        [ThreadStatic]
        private static Timing.HolidayClosure? _closure;

        /// <summary>Every built-in fact name, in the order they are documented.</summary>
        public static IReadOnlyList<string> Names { get; } = Accessors.Select(a => a.Key).ToArray();

        // A built-in fact's name → its number in Names and Accessors: facts are read by name (ValueOf) or by number (ValueAt).
        private static readonly Dictionary<string, int> IndexByName = Names.Select((name, index) => (name, index)).ToDictionary(f => f.name, f => f.index, StringComparer.Ordinal);

        /// <summary>The number of built-in fact <paramref name="name"/> in <see cref="Names"/>, or -1 (a custom fact, or none).</summary>
        internal static int IndexOf(string name) => IndexByName.TryGetValue(name, out var index) ? index : -1;

        /// <summary>The numbers of <paramref name="names"/> as <see cref="IndexOf"/> gives them: worked out once, where a name is looked up at every render.</summary>
        internal static int[] IndexesOf(IReadOnlyList<string> names)
        {
            var indexes = new int[names.Count];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = IndexOf(names[i]);
            }

            return indexes;
        }

        /// <summary>Whether <paramref name="name"/> is a built-in fact or a <c>custom.NAME</c> fact.</summary>
        public static bool IsKnown(string name) =>
            IndexByName.ContainsKey(name) || (name.StartsWith(CustomPrefix, StringComparison.Ordinal) && name.Length > CustomPrefix.Length);

        /// <summary>
        /// The value of fact <paramref name="name"/> in <paramref name="order"/>, or <c>null</c> when the order lacks it.
        /// Blank strings count as missing: a blank would print as nothing.
        /// </summary>
        /// <param name="order">The order.</param>
        /// <param name="name">The fact's template name.</param>
        /// <param name="calendars">Calendars for derived facts such as <c>shipment.estimated_delivery</c>. Default: built-in.</param>
        /// <exception cref="ConfigurationException">The name is not a known fact.</exception>
        /// <param name="now">
        /// The moment the value is read: the <c>closure.*</c> facts (the seller's next holiday closure) are seen from it and
        /// are missing without it.
        /// </param>
        public static object? ValueOf(OrderSnapshot order, string name, Timing.WorkingCalendars? calendars = null, NodaTime.Instant? now = null)
        {
            if (order is null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            if (IndexByName.TryGetValue(name, out var index))
            {
                return ValueAt(order, index, calendars, now);
            }

            if (name.StartsWith(CustomPrefix, StringComparison.Ordinal) && name.Length > CustomPrefix.Length)
            {
                order.Custom.TryGetValue(name.Substring(CustomPrefix.Length), out var custom);
                return BlankIsMissing(custom);
            }

            throw new ConfigurationException($"Unknown fact '{name}'. Known facts: {string.Join(", ", Names)}, or custom.NAME.", "fact", name, Names);
        }

        /// <summary>As <see cref="ValueOf"/>, for the built-in fact numbered <paramref name="index"/> in <see cref="Names"/>.</summary>
        internal static object? ValueAt(OrderSnapshot order, int index, Timing.WorkingCalendars? calendars = null, NodaTime.Instant? now = null) =>
            BlankIsMissing(Accessors[index].Value(order, calendars ?? Timing.WorkingCalendars.BuiltIn, now));

        // Blank strings count as missing: a blank would print as nothing.
        private static object? BlankIsMissing(object? value) => value is string s && s.Trim().Length == 0 ? null : value;

        /// <summary>
        /// The delivery window as days in the buyer's calendar (<c>shipment.estimated_delivery</c>), or null when the
        /// dispatch time, the window or the buyer's country (and so their holidays) is unknown.
        /// </summary>
        public static Timing.DateRange? EstimatedDelivery(OrderSnapshot order, Timing.WorkingCalendars calendars)
        {
            // A render asks three times (the fact, then the checks of its text and HTML) about one order: orders and
            // calendars are immutable, so the last answer is kept per thread.
            if (t_estimate is { } last && ReferenceEquals(last.Order, order) && ReferenceEquals(last.Calendars, calendars))
            {
                return last.Window;
            }

            Timing.DateRange? estimate = null;
            if (order.DispatchedAt is NodaTime.Instant dispatched && order.DeliveryWindow is DeliveryWindow window
                && order.Buyer.Country is string country && calendars.TryGet(country, out var calendar))
            {
                estimate = Timing.DeliveryDates.Estimate(dispatched, window, calendar);
            }

            t_estimate = new Estimate(order, calendars, estimate);
            return estimate;
        }

        [ThreadStatic]
        private static Estimate? t_estimate;

        private sealed class Estimate
        {
            public Estimate(OrderSnapshot order, Timing.WorkingCalendars calendars, Timing.DateRange? window)
            {
                Order = order;
                Calendars = calendars;
                Window = window;
            }

            public OrderSnapshot Order { get; }

            public Timing.WorkingCalendars Calendars { get; }

            public Timing.DateRange? Window { get; }
        }

        private static KeyValuePair<string, Func<OrderSnapshot, Timing.WorkingCalendars, NodaTime.Instant?, object?>> Fact(string name, Func<OrderSnapshot, Timing.WorkingCalendars, NodaTime.Instant?, object?> get) =>
            new KeyValuePair<string, Func<OrderSnapshot, Timing.WorkingCalendars, NodaTime.Instant?, object?>>(name, get);
    }
}
