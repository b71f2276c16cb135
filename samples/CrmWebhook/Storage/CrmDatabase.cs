using Microsoft.Data.Sqlite;

namespace CrmWebhook.Storage
{
    /// <summary>
    /// The sample's embedded database: one SQLite file (default <c>crm.db</c> in the content root,
    /// <c>ConnectionStrings:Crm</c> to change it). The schema is created or migrated at start with
    /// <c>PRAGMA user_version</c>; WAL lets the dispatcher read while the scheduler writes, and a busy timeout makes two
    /// processes on one file wait for each other instead of failing.
    /// </summary>
    public sealed class CrmDatabase
    {
        private const int SchemaVersion = 1;

        public CrmDatabase(string connectionString)
        {
            ConnectionString = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true }.ToString();
        }

        public string ConnectionString { get; }

        public SqliteConnection Open()
        {
            var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
            pragma.ExecuteNonQuery();
            return connection;
        }

        /// <summary>Creates the tables, or brings an older file up to date; safe to run on every start and from several processes.</summary>
        public void Migrate()
        {
            using var connection = Open();
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                wal.ExecuteNonQuery();
            }

            using var tx = connection.BeginTransaction(System.Data.IsolationLevel.Serializable);
            var version = Scalar<long>(connection, tx, "PRAGMA user_version;");
            if (version < 1)
            {
                Execute(connection, tx, @"
CREATE TABLE IF NOT EXISTS orders (
    id          TEXT PRIMARY KEY,
    stage       TEXT NOT NULL,
    buyer_email TEXT,
    updated_at  INTEGER NOT NULL,
    snapshot    TEXT NOT NULL          -- the order as order-file JSON
);
CREATE INDEX IF NOT EXISTS orders_stage ON orders(stage);

CREATE TABLE IF NOT EXISTS stage_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id    TEXT NOT NULL REFERENCES orders(id),
    stage       TEXT NOT NULL,
    at          INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stage_events_order ON stage_events(order_id);

-- Times are Unix milliseconds (UTC): they compare and index as numbers.
-- Rendered follow-ups waiting to be delivered. The unique key makes a second insert of the same follow-up impossible,
-- whichever scheduler instance tries it.
CREATE TABLE IF NOT EXISTS outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id        TEXT NOT NULL REFERENCES orders(id),
    phrase_key      TEXT NOT NULL,
    due_at          INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_by      TEXT,
    lease_until     INTEGER,
    last_error      TEXT,
    sent_at         INTEGER,
    purpose         TEXT NOT NULL,
    sender_name     TEXT NOT NULL,
    recipient_name  TEXT,
    recipient_email TEXT,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT,
    headers         TEXT NOT NULL,     -- JSON object: List-Unsubscribe and friends for marketing
    UNIQUE (order_id, phrase_key, due_at)
);
CREATE INDEX IF NOT EXISTS outbox_ready ON outbox(status, next_attempt_at);
");
            }

            Execute(connection, tx, $"PRAGMA user_version = {SchemaVersion};");
            tx.Commit();
        }

        internal static void Execute(SqliteConnection connection, SqliteTransaction? tx, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        internal static T Scalar<T>(SqliteConnection connection, SqliteTransaction? tx, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
