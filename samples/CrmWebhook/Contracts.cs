using FollowUp.Phrases.Checking;
using NodaTime;

namespace CrmWebhook
{
    /// <summary>POST /orders/{id}/events: the order entered a stage (kebab-case) at an instant (default: now).</summary>
    public sealed record OrderEvent(string Stage, Instant? At);

    /// <summary>POST /check: any message.</summary>
    public sealed record CheckRequest(string Text, string? Channel, string? Purpose, string? Stage, string? Format);

    /// <summary>A follow-up that is due now, rendered and checked.</summary>
    public sealed record DueMessage(string Key, Instant DueAt, string Reason, string Subject, string TextBody, Diagnostic[] Diagnostics);

    /// <summary>The answer to an order event.</summary>
    public sealed record EventResult(string OrderId, string Stage, DueMessage[] Due, object[] Next, string[] Problems);
}
