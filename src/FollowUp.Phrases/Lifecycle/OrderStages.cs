using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// What is known about each <see cref="OrderStage"/>: its kebab-case name, its group and the stages that may follow it.
    /// </summary>
    public static class OrderStages
    {
        private static readonly OrderStage[] AllStages = (OrderStage[])Enum.GetValues(typeof(OrderStage));

        private static readonly string[] Names =
        {
            "inquiry", "quotation", "order-placed", "payment-confirmed", "in-production", "shipped", "in-transit",
            "customs", "delivered", "after-sales", "return", "exchange", "repair", "complaint", "dispute",
            "cancellation", "refund", "closed",
        };

        // The moves sellers actually make. Problems (complaint, dispute, cancellation) can open from most
        // points, and a replacement after an exchange or repair ships again, so those edges are explicit.
        private static readonly Dictionary<OrderStage, OrderStage[]> Moves = new Dictionary<OrderStage, OrderStage[]>
        {
            [OrderStage.Inquiry] = new[] { OrderStage.Quotation, OrderStage.OrderPlaced, OrderStage.Closed },
            [OrderStage.Quotation] = new[] { OrderStage.Quotation, OrderStage.OrderPlaced, OrderStage.Closed },
            [OrderStage.OrderPlaced] = new[] { OrderStage.PaymentConfirmed, OrderStage.Cancellation, OrderStage.Closed },
            [OrderStage.PaymentConfirmed] = new[] { OrderStage.InProduction, OrderStage.Shipped, OrderStage.Complaint, OrderStage.Cancellation, OrderStage.Refund },
            [OrderStage.InProduction] = new[] { OrderStage.Shipped, OrderStage.Complaint, OrderStage.Cancellation, OrderStage.Refund },
            [OrderStage.Shipped] = new[] { OrderStage.InTransit, OrderStage.Customs, OrderStage.Delivered, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Refund },
            [OrderStage.InTransit] = new[] { OrderStage.Customs, OrderStage.Delivered, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Refund },
            [OrderStage.Customs] = new[] { OrderStage.InTransit, OrderStage.Delivered, OrderStage.Return, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Refund },
            [OrderStage.Delivered] = new[] { OrderStage.AfterSales, OrderStage.Return, OrderStage.Exchange, OrderStage.Repair, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Closed },
            [OrderStage.AfterSales] = new[] { OrderStage.Return, OrderStage.Exchange, OrderStage.Repair, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Closed },
            [OrderStage.Return] = new[] { OrderStage.Refund, OrderStage.Exchange, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Closed },
            [OrderStage.Exchange] = new[] { OrderStage.Shipped, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Closed },
            [OrderStage.Repair] = new[] { OrderStage.Shipped, OrderStage.Complaint, OrderStage.Dispute, OrderStage.Closed },
            [OrderStage.Complaint] = new[] { OrderStage.AfterSales, OrderStage.Return, OrderStage.Exchange, OrderStage.Repair, OrderStage.Refund, OrderStage.Dispute, OrderStage.Closed },
            [OrderStage.Dispute] = new[] { OrderStage.Return, OrderStage.Refund, OrderStage.Closed },
            [OrderStage.Cancellation] = new[] { OrderStage.Refund, OrderStage.Closed },
            [OrderStage.Refund] = new[] { OrderStage.Closed },
            [OrderStage.Closed] = Array.Empty<OrderStage>(),
        };

        /// <summary>Every stage, in lifecycle order.</summary>
        public static IReadOnlyList<OrderStage> All => AllStages;

        /// <summary>The kebab-case name used in data files, JSON and the CLI (<c>OrderPlaced</c> → <c>order-placed</c>).</summary>
        public static string ToKebabCase(this OrderStage stage) => Names[(int)stage];

        /// <summary>The part of the lifecycle a stage belongs to.</summary>
        public static StageGroup Group(this OrderStage stage)
        {
            switch (stage)
            {
                case OrderStage.Inquiry:
                case OrderStage.Quotation:
                    return StageGroup.PreSale;
                case OrderStage.OrderPlaced:
                case OrderStage.PaymentConfirmed:
                    return StageGroup.Order;
                case OrderStage.InProduction:
                case OrderStage.Shipped:
                case OrderStage.InTransit:
                case OrderStage.Customs:
                case OrderStage.Delivered:
                    return StageGroup.Fulfilment;
                default:
                    return StageGroup.AfterSales;
            }
        }

        /// <summary>The stages an order in <paramref name="from"/> may move to.</summary>
        public static IReadOnlyList<OrderStage> NextStages(this OrderStage from) => Moves[from];

        /// <summary>Whether an order in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
        public static bool CanMoveTo(this OrderStage from, OrderStage to) => Array.IndexOf(Moves[from], to) >= 0;

        /// <summary>Throws <see cref="InvalidStageMoveException"/> unless the move is allowed.</summary>
        public static void EnsureCanMoveTo(this OrderStage from, OrderStage to)
        {
            if (!from.CanMoveTo(to))
            {
                throw new InvalidStageMoveException(from, to);
            }
        }

        /// <summary>Reads a stage from its kebab-case name (PascalCase is accepted too).</summary>
        public static bool TryParse(string? text, out OrderStage stage)
        {
            stage = default;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            var normalized = text!.Trim();
            for (var i = 0; i < Names.Length; i++)
            {
                if (string.Equals(Names[i], normalized, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(AllStages[i].ToString(), normalized, StringComparison.OrdinalIgnoreCase))
                {
                    stage = AllStages[i];
                    return true;
                }
            }

            return false;
        }

        /// <summary>Reads a stage from its kebab-case name; an unknown name is an error that lists the valid ones.</summary>
        /// <exception cref="ConfigurationException">The name is not a stage.</exception>
        public static OrderStage Parse(string text)
        {
            if (TryParse(text, out var stage))
            {
                return stage;
            }

            throw new ConfigurationException($"Unknown stage '{text}'. Valid stages: {ValidNames}.", "stage", text);
        }

        /// <summary>The valid kebab-case names, comma-separated, for error messages and help text.</summary>
        public static string ValidNames => string.Join(", ", Names);
    }
}
