using CrmWebhook.Sending;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CrmWebhook.Scheduling
{
    /// <summary>Runs the scheduler and the dispatcher every poll interval until the host stops.</summary>
    public sealed class BackgroundLoops : BackgroundService
    {
        private readonly FollowUpScheduler _scheduler;
        private readonly OutboxDispatcher _dispatcher;
        private readonly IClock _clock;
        private readonly CrmOptions _options;
        private readonly ILogger<BackgroundLoops> _logger;

        public BackgroundLoops(FollowUpScheduler scheduler, OutboxDispatcher dispatcher, IClock clock, IOptions<CrmOptions> options, ILogger<BackgroundLoops> logger)
        {
            _scheduler = scheduler;
            _dispatcher = dispatcher;
            _clock = clock;
            _options = options.Value;
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            if (!_options.BackgroundServices)
            {
                return; // tests drive the scheduler and the dispatcher themselves
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    _scheduler.ScheduleAll(_clock.GetCurrentInstant());
                    while (await _dispatcher.DispatchOnceAsync(stoppingToken) > 0)
                    {
                        // keep going while there is work
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogError(e, "Scheduling pass failed; retrying at the next poll");
                }

                try
                {
                    await Task.Delay(_options.PollMilliseconds, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }
}
