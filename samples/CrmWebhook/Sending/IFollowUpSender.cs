using CrmWebhook.Storage;

namespace CrmWebhook.Sending
{
    /// <summary>
    /// Delivers one outbox row. Implementations must be idempotent by <see cref="OutboxRow.Id"/>: after a crash between
    /// delivering and marking the row sent, the row is delivered again, and the sender (or the receiving side, through
    /// the Message-Id) must recognise it.
    /// </summary>
    public interface IFollowUpSender
    {
        Task SendAsync(OutboxRow row, CancellationToken cancellationToken);
    }
}
