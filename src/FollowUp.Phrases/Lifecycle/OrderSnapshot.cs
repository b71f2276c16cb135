using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// The facts about one order that a follow-up may quote, frozen at one moment. Immutable: change it with
    /// <c>with { … }</c> or <see cref="MoveTo"/>, which return a new snapshot.
    /// </summary>
    /// <remarks>
    /// Every fact is optional because orders arrive from other systems half filled; a phrase declares the facts it
    /// needs and rendering fails with <see cref="Rendering.MissingFactException"/> when one is absent, rather than
    /// printing a blank. The template name of each fact is listed in <see cref="OrderFacts"/>.
    /// </remarks>
    public sealed record OrderSnapshot
    {
        // Lists kept by content, so two snapshots with the same facts are equal (an order read back from its JSON equals
        // the order written); the record's generated equality compares these fields.
        private readonly Values.ValueList<OrderItem> _items = Values.ValueList<OrderItem>.Empty;
        private readonly Values.ValueList<StageEvent> _history = Values.ValueList<StageEvent>.Empty;
        private readonly Values.ValueList<SentFollowUp> _sent = Values.ValueList<SentFollowUp>.Empty;
        private readonly Values.ValueMap _custom = Values.ValueMap.Empty;

        /// <summary>The order number the buyer sees (<c>order.id</c>).</summary>
        public string? OrderId { get; init; }

        /// <summary>The proforma invoice number (<c>order.pi_number</c>).</summary>
        public string? PiNumber { get; init; }

        /// <summary>Where the order was placed: Alibaba.com, AliExpress, Amazon, eBay, own shop… (<c>order.platform</c>).</summary>
        public string? Platform { get; init; }

        /// <summary>The stage the order is in now (<c>order.stage</c>).</summary>
        public OrderStage Stage { get; init; }

        /// <summary>Who the follow-up is written to.</summary>
        public Buyer Buyer { get; init; } = new Buyer();

        /// <summary>Who signs it.</summary>
        public Seller Seller { get; init; } = new Seller();

        /// <summary>The order lines (<c>order.items</c>).</summary>
        public IReadOnlyList<OrderItem> Items { get => _items; init => _items = Values.ValueList<OrderItem>.Of(value); }

        /// <summary>The order total (<c>order.total</c>).</summary>
        public Money? Total { get; init; }

        /// <summary>When the order was placed (<c>order.placed_at</c>).</summary>
        public Instant? PlacedAt { get; init; }

        /// <summary>When payment was confirmed (<c>order.paid_at</c>).</summary>
        public Instant? PaidAt { get; init; }

        /// <summary>The last moment to pay before the reserved stock is released (<c>order.payment_due_at</c>).</summary>
        public Instant? PaymentDueAt { get; init; }

        /// <summary>When production is expected to finish, in the seller's calendar (<c>production.expected_completion</c>).</summary>
        public NodaTime.LocalDate? ExpectedCompletion { get; init; }

        /// <summary>The date the seller promises to hand the goods to the carrier, in the seller's calendar (<c>shipment.ship_by</c>).</summary>
        public NodaTime.LocalDate? ShipBy { get; init; }

        /// <summary>The carrier's name: DHL Express, China Post, UPS… (<c>shipment.carrier</c>).</summary>
        public string? Carrier { get; init; }

        /// <summary>The carrier's tracking number (<c>shipment.tracking_number</c>).</summary>
        public string? TrackingNumber { get; init; }

        /// <summary>The second parcel's tracking number when an order ships in two parcels (<c>shipment.second_tracking_number</c>).</summary>
        public string? SecondTrackingNumber { get; init; }

        /// <summary>Where the buyer can follow the parcel; http or https (<c>shipment.tracking_url</c>).</summary>
        public Uri? TrackingUrl { get; init; }

        /// <summary>When the parcel was handed to the carrier (<c>shipment.dispatched_at</c>).</summary>
        public Instant? DispatchedAt { get; init; }

        /// <summary>When the carrier last scanned the parcel (<c>shipment.last_scan_at</c>); the planner chases a silent tracking page from here.</summary>
        public Instant? LastCarrierScanAt { get; init; }

        /// <summary>The carrier's delivery estimate from dispatch (<c>shipment.delivery_window</c>).</summary>
        public DeliveryWindow? DeliveryWindow { get; init; }

        /// <summary>When the carrier reported delivery (<c>shipment.delivered_at</c>).</summary>
        public Instant? DeliveredAt { get; init; }

        /// <summary>The seller's case, RMA or dispute number (<c>after_sales.case_number</c>).</summary>
        public string? CaseNumber { get; init; }

        /// <summary>When the seller promises the next reply on an open case (<c>after_sales.reply_by</c>).</summary>
        public Instant? ReplyBy { get; init; }

        /// <summary>Where returned goods go (<c>after_sales.return_address</c>).</summary>
        public string? ReturnAddress { get; init; }

        /// <summary>The last day the buyer may send goods back (<c>after_sales.return_deadline</c>).</summary>
        public NodaTime.LocalDate? ReturnDeadline { get; init; }

        /// <summary>The amount refunded (<c>after_sales.refund_amount</c>).</summary>
        public Money? RefundAmount { get; init; }

        /// <summary>Until when the platform's buyer protection now runs, after the seller extended it (<c>after_sales.protection_until</c>).</summary>
        public NodaTime.LocalDate? ProtectionUntil { get; init; }

        /// <summary>The occasion a marketing message is about, e.g. "Christmas" (<c>marketing.occasion</c>).</summary>
        public string? Occasion { get; init; }

        /// <summary>The last day to order for delivery before the occasion, from the carrier's schedule (<c>marketing.cut_off_date</c>).</summary>
        public NodaTime.LocalDate? CutOffDate { get; init; }

        /// <summary>The one-click unsubscribe link for marketing messages; https (<c>marketing.unsubscribe_url</c>).</summary>
        public Uri? UnsubscribeUrl { get; init; }

        /// <summary>The stages the order has been through, oldest first.</summary>
        public IReadOnlyList<StageEvent> History { get => _history; init => _history = Values.ValueList<StageEvent>.Of(value); }

        /// <summary>The follow-ups already sent for this order, so none is planned twice.</summary>
        public IReadOnlyList<SentFollowUp> FollowUpsSent { get => _sent; init => _sent = Values.ValueList<SentFollowUp>.Of(value); }

        /// <summary>Extra facts your own phrases need, available to templates as <c>custom.NAME</c>.</summary>
        public IReadOnlyDictionary<string, string> Custom { get => _custom; init => _custom = Values.ValueMap.Of(value); }

        /// <summary>Records that follow-up <paramref name="key"/> was sent at <paramref name="at"/>.</summary>
        public OrderSnapshot WithFollowUpSent(string key, Instant at) =>
            this with { FollowUpsSent = FollowUpsSent.Concat(new[] { new SentFollowUp(key, at) }).ToArray() };

        /// <summary>
        /// Moves the order to <paramref name="next"/> at <paramref name="at"/>, recording the move in <see cref="History"/>
        /// and filling the matching timestamp (<see cref="PaidAt"/>, <see cref="DispatchedAt"/>, <see cref="DeliveredAt"/>)
        /// when it is not already set.
        /// </summary>
        /// <exception cref="InvalidStageMoveException">The move is not allowed from <see cref="Stage"/>.</exception>
        public OrderSnapshot MoveTo(OrderStage next, Instant at)
        {
            Stage.EnsureCanMoveTo(next);
            return this with
            {
                Stage = next,
                History = History.Concat(new[] { new StageEvent(next, at) }).ToArray(),
                PlacedAt = next == OrderStage.OrderPlaced ? PlacedAt ?? at : PlacedAt,
                PaidAt = next == OrderStage.PaymentConfirmed ? PaidAt ?? at : PaidAt,
                DispatchedAt = next == OrderStage.Shipped ? DispatchedAt ?? at : DispatchedAt,
                DeliveredAt = next == OrderStage.Delivered ? DeliveredAt ?? at : DeliveredAt,
            };
        }
    }
}
