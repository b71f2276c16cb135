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
        /// <see cref="Problem"/>, worked out once per order: an order is asked at every render and at every check of each
        /// part of a message (the screen's and the reading's), and the answer cannot change — a snapshot is immutable, its
        /// lists copied when it is built. Kept beside the order, not in it (a record's equality reads every field), and
        /// for as long as the order lives.
        /// </summary>
        public static (string Fact, string Problem)? KnownProblem(OrderSnapshot order) =>
            Verdicts.GetValue(order, Judge) is Verdict { Fact: { } fact, Problem: { } problem } ? (fact, problem) : null;

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OrderSnapshot, Verdict> Verdicts =
            new System.Runtime.CompilerServices.ConditionalWeakTable<OrderSnapshot, Verdict>();

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OrderSnapshot, Verdict>.CreateValueCallback Judge =
            order => Problem(order) is (string fact, string problem) ? new Verdict(fact, problem) : Verdict.InRange;

        private sealed class Verdict
        {
            public static readonly Verdict InRange = new Verdict(null, null);

            public Verdict(string? fact, string? problem)
            {
                Fact = fact;
                Problem = problem;
            }

            public string? Fact { get; }

            public string? Problem { get; }
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
