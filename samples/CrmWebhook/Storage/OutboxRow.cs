using NodaTime;

namespace CrmWebhook.Storage
{
    /// <summary>One rendered follow-up in the outbox, with its delivery state.</summary>
    public sealed record OutboxRow
    {
        public long Id { get; init; }

        public string OrderId { get; init; } = "";

        public string PhraseKey { get; init; } = "";

        public Instant DueAt { get; init; }

        public string Status { get; init; } = "pending";

        public int Attempts { get; init; }

        public string? LastError { get; init; }

        public Instant? SentAt { get; init; }

        public string Purpose { get; init; } = "transactional";

        public string SenderName { get; init; } = "";

        public string? RecipientName { get; init; }

        public string? RecipientEmail { get; init; }

        public string Subject { get; init; } = "";

        public string TextBody { get; init; } = "";

        public string? HtmlBody { get; init; }

        public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    }
}
