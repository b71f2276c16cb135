using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// The facts of an order built in code that fall outside <see cref="SupportedTime"/> (the order-file reader refuses
    /// them as it reads). Checked where an order enters rendering, planning or checking.
    /// </summary>
    internal static class OrderRange
    {
        /// <summary>
        /// <see cref="Problem"/>, worked out once per order in a row: an order is asked at every render and at every check
        /// of each part of a message (the screen's and the reading's), and the answer cannot change — a snapshot is
        /// immutable, its lists copied when it is built. The thread keeps its last order's answer, found by reference (a
        /// record's equality reads every field).
        /// </summary>
        public static (string Fact, string Problem)? KnownProblem(OrderSnapshot order)
        {
            var last = t_last ??= new LastVerdict();
            if (!ReferenceEquals(last.Order, order))
            {
                (last.Order, last.Problem) = (order, Problem(order));
            }

            return last.Problem;
        }

        // The thread's last order and its verdict. A table of every order met (a ConditionalWeakTable) kept a handle per
        // order that every collection had to visit: a service rendering a new order at every message paid more for it
        // than for working the verdict out — a dozen comparisons — at the order's first check of a render.
        [System.ThreadStatic]
        private static LastVerdict? t_last;

        private sealed class LastVerdict
        {
            public OrderSnapshot? Order;
            public (string Fact, string Problem)? Problem;
        }

        /// <summary>The first fact outside the supported range and why, or null.</summary>
        public static (string Fact, string Problem)? Problem(OrderSnapshot order)
        {
            (string, string)? Instant(string fact, Instant? value) =>
                value is Instant i && !SupportedTime.Contains(i) ? (fact, $"{i} is outside the supported range {SupportedTime.Range}.") : null;
            (string, string)? Date(string fact, LocalDate? value) =>
                value is LocalDate d && !SupportedTime.Contains(d) ? (fact, $"{d:uuuu-MM-dd} is outside the supported range {SupportedTime.Range}.") : null;

            foreach (var e in order.History)
            {
                if (!SupportedTime.Contains(e.At))
                {
                    return ("history", $"the move to {e.Stage.ToKebabCase()} at {e.At} is outside the supported range {SupportedTime.Range}.");
                }
            }

            foreach (var sent in order.FollowUpsSent)
            {
                if (!SupportedTime.Contains(sent.At))
                {
                    return ("followUpsSent", $"'{sent.Key}' sent at {sent.At} is outside the supported range {SupportedTime.Range}.");
                }
            }

            return Instant("order.placed_at", order.PlacedAt) ?? Instant("order.paid_at", order.PaidAt) ?? Instant("order.payment_due_at", order.PaymentDueAt)
                ?? Date("production.expected_completion", order.ExpectedCompletion) ?? Date("shipment.ship_by", order.ShipBy)
                ?? Instant("shipment.dispatched_at", order.DispatchedAt) ?? Instant("shipment.last_scan_at", order.LastCarrierScanAt)
                ?? Instant("shipment.delivered_at", order.DeliveredAt) ?? Instant("after_sales.reply_by", order.ReplyBy)
                ?? Date("after_sales.return_deadline", order.ReturnDeadline) ?? Date("after_sales.protection_until", order.ProtectionUntil)
                ?? Date("marketing.cut_off_date", order.CutOffDate)
                ?? (order.DeliveryWindow is DeliveryWindow w && w.MaxDays > SupportedTime.MaxWindowDays
                    ? ("shipment.delivery_window", $"{w.MaxDays} days is longer than the supported {SupportedTime.MaxWindowDays}.")
                    : ((string, string)?)null);
        }
    }
}
