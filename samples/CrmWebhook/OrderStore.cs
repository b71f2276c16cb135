using System.Collections.Concurrent;
using FollowUp.Phrases.Lifecycle;

namespace CrmWebhook
{
    /// <summary>Stands in for the CRM's order database: orders by id, replaced whole on every change (snapshots are immutable).</summary>
    public sealed class OrderStore
    {
        private readonly ConcurrentDictionary<string, OrderSnapshot> _orders = new ConcurrentDictionary<string, OrderSnapshot>();

        public void Put(OrderSnapshot order) => _orders[order.OrderId ?? ""] = order;

        public bool TryGet(string id, out OrderSnapshot order) => _orders.TryGetValue(id, out order!);
    }
}
