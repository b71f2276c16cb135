using System.Text.Json;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CrmWebhook.Storage
{
    /// <summary>
    /// The transactional outbox: a follow-up is inserted together with the order's record that it was sent (one
    /// transaction), then delivered by a dispatcher that claims rows with a lease. A unique key on
    /// (order, phrase key, due instant) makes a duplicate insert impossible; claims make two dispatchers take different rows;
    /// an expired lease hands a row whose dispatcher died to the next one.
    /// </summary>
    public sealed class Outbox
    {
        private const string Columns = "id, order_id, phrase_key, due_at, status, attempts, last_error, sent_at, purpose, sender_name, recipient_name, recipient_email, subject, text_body, html_body, headers";
        private readonly CrmDatabase _db;

        public Outbox(CrmDatabase db) => _db = db;

        /// <summary>
        /// Inserts the rendered follow-up and records it as sent on the order, in one transaction. Returns the new row's id,
        /// or null when this follow-up is already in the outbox (another scheduler got there first) — then nothing changes.
        /// </summary>
        public long? Enqueue(string orderId, DueFollowUp due, FollowUpMessage message, Instant now)
        {
            using var connection = _db.Open();
            using var tx = connection.BeginTransaction(deferred: false);
            var order = OrderRepository.Get(connection, tx, orderId);
            if (order is null || order.FollowUpsSent.Any(s => s.Key == due.Key))
            {
                return null; // the order changed under us: someone recorded this follow-up meanwhile
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = @"
INSERT OR IGNORE INTO outbox (order_id, phrase_key, due_at, created_at, next_attempt_at, purpose, sender_name, recipient_name, recipient_email, subject, text_body, html_body, headers)
VALUES ($order, $key, $due, $now, $now, $purpose, $sender, $rname, $remail, $subject, $text, $html, $headers)
RETURNING id";
            insert.Parameters.AddWithValue("$order", orderId);
            insert.Parameters.AddWithValue("$key", due.Key);
            insert.Parameters.AddWithValue("$due", due.DueAt.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$purpose", message.Purpose.ToString().ToLowerInvariant());
            insert.Parameters.AddWithValue("$sender", order.Seller?.Name ?? "Seller");
            insert.Parameters.AddWithValue("$rname", (object?)order.Buyer?.Name ?? DBNull.Value);
            insert.Parameters.AddWithValue("$remail", (object?)order.Buyer?.Email ?? DBNull.Value);
            insert.Parameters.AddWithValue("$subject", message.Subject);
            insert.Parameters.AddWithValue("$text", message.TextBody);
            insert.Parameters.AddWithValue("$html", (object?)message.HtmlBody ?? DBNull.Value);
            insert.Parameters.AddWithValue("$headers", JsonSerializer.Serialize(message.Headers));
            if (insert.ExecuteScalar() is not long id)
            {
                return null; // the unique key refused a second copy
            }

            OrderRepository.Put(connection, tx, order.WithFollowUpSent(due.Key, now), now);
            tx.Commit();
            return id;
        }

        /// <summary>
        /// Claims up to <paramref name="max"/> rows ready to send — pending, due for an attempt, and not leased to a live
        /// dispatcher — for <paramref name="worker"/> until <paramref name="leaseUntil"/>. One statement, so two
        /// dispatchers never claim the same row.
        /// </summary>
        public IReadOnlyList<OutboxRow> Claim(string worker, Instant now, Instant leaseUntil, int max)
        {
            using var connection = _db.Open();
            using var tx = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $@"
UPDATE outbox SET claimed_by = $worker, lease_until = $lease
WHERE id IN (
    SELECT id FROM outbox
    WHERE status = 'pending' AND next_attempt_at <= $now AND (lease_until IS NULL OR lease_until < $now)
    ORDER BY id LIMIT $max)
RETURNING {Columns}";
            command.Parameters.AddWithValue("$worker", worker);
            command.Parameters.AddWithValue("$lease", leaseUntil.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$max", max);
            var rows = Read(command);
            tx.Commit();
            return rows.OrderBy(r => r.Id).ToArray();
        }

        /// <summary>Marks a claimed row delivered; false when the claim was lost (the lease ran out and another dispatcher took it).</summary>
        public bool MarkSent(long id, string worker, Instant now) => Update(
            "UPDATE outbox SET status = 'sent', sent_at = $now, attempts = attempts + 1, claimed_by = NULL, lease_until = NULL, last_error = NULL WHERE id = $id AND claimed_by = $worker AND status = 'pending'",
            ("$id", id), ("$worker", worker), ("$now", now.ToUnixTimeMilliseconds())) == 1;

        /// <summary>Records a failed attempt: retried after <paramref name="retryAt"/>, or failed for good after <paramref name="maxAttempts"/>.</summary>
        public void MarkFailed(long id, string worker, string error, Instant retryAt, int maxAttempts) => Update(
            @"UPDATE outbox SET attempts = attempts + 1, last_error = $error, claimed_by = NULL, lease_until = NULL, next_attempt_at = $retry,
                  status = CASE WHEN attempts + 1 >= $max THEN 'failed' ELSE 'pending' END
              WHERE id = $id AND claimed_by = $worker AND status = 'pending'",
            ("$id", id), ("$worker", worker), ("$error", error), ("$retry", retryAt.ToUnixTimeMilliseconds()), ("$max", maxAttempts));

        /// <summary>Rows by status (pending, sent, failed), or all.</summary>
        public IReadOnlyList<OutboxRow> List(string? status)
        {
            using var connection = _db.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM outbox WHERE $status IS NULL OR status = $status ORDER BY id";
            command.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
            return Read(command);
        }

        public long Count()
        {
            using var connection = _db.Open();
            return CrmDatabase.Scalar<long>(connection, null, "SELECT COUNT(*) FROM outbox");
        }

        private int Update(string sql, params (string Name, object Value)[] parameters)
        {
            using var connection = _db.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return command.ExecuteNonQuery();
        }

        private static List<OutboxRow> Read(SqliteCommand command)
        {
            using var reader = command.ExecuteReader();
            var rows = new List<OutboxRow>();
            while (reader.Read())
            {
                rows.Add(new OutboxRow
                {
                    Id = reader.GetInt64(0),
                    OrderId = reader.GetString(1),
                    PhraseKey = reader.GetString(2),
                    DueAt = Instant.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                    Status = reader.GetString(4),
                    Attempts = reader.GetInt32(5),
                    LastError = reader.IsDBNull(6) ? null : reader.GetString(6),
                    SentAt = reader.IsDBNull(7) ? null : Instant.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    Purpose = reader.GetString(8),
                    SenderName = reader.GetString(9),
                    RecipientName = reader.IsDBNull(10) ? null : reader.GetString(10),
                    RecipientEmail = reader.IsDBNull(11) ? null : reader.GetString(11),
                    Subject = reader.GetString(12),
                    TextBody = reader.GetString(13),
                    HtmlBody = reader.IsDBNull(14) ? null : reader.GetString(14),
                    Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(15)) ?? new Dictionary<string, string>(),
                });
            }

            return rows;
        }
    }
}
