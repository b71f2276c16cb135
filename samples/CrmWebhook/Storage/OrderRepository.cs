using System.Text.Json;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Serialization;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CrmWebhook.Storage
{
    /// <summary>Orders as order-file JSON plus the columns the sample queries, and the stage events recorded for them.</summary>
    public sealed class OrderRepository
    {
        private readonly CrmDatabase _db;

        public OrderRepository(CrmDatabase db) => _db = db;

        public static string ToJson(OrderSnapshot order) => JsonSerializer.Serialize(order, FollowUpJson.Options);

        public static OrderSnapshot FromJson(string json, string source) => OrderFile.Parse(json, source);

        public OrderSnapshot? Get(string id)
        {
            using var connection = _db.Open();
            return Get(connection, null, id);
        }

        internal static OrderSnapshot? Get(SqliteConnection connection, SqliteTransaction? tx, string id)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = "SELECT snapshot FROM orders WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteScalar() is string json ? FromJson(json, $"orders[{id}]") : null;
        }

        /// <summary>Every order id, for the scheduler's pass.</summary>
        public IReadOnlyList<string> Ids()
        {
            using var connection = _db.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM orders WHERE stage <> 'closed' ORDER BY id";
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }

        public bool Any()
        {
            using var connection = _db.Open();
            return CrmDatabase.Scalar<long>(connection, null, "SELECT COUNT(*) FROM orders") > 0;
        }

        /// <summary>Creates or replaces an order.</summary>
        public void Put(OrderSnapshot order, Instant now)
        {
            using var connection = _db.Open();
            using var tx = connection.BeginTransaction();
            Put(connection, tx, order, now);
            tx.Commit();
        }

        internal static void Put(SqliteConnection connection, SqliteTransaction tx, OrderSnapshot order, Instant now)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = @"
INSERT INTO orders (id, stage, buyer_email, updated_at, snapshot) VALUES ($id, $stage, $email, $now, $json)
ON CONFLICT(id) DO UPDATE SET stage = excluded.stage, buyer_email = excluded.buyer_email, updated_at = excluded.updated_at, snapshot = excluded.snapshot";
            command.Parameters.AddWithValue("$id", order.OrderId);
            command.Parameters.AddWithValue("$stage", order.Stage.ToKebabCase());
            command.Parameters.AddWithValue("$email", (object?)order.Buyer?.Email ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$json", ToJson(order));
            command.ExecuteNonQuery();
        }

        /// <summary>
        /// Moves an order to a stage and records the event, in one transaction: the order read, the move checked and both
        /// writes happen together, or nothing is written.
        /// </summary>
        /// <exception cref="KeyNotFoundException">No such order.</exception>
        /// <exception cref="InvalidStageMoveException">The lifecycle does not allow the move.</exception>
        public OrderSnapshot RecordEvent(string id, OrderStage stage, Instant at, Instant now)
        {
            using var connection = _db.Open();
            using var tx = connection.BeginTransaction();
            var order = Get(connection, tx, id) ?? throw new KeyNotFoundException($"No order '{id}'.");
            order = order.MoveTo(stage, at);
            Put(connection, tx, order, now);
            using (var command = connection.CreateCommand())
            {
                command.Transaction = tx;
                command.CommandText = "INSERT INTO stage_events (order_id, stage, at, recorded_at) VALUES ($id, $stage, $at, $now)";
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$stage", stage.ToKebabCase());
                command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                command.ExecuteNonQuery();
            }

            tx.Commit();
            return order;
        }
    }
}
