using CrmWebhook.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CrmWebhook.Sending
{
    /// <summary>
    /// Delivers pending outbox rows: claims a batch with a lease, sends each through the <see cref="IFollowUpSender"/>,
    /// marks it sent, and on failure schedules a retry with doubling delays up to a maximum number of attempts.
    /// Several dispatchers (threads or processes) on one database each take different rows.
    /// </summary>
    public sealed class OutboxDispatcher
    {
        private readonly Outbox _outbox;
        private readonly IFollowUpSender _sender;
        private readonly IClock _clock;
        private readonly CrmOptions _options;
        private readonly ILogger<OutboxDispatcher> _logger;

        public OutboxDispatcher(Outbox outbox, IFollowUpSender sender, IClock clock, IOptions<CrmOptions> options, ILogger<OutboxDispatcher> logger)
        {
            _outbox = outbox;
            _sender = sender;
            _clock = clock;
            _options = options.Value;
            _logger = logger;
        }

        /// <summary>This dispatcher's name in claims: process and instance, so two in one process differ too.</summary>
        public string Worker { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

        /// <summary>Claims and delivers one batch; returns how many rows were delivered.</summary>
        public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
        {
            var now = _clock.GetCurrentInstant();
            var rows = _outbox.Claim(Worker, now, now + Duration.FromSeconds(_options.LeaseSeconds), _options.BatchSize);
            var delivered = 0;
            foreach (var row in rows)
            {
                try
                {
                    await _sender.SendAsync(row, cancellationToken);
                    if (_outbox.MarkSent(row.Id, Worker, _clock.GetCurrentInstant()))
                    {
                        delivered++;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var retry = _clock.GetCurrentInstant() + Duration.FromSeconds(_options.RetrySeconds * Math.Pow(2, row.Attempts));
                    _outbox.MarkFailed(row.Id, Worker, e.Message, retry, _options.MaxAttempts);
                    _logger.LogWarning(e, "Outbox row {Id} ({Key} for {OrderId}) failed, attempt {Attempt}", row.Id, row.PhraseKey, row.OrderId, row.Attempts + 1);
                }
            }

            return delivered;
        }
    }
}
