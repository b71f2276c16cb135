using CrmWebhook.Scheduling;
using NodaTime;

namespace CrmWebhook
{
    /// <summary>POST /orders/{id}/events: the order entered a stage (kebab-case) at an instant (default: now).</summary>
    public sealed record OrderEvent(string Stage, Instant? At);

    /// <summary>POST /check: any message.</summary>
    public sealed record CheckRequest(string Text, string? Channel, string? Purpose, string? Stage, string? Format);

    /// <summary>A follow-up planned for later.</summary>
    public sealed record PlannedFollowUp(string Key, Instant DueAt, string Reason);

    /// <summary>The answer to an order event: what was queued now, what comes next, and what could not be rendered.</summary>
    public sealed record EventResult(string OrderId, string Stage, QueuedFollowUp[] Queued, PlannedFollowUp[] Next, string[] Problems);
}
