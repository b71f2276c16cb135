using System;
using System.Linq;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>Thrown when an order is moved to a stage that may not follow its current one.</summary>
    public sealed class InvalidStageMoveException : FollowUpException
    {
        internal InvalidStageMoveException(OrderStage from, OrderStage to)
            : base(BuildMessage(from, to))
        {
            From = from;
            To = to;
        }

        /// <summary>The stage the order was in.</summary>
        public OrderStage From { get; }

        /// <summary>The stage the caller asked for.</summary>
        public OrderStage To { get; }

        private static string BuildMessage(OrderStage from, OrderStage to)
        {
            var allowed = OrderStages.NextStages(from);
            var list = allowed.Count == 0 ? "none (the order is closed)" : string.Join(", ", allowed.Select(OrderStages.ToKebabCase));
            return $"An order cannot move from '{OrderStages.ToKebabCase(from)}' to '{OrderStages.ToKebabCase(to)}'. From '{OrderStages.ToKebabCase(from)}' it may move to: {list}.";
        }
    }
}
