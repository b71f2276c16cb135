using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Text;
using NodaTime;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// A set of working-day calendars by id. The built-in set holds China (with Spring Festival, National Day and the
    /// make-up working days) and the main buyer markets (US, GB, DE, FR, ES) for 2026 and 2027. Add or replace
    /// calendars with <see cref="With"/> and <see cref="Parse"/>.
    /// </summary>
    public sealed class WorkingCalendars
    {
        private static readonly Lazy<WorkingCalendars> BuiltInSet = new Lazy<WorkingCalendars>(LoadBuiltIn);
        private static readonly string[] DayNames = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        private readonly Dictionary<string, WorkingCalendar> _byId;

        private WorkingCalendars(IEnumerable<WorkingCalendar> calendars) => _byId = KnownKeys.Index(calendars, c => c.Id, StringComparer.OrdinalIgnoreCase);

        /// <summary>The calendars shipped with the library.</summary>
        public static WorkingCalendars BuiltIn => BuiltInSet.Value;

        /// <summary>The calendar ids.</summary>
        public IEnumerable<string> Ids => KnownKeys.Sorted(_byId);

        /// <summary>The calendar with <paramref name="id"/> (case-insensitive).</summary>
        /// <exception cref="ConfigurationException">No such calendar; the message lists the known ids.</exception>
        public WorkingCalendar Get(string id) => KnownKeys.Get(_byId, id, "working calendar", "calendars");

        /// <summary>Whether a calendar with <paramref name="id"/> exists.</summary>
        public bool TryGet(string id, out WorkingCalendar calendar) => _byId.TryGetValue(id ?? "", out calendar!);

        /// <summary>This set with <paramref name="calendar"/> added, replacing one with the same id.</summary>
        public WorkingCalendars With(WorkingCalendar calendar) =>
            new WorkingCalendars(_byId.Values.Concat(new[] { calendar ?? throw new ArgumentNullException(nameof(calendar)) }));

        /// <summary>Reads a calendar file (the format of the built-in ones in <c>Timing/Calendars</c>).</summary>
        /// <exception cref="DataFileException">The file is malformed.</exception>
        public static WorkingCalendar LoadFile(string path) => Parse(File.ReadAllText(path), path);

        /// <summary>Reads calendar JSON; <paramref name="sourceName"/> is used in error messages.</summary>
        /// <exception cref="DataFileException">The text is malformed.</exception>
        public static WorkingCalendar Parse(string json, string sourceName = "calendar")
        {
            var (root, f) = JsonFields.Parse(json, sourceName);
            f.ExpectObject(root, "", "$schema", "id", "name", "timeZone", "weekend", "checkedOn", "years");
            var id = f.String(f.Required(root, "", "id"), "id");
            var name = f.String(f.Required(root, "", "name"), "name");
            var zoneNode = f.Required(root, "", "timeZone");
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(f.String(zoneNode, "timeZone"))
                       ?? throw f.Fail(zoneNode, "timeZone", $"unknown tzdb zone '{zoneNode.Text}'.");
            var weekend = new List<IsoDayOfWeek>();
            foreach (var day in f.Array(f.Required(root, "", "weekend"), "weekend"))
            {
                var index = Array.IndexOf(DayNames, f.String(day, "weekend"));
                if (index < 0)
                {
                    throw f.Fail(day, "weekend", $"'{day.Text}' is not a day; use {string.Join(", ", DayNames)}.");
                }

                weekend.Add((IsoDayOfWeek)(index + 1));
            }

            var checkedOn = f.Date(f.Required(root, "", "checkedOn"), "checkedOn");
            var holidays = new Dictionary<LocalDate, string>();
            var working = new List<LocalDate>();
            var years = new List<CalendarYear>();
            var yearsNode = f.Required(root, "", "years");
            f.ExpectObject(yearsNode, "years");
            foreach (var entry in yearsNode.Properties!)
            {
                var path = "years." + entry.Key.Name;
                if (!int.TryParse(entry.Key.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
                {
                    throw f.FailAt(entry.Key.Offset, path, "a year such as \"2026\" was expected.");
                }

                var y = entry.Value;
                f.ExpectObject(y, path, "status", "source", "holidays", "workingWeekendDays");
                var status = f.String(f.Required(y, path, "status"), path + ".status");
                if (status != "official" && status != "statutory")
                {
                    throw f.Fail(f.Required(y, path, "status"), path + ".status", "use 'official' or 'statutory'.");
                }

                years.Add(new CalendarYear(year, status, f.String(f.Required(y, path, "source"), path + ".source")));
                var list = f.Array(f.Required(y, path, "holidays"), path + ".holidays");
                for (var i = 0; i < list.Length; i++)
                {
                    var hp = $"{path}.holidays[{i}]";
                    f.ExpectObject(list[i], hp, "from", "to", "name");
                    var fromNode = f.Required(list[i], hp, "from");
                    var from = f.Date(fromNode, hp + ".from");
                    var toNode = f.Optional(list[i], "to");
                    var to = toNode is null ? from : f.Date(toNode, hp + ".to");
                    if (from.Year != year || to < from || to.Year != year)
                    {
                        throw f.Fail(fromNode, hp, $"the holiday must fall in {year} and end on or after it starts.");
                    }

                    var holidayName = f.String(f.Required(list[i], hp, "name"), hp + ".name");
                    for (var d = from; d <= to; d = d.PlusDays(1))
                    {
                        holidays[d] = holidayName;
                    }
                }

                var workNode = f.Optional(y, "workingWeekendDays");
                if (workNode != null)
                {
                    foreach (var w in f.Array(workNode, path + ".workingWeekendDays"))
                    {
                        var date = f.Date(w, path + ".workingWeekendDays");
                        if (!weekend.Contains(date.DayOfWeek))
                        {
                            throw f.Fail(w, path + ".workingWeekendDays", $"{date:yyyy-MM-dd} is not a weekend day, so it needs no make-up entry.");
                        }

                        working.Add(date);
                    }
                }
            }

            return new WorkingCalendar(id, name, zone, weekend, holidays, working, years, checkedOn);
        }

        private static WorkingCalendars LoadBuiltIn() =>
            new WorkingCalendars(EmbeddedData.ReadAll("FollowUp.Phrases.Calendars.").Select(file => Parse(file.Text, file.Name)));
    }
}
