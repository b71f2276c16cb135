using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// Production lead times by product category, as configurable defaults: apparel 15–20 working days, electronics
    /// accessories 5–7 working days. Completion dates are counted in the seller's (factory's) calendar, so Spring
    /// Festival and National Day closures push them back and make-up Saturdays count.
    /// </summary>
    public sealed class ProductionLeadTimes
    {
        private readonly Dictionary<string, LeadTime> _byCategory;

        /// <summary>Creates lead times from categories (case-insensitive keys).</summary>
        public ProductionLeadTimes(IEnumerable<KeyValuePair<string, LeadTime>> categories)
        {
            _byCategory = new Dictionary<string, LeadTime>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in categories ?? throw new ArgumentNullException(nameof(categories)))
            {
                _byCategory[pair.Key] = pair.Value;
            }
        }

        /// <summary>The defaults: <c>apparel</c> 15–20 and <c>electronics-accessories</c> 5–7 working days.</summary>
        public static ProductionLeadTimes Default { get; } = new ProductionLeadTimes(new Dictionary<string, LeadTime>
        {
            ["apparel"] = new LeadTime(15, 20),
            ["electronics-accessories"] = new LeadTime(5, 7),
        });

        /// <summary>The categories.</summary>
        public IEnumerable<string> Categories => KnownKeys.Sorted(_byCategory);

        /// <summary>A copy with <paramref name="category"/> set to <paramref name="leadTime"/>.</summary>
        public ProductionLeadTimes With(string category, LeadTime leadTime)
        {
            var copy = new Dictionary<string, LeadTime>(_byCategory, StringComparer.OrdinalIgnoreCase) { [category] = leadTime };
            return new ProductionLeadTimes(copy);
        }

        /// <summary>The lead time for <paramref name="category"/>.</summary>
        /// <exception cref="ConfigurationException">Unknown category; the message lists the known ones.</exception>
        public LeadTime For(string category) => KnownKeys.Get(_byCategory, category, "lead time for category", "categories");

        /// <summary>Like <see cref="For"/>, returning false for an unknown category.</summary>
        public bool TryFor(string category, out LeadTime leadTime) => _byCategory.TryGetValue(category ?? "", out leadTime!);

        /// <summary>The days production of <paramref name="category"/> started on <paramref name="start"/> should finish.</summary>
        public DateRange CompletionDates(string category, LocalDate start, WorkingCalendar sellerCalendar)
        {
            var lead = For(category);
            if (lead.Kind == Lifecycle.DayKind.CalendarDays)
            {
                return new DateRange(start.PlusDays(lead.MinDays), start.PlusDays(lead.MaxDays));
            }

            return new DateRange(sellerCalendar.AddWorkingDays(start, lead.MinDays), sellerCalendar.AddWorkingDays(start, lead.MaxDays));
        }
    }
}
