using System;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// A platform or legal clock a follow-up must beat — "respond to an eBay return request within 3 business days" —
    /// with the source it comes from and the date that source was checked.
    /// </summary>
    public sealed class Deadline
    {
        internal Deadline(string id, string description, string trigger, string? platform, Duration? fixedDuration,
            int? businessDays, string? calendarId, string source, LocalDate checkedOn)
        {
            Id = id;
            Description = description;
            Trigger = trigger;
            Platform = platform;
            FixedDuration = fixedDuration;
            BusinessDays = businessDays;
            CalendarId = calendarId;
            Source = source;
            CheckedOn = checkedOn;
        }

        /// <summary>Stable id, e.g. <c>ebay-return-request</c>.</summary>
        public string Id { get; }

        /// <summary>What must be done.</summary>
        public string Description { get; }

        /// <summary>The order event that starts the clock, e.g. <c>return-requested</c>.</summary>
        public string Trigger { get; }

        /// <summary>The platform the rule belongs to (<c>ebay</c>, <c>aliexpress</c>), or null when it applies everywhere.</summary>
        public string? Platform { get; }

        /// <summary>The time allowed when it is a fixed span (hours or calendar days).</summary>
        public Duration? FixedDuration { get; }

        /// <summary>The time allowed when it is counted in business days.</summary>
        public int? BusinessDays { get; }

        /// <summary>The calendar business days are counted in.</summary>
        public string? CalendarId { get; }

        /// <summary>Where the rule comes from.</summary>
        public string Source { get; }

        /// <summary>When the source was last checked.</summary>
        public LocalDate CheckedOn { get; }

        /// <summary>
        /// When the response is due for an event at <paramref name="eventAt"/>. Business days keep the event's time of
        /// day in the calendar's zone: a request at Fri 14:00 New York time with 3 business days is due Wed 14:00.
        /// </summary>
        /// <exception cref="System.Collections.Generic.KeyNotFoundException">The rule's calendar is not in <paramref name="calendars"/>.</exception>
        public Instant DueAt(Instant eventAt, WorkingCalendars? calendars = null)
        {
            if (FixedDuration is Duration d)
            {
                return eventAt + d;
            }

            var calendar = (calendars ?? WorkingCalendars.BuiltIn).Get(CalendarId!);
            var local = eventAt.InZone(calendar.TimeZone).LocalDateTime;
            var dueDate = calendar.AddWorkingDays(local.Date, BusinessDays!.Value);
            return calendar.TimeZone.AtLeniently(dueDate + local.TimeOfDay).ToInstant();
        }

        /// <summary>Whether, at <paramref name="now"/>, the response to an event at <paramref name="eventAt"/> is late.</summary>
        public bool IsOverdue(Instant eventAt, Instant now, WorkingCalendars? calendars = null) => now > DueAt(eventAt, calendars);

        /// <inheritdoc />
        public override string ToString() => $"{Id}: {Description}";
    }
}
