using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Text;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// The deadlines a seller must respect, as data. <see cref="BuiltIn"/> ships platform and legal rules with their
    /// sources; replace or add rules with <see cref="With(Deadlines)"/> and your own files.
    /// </summary>
    /// <example>
    /// <code>
    /// var rule = Deadlines.BuiltIn.Get("ebay-return-request");
    /// Instant due = rule.DueAt(returnRequestedAt);
    /// bool late = rule.IsOverdue(returnRequestedAt, clock.GetCurrentInstant());
    /// </code>
    /// </example>
    public sealed class Deadlines
    {
        private static readonly Lazy<Deadlines> BuiltInSet = new Lazy<Deadlines>(LoadBuiltIn);
        private readonly Dictionary<string, Deadline> _byId;

        private Deadlines(IEnumerable<Deadline> rules) => _byId = KnownKeys.Index(rules, r => r.Id, StringComparer.Ordinal);

        /// <summary>The rules shipped with the library.</summary>
        public static Deadlines BuiltIn => BuiltInSet.Value;

        /// <summary>Every rule, by id.</summary>
        public IEnumerable<Deadline> All => _byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal);

        /// <summary>The rule with <paramref name="id"/>.</summary>
        /// <exception cref="ConfigurationException">No such rule; the message lists the known ids.</exception>
        public Deadline Get(string id) => KnownKeys.Get(_byId, id, "deadline", "deadlines");

        /// <summary>Like <see cref="Get"/>, returning false for an unknown id.</summary>
        public bool TryGet(string id, out Deadline deadline) => _byId.TryGetValue(id ?? "", out deadline!);

        /// <summary>
        /// The rules an event starts, for a platform: platform-specific rules for it plus the rules that apply
        /// everywhere. The earliest due rule is the one to plan for.
        /// </summary>
        public IEnumerable<Deadline> ForEvent(string trigger, string? platform = null) =>
            All.Where(r => r.Trigger == trigger && (r.Platform is null || string.Equals(r.Platform, platform, StringComparison.OrdinalIgnoreCase)));

        /// <summary>When the earliest rule started by <paramref name="trigger"/> at <paramref name="eventAt"/> is due, or null when none applies.</summary>
        public (Deadline Rule, Instant Due)? EarliestDue(string trigger, Instant eventAt, string? platform = null, WorkingCalendars? calendars = null)
        {
            (Deadline, Instant)? best = null;
            foreach (var rule in ForEvent(trigger, platform))
            {
                var due = rule.DueAt(eventAt, calendars);
                if (best is null || due < best.Value.Item2)
                {
                    best = (rule, due);
                }
            }

            return best;
        }

        /// <summary>This set with <paramref name="overrides"/> on top (same ids replaced).</summary>
        public Deadlines With(Deadlines overrides) => new Deadlines(_byId.Values.Concat(overrides._byId.Values));

        /// <summary>Reads a deadlines file.</summary>
        /// <exception cref="DataFileException">The file is malformed.</exception>
        public static Deadlines LoadFile(string path) => Parse(File.ReadAllText(path), path);

        /// <summary>Reads deadlines JSON (the format of <c>Timing/Deadlines/deadlines.json</c>).</summary>
        /// <exception cref="DataFileException">The text is malformed.</exception>
        public static Deadlines Parse(string json, string sourceName = "deadlines")
        {
            var (root, f) = JsonFields.Parse(json, sourceName);
            f.ExpectObject(root, "", "$schema", "checkedOn", "deadlines");
            var checkedOn = f.Date(f.Required(root, "", "checkedOn"), "checkedOn");
            var list = f.Array(f.Required(root, "", "deadlines"), "deadlines");
            var rules = new List<Deadline>();
            for (var i = 0; i < list.Length; i++)
            {
                var path = $"deadlines[{i}]";
                var node = list[i];
                f.ExpectObject(node, path, "id", "description", "trigger", "platform", "within", "source", "checkedOn");
                var within = f.Required(node, path, "within");
                f.ExpectObject(within, path + ".within", "hours", "days", "businessDays", "calendar");
                Duration? fixedDuration = null;
                int? businessDays = null;
                string? calendar = null;
                var hours = f.Optional(within, "hours");
                var days = f.Optional(within, "days");
                var business = f.Optional(within, "businessDays");
                if ((hours is null ? 0 : 1) + (days is null ? 0 : 1) + (business is null ? 0 : 1) != 1)
                {
                    throw f.Fail(within, path + ".within", "give exactly one of hours, days or businessDays.");
                }

                if (hours != null)
                {
                    fixedDuration = Duration.FromHours(f.Integer(hours, path + ".within.hours", 1, 24 * 365));
                }
                else if (days != null)
                {
                    fixedDuration = Duration.FromDays(f.Integer(days, path + ".within.days", 1, 365));
                }
                else
                {
                    businessDays = f.Integer(business!, path + ".within.businessDays", 1, 365);
                    var calendarNode = f.Optional(within, "calendar") ?? throw f.Fail(within, path + ".within.calendar", "business days need a calendar id, e.g. \"US\".");
                    calendar = f.String(calendarNode, path + ".within.calendar"); // checked when used: users may add calendars
                }

                var ownChecked = f.Optional(node, "checkedOn");
                rules.Add(new Deadline(
                    f.String(f.Required(node, path, "id"), path + ".id"),
                    f.String(f.Required(node, path, "description"), path + ".description"),
                    f.String(f.Required(node, path, "trigger"), path + ".trigger"),
                    f.Optional(node, "platform") is JsonNode p ? f.String(p, path + ".platform") : null,
                    fixedDuration,
                    businessDays,
                    calendar,
                    f.String(f.Required(node, path, "source"), path + ".source"),
                    ownChecked is null ? checkedOn : f.Date(ownChecked, path + ".checkedOn")));
            }

            return new Deadlines(rules);
        }

        private static Deadlines LoadBuiltIn() =>
            EmbeddedData.ReadAll("FollowUp.Phrases.Deadlines.").Aggregate(new Deadlines(Array.Empty<Deadline>()), (set, file) => set.With(Parse(file.Text, file.Name)));
    }
}
