using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Lifecycle;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// Decides which follow-ups an order needs next and when: payment confirmation, unpaid reminders, production
    /// updates, the dispatch notice, a nudge when the tracking goes quiet, the customs notice and the feedback request.
    /// Follow-ups already in <see cref="OrderSnapshot.FollowUpsSent"/> are never proposed again, nothing is planned for a
    /// closed order, and marketing (feedback requests) stops when the buyer opted out.
    /// </summary>
    /// <example>
    /// <code>
    /// var planner = new FollowUpPlanner(new FollowUpPlannerOptions(), clock);
    /// foreach (var f in planner.Plan(order).Where(f => f.IsDue(clock.GetCurrentInstant())))
    ///     Send(engine.Render(f.Key, order));
    /// </code>
    /// </example>
    public sealed class FollowUpPlanner
    {
        private readonly FollowUpPlannerOptions _o;
        private readonly IClock _clock;
        private readonly WorkingCalendar _weekdaysOnly;

        /// <summary>Builds a planner; the options are validated here, once.</summary>
        /// <exception cref="ConfigurationException">An option is out of range.</exception>
        public FollowUpPlanner(FollowUpPlannerOptions options, IClock clock)
        {
            _o = options ?? throw new ArgumentNullException(nameof(options));
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            options.Validate();
            _weekdaysOnly = new WorkingCalendar("weekdays", "Monday to Friday", DateTimeZone.Utc,
                new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, new Dictionary<LocalDate, string>(), Array.Empty<LocalDate>(), Array.Empty<CalendarYear>(), new LocalDate(2026, 1, 1));
        }

        /// <summary>The follow-ups the order needs, earliest first, as of the clock's now.</summary>
        public IReadOnlyList<DueFollowUp> Plan(OrderSnapshot order) => Plan(order, _clock.GetCurrentInstant());

        /// <summary>The follow-ups the order needs, earliest first, as of <paramref name="now"/>: those already due and the next scheduled ones.</summary>
        public IReadOnlyList<DueFollowUp> Plan(OrderSnapshot order, Instant now)
        {

            if (order is null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            TimeOutOfRangeException.ThrowIfOutside("now", now);
            TimeOutOfRangeException.ThrowIfOutside(order);

            var plan = new List<DueFollowUp>();
            AddClosureNotice(plan, order, now);
            if (order.Stage == OrderStage.Closed)
            {
                return plan.ToArray();
            }

            var keys = _o.Phrases;
            switch (order.Stage)
            {
                case OrderStage.OrderPlaced when order.PaidAt is null && order.PlacedAt is Instant placed:
                    if (!Sent(order, keys.FirstUnpaidReminder, placed) && !Sent(order, keys.SecondUnpaidReminder, placed) && now < placed + _o.SecondUnpaidReminder)
                    {
                        Add(plan, order, keys.FirstUnpaidReminder, placed + _o.FirstUnpaidReminder, null, $"unpaid {Hours(_o.FirstUnpaidReminder)} after the order");
                    }

                    if (!Sent(order, keys.SecondUnpaidReminder, placed))
                    {
                        Add(plan, order, keys.SecondUnpaidReminder, placed + _o.SecondUnpaidReminder, null, $"still unpaid {Hours(_o.SecondUnpaidReminder)} after the order; the last reminder");
                    }

                    break;

                case OrderStage.PaymentConfirmed:
                case OrderStage.InProduction:
                    if (order.PaidAt is Instant paid && !Sent(order, keys.PaymentReceived, paid))
                    {
                        Add(plan, order, keys.PaymentReceived, paid, null, "payment confirmed: confirm the order and its dispatch date");
                    }

                    if (order.Stage == OrderStage.InProduction)
                    {
                        var started = LastEvent(order, OrderStage.InProduction) ?? order.PaidAt;
                        if (started is Instant s)
                        {
                            var last = LastSent(order, keys.ProductionUpdate, s) ?? s;
                            var completion = order.ExpectedCompletion is LocalDate c
                                ? "expected completion " + DateNames.Format(c, "en")
                                : "no expected completion date on the order yet: set it, the update must give one";
                            Add(plan, order, keys.ProductionUpdate, last + _o.ProductionUpdateEvery, null, $"production update every {Days(_o.ProductionUpdateEvery)}; {completion}");
                        }
                    }

                    break;

                case OrderStage.Shipped:
                case OrderStage.InTransit:
                case OrderStage.Customs:
                    var handover = order.DispatchedAt ?? LastEvent(order, OrderStage.Shipped);
                    if (handover is Instant h && !Sent(order, keys.Dispatched, h))
                    {
                        Add(plan, order, keys.Dispatched, h, h + _o.DispatchNoticeWithin, $"handed to the carrier; the dispatch notice is due within {Hours(_o.DispatchNoticeWithin)}");
                    }

                    if (order.Stage == OrderStage.Customs)
                    {
                        var atCustoms = LastEvent(order, OrderStage.Customs);
                        if (atCustoms is Instant ac && !Sent(order, keys.Customs, ac))
                        {
                            Add(plan, order, keys.Customs, ac, null, "the parcel reached customs: tell the buyer what may be asked of them");
                        }
                    }
                    else
                    {
                        var lastScan = Max(order.LastCarrierScanAt, handover);
                        if (lastScan is Instant scan)
                        {
                            var since = Max(scan, LastSent(order, keys.NoTrackingUpdate, scan))!.Value;
                            Add(plan, order, keys.NoTrackingUpdate, since + _o.NoTrackingUpdateAfter, null, $"no carrier scan for {Days(_o.NoTrackingUpdateAfter)}");
                        }
                    }

                    break;

                case OrderStage.Delivered:
                case OrderStage.AfterSales:
                    if (order.Buyer.OptedOutOfMarketing || order.DeliveredAt is not Instant delivered)
                    {
                        break;
                    }

                    var request = LastSent(order, keys.FeedbackRequest, delivered);
                    if (request is null)
                    {
                        Add(plan, order, keys.FeedbackRequest, delivered + _o.FeedbackRequestAfterDelivery, null, $"delivered {Days(_o.FeedbackRequestAfterDelivery)} ago: one request for honest feedback");
                    }
                    else if (!Sent(order, keys.FeedbackReminder, request.Value) && !SingleRequestPlatform(order)
                             && now <= request.Value + _o.FeedbackReminderLatest)
                    {
                        Add(plan, order, keys.FeedbackReminder, request.Value + _o.FeedbackReminderEarliest, request.Value + _o.FeedbackReminderLatest,
                            $"the one feedback reminder, {Days(_o.FeedbackReminderEarliest)} to {Days(_o.FeedbackReminderLatest)} after the request");
                    }

                    break;
            }

            return plan.OrderBy(p => p.DueAt).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        }

        /// <summary>
        /// The seller's next closure of <see cref="FollowUpPlannerOptions.MinimumClosureDays"/> or more (Spring Festival,
        /// National Day) in its calendar: the notice is due <see cref="FollowUpPlannerOptions.ClosureNoticeWorkingDays"/>
        /// working days before it (and proposed from then until the closure), with the last order time as its deadline.
        /// Open orders get the transactional notice; a buyer whose order closed recently gets the marketing one, unless they
        /// opted out.
        /// </summary>
        private void AddClosureNotice(List<DueFollowUp> plan, OrderSnapshot order, Instant now)
        {
            if (!_o.Calendars.TryGet(OrderFacts.SellerCalendar, out var calendar))
            {
                return;
            }

            var today = now.InZone(calendar.TimeZone).Date;
            if (HolidayClosure.Next(calendar, today, _o.MinimumClosureDays) is not HolidayClosure closure)
            {
                return;
            }

            var due = calendar.WorkingDaysBefore(closure.FirstDay, _o.ClosureNoticeWorkingDays).At(new LocalTime(9, 0)).InZoneLeniently(calendar.TimeZone).ToInstant(); // the seller's morning
            var closing = closure.FirstDay.AtStartOfDayInZone(calendar.TimeZone).ToInstant();
            var open = order.Stage != OrderStage.Closed && order.Stage != OrderStage.Cancellation && order.Stage != OrderStage.Refund;
            var recent = !open && !order.Buyer.OptedOutOfMarketing && (order.History.LastOrDefault()?.At ?? order.PlacedAt) is Instant last && now - last <= _o.RecentBuyerWithin;
            var key = open ? _o.Phrases.ClosureNotice : recent ? _o.Phrases.ClosureNoticeToRecentBuyer : null;
            // Proposed once its time has come, not months ahead in every plan.
            if (key is null || now < due || now >= closing || Sent(order, key, due - Duration.FromDays(30)))
            {
                return;
            }

            var deadline = closure.LastOrderAt < closing ? closure.LastOrderAt : closing;
            Add(plan, order, key, due, deadline > due ? deadline : (Instant?)null,
                $"{closure.Name}: closed {DateNames.Format(closure.FirstDay, "en")} to {DateNames.Format(closure.LastDay, "en")}, work resumes {DateNames.Format(closure.ReopensOn, "en")}; tell the buyer {_o.ClosureNoticeWorkingDays} working days ahead");
        }

        private void Add(List<DueFollowUp> plan, OrderSnapshot order, string key, Instant due, Instant? deadline, string reason)
        {
            var zoneId = order.Buyer.TimeZoneId;
            var zone = string.IsNullOrWhiteSpace(zoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId!);
            if (zone != null)
            {
                var calendar = order.Buyer.Country != null && _o.Calendars.TryGet(order.Buyer.Country, out var c) ? c : _weekdaysOnly;
                var opening = _o.BuyerWorkingHours.NextOpening(due, zone, calendar);
                if (opening != due)
                {
                    reason += $"; moved into the buyer's working hours ({SellerTime.FormatIn(opening, zone)})";
                }

                due = opening;
            }

            plan.Add(new DueFollowUp { Key = key, DueAt = due, Deadline = deadline, Reason = reason });
        }

        private bool SingleRequestPlatform(OrderSnapshot order) =>
            order.Platform != null && _o.SingleReviewRequestPlatforms.Any(p => order.Platform.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0);

        private static bool Sent(OrderSnapshot order, string key, Instant since) => LastSent(order, key, since) != null;

        private static Instant? LastSent(OrderSnapshot order, string key, Instant since)
        {
            Instant? last = null;
            foreach (var s in order.FollowUpsSent)
            {
                if (s.Key == key && s.At >= since && (last is null || s.At > last))
                {
                    last = s.At;
                }
            }

            return last;
        }

        private static Instant? LastEvent(OrderSnapshot order, OrderStage stage)
        {
            Instant? last = null;
            foreach (var e in order.History)
            {
                if (e.Stage == stage && (last is null || e.At > last))
                {
                    last = e.At;
                }
            }

            return last;
        }

        private static Instant? Max(Instant? a, Instant? b) => a is null ? b : b is null ? a : (a > b ? a : b);

        private static string Hours(Duration d) => ((long)d.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture) + " hours";

        private static string Days(Duration d) => ((long)d.TotalDays).ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
    }
}
