using CrmWebhook.Storage;
using FollowUp.Phrases;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Timing;
using NodaTime;

namespace CrmWebhook.Scheduling
{
    /// <summary>
    /// Finds the follow-ups due for an order, renders and checks them, and puts each in the outbox together with the
    /// order's record that it was sent — one transaction per follow-up, so a crash leaves either both or neither.
    /// A follow-up with wording errors is not queued; the problem is reported and the others go on.
    /// </summary>
    public sealed class FollowUpScheduler
    {
        private readonly OrderRepository _orders;
        private readonly Outbox _outbox;
        private readonly FollowUpPlanner _planner;
        private readonly FollowUpService _followUps;
        private readonly ILogger<FollowUpScheduler> _logger;

        public FollowUpScheduler(OrderRepository orders, Outbox outbox, FollowUpPlanner planner, FollowUpService followUps, ILogger<FollowUpScheduler> logger)
        {
            _orders = orders;
            _outbox = outbox;
            _planner = planner;
            _followUps = followUps;
            _logger = logger;
        }

        /// <summary>Queues what is due for one order; returns the rows queued and the problems met.</summary>
        public ScheduleResult ScheduleOrder(string orderId, Instant now)
        {
            var order = _orders.Get(orderId);
            if (order is null)
            {
                return new ScheduleResult(Array.Empty<QueuedFollowUp>(), Array.Empty<DueFollowUp>(), Array.Empty<string>());
            }

            var plan = _planner.Plan(order, now);
            var queued = new List<QueuedFollowUp>();
            var problems = new List<string>();
            foreach (var due in plan.Where(f => f.IsDue(now)))
            {
                try
                {
                    var message = _followUps.Render(due.Key, order);
                    if (message.HasErrors)
                    {
                        problems.Add($"{due.Key}: not queued, the rendered message has wording errors ({string.Join(", ", message.Diagnostics.Where(d => d.Severity == FollowUp.Phrases.Checking.Severity.Error).Select(d => d.Rule))}).");
                        continue;
                    }

                    if (_outbox.Enqueue(orderId, due, message, now) is long id)
                    {
                        queued.Add(new QueuedFollowUp(id, due.Key, due.DueAt, message.Subject, message.Diagnostics.ToArray()));
                    }
                }
                catch (FollowUpException e)
                {
                    problems.Add($"{due.Key}: {e.Message}"); // one bad follow-up does not stop the others
                    _logger.LogWarning(e, "Order {OrderId}: follow-up {Key} could not be rendered", orderId, due.Key);
                }
            }

            return new ScheduleResult(queued, plan.Where(f => !f.IsDue(now)).ToArray(), problems);
        }

        /// <summary>One pass over every open order.</summary>
        public int ScheduleAll(Instant now)
        {
            var queued = 0;
            foreach (var id in _orders.Ids())
            {
                queued += ScheduleOrder(id, now).Queued.Count;
            }

            return queued;
        }
    }

    public sealed record QueuedFollowUp(long OutboxId, string Key, Instant DueAt, string Subject, FollowUp.Phrases.Checking.Diagnostic[] Diagnostics);

    public sealed record ScheduleResult(IReadOnlyList<QueuedFollowUp> Queued, IReadOnlyList<DueFollowUp> Next, IReadOnlyList<string> Problems);
}
