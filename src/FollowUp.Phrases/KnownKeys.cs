using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases
{
    /// <summary>
    /// The by-id sets (deadlines, calendars, policies, lead times) share two habits: later entries replace earlier ones
    /// with the same id, and an unknown id fails with a message that lists the known ones, so a typo is fixed at once.
    /// </summary>
    internal static class KnownKeys
    {
        /// <summary>Indexes <paramref name="items"/> by id; a later item replaces an earlier one with the same id.</summary>
        public static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> idOf, StringComparer comparer)
        {
            var byId = new Dictionary<string, T>(comparer);
            foreach (var item in items)
            {
                byId[idOf(item)] = item;
            }

            return byId;
        }

        /// <summary>The ids in a stable (ordinal) order, for listings and messages.</summary>
        public static IEnumerable<string> Sorted<T>(IReadOnlyDictionary<string, T> byId) => byId.Keys.OrderBy(k => k, StringComparer.Ordinal);

        /// <summary>The entry for <paramref name="id"/>, or "No {what} 'id'. Known {plural}: a, b, c."</summary>
        /// <exception cref="ConfigurationException">No entry has that id.</exception>
        public static T Get<T>(IReadOnlyDictionary<string, T> byId, string? id, string what, string plural) =>
            byId.TryGetValue(id ?? "", out var value)
                ? value
                : throw new ConfigurationException($"No {what} '{id}'. Known {plural}: {string.Join(", ", Sorted(byId))}.", what, id, Sorted(byId).ToArray());
    }
}
