using System;
using System.Text;
using FollowUp.Phrases.Checking.Languages;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Findings in the reader's language: the wording comes from the pack of the flagged text's language (Chinese for
    /// Chinese words, else the message's main language), falling back to English, then to the built-in English pack.
    /// </summary>
    internal static class FindingWording
    {
        /// <summary>The language a finding over visible text [start, end) is worded in; a whole-message finding passes start = -1.</summary>
        public static string LanguageOf(MessageAnalysis a, int start, int end)
        {
            if (start >= 0)
            {
                for (var k = start; k < end && k < a.Text.Length; k++)
                {
                    if (Tokenizer.IsCjk(a.Text[k]))
                    {
                        return "zh";
                    }
                }
            }

            var read = a.LanguagesRead;
            for (var i = 0; i < read.Count; i++) // by index: a foreach over the interface made an enumerator per finding
            {
                var language = read[i];
                if (start < 0 || language != "zh")
                {
                    return language;
                }
            }

            return "en";
        }

        /// <summary>The named text of a rule's wording in <paramref name="language"/>, placeholders filled; null when no pack words it.</summary>
        public static string? Text(MessageAnalysis a, string language, string rule, string key, params (string Name, string? Value)[] values)
        {
            var template = Find(a.Packs.GetOrNull(language), rule, key)
                ?? Find(a.Packs.GetOrNull("en"), rule, key)
                ?? Find(LanguagePacks.BuiltIn["en"], rule, key);
            if (template is null)
            {
                return null;
            }

            return Filled(template, values);
        }

        // Wordings filled lately, per thread, a slot for each pattern and values: a long message's findings repeat their
        // wording (the same suggestion, the same flagged word), and an equal one is handed out again instead of being
        // written anew. Slotted by the values too, so findings that alternate between two words keep both.
        [ThreadStatic]
        private static (string Pattern, (string Name, string? Value)[] Values, string Text)[]? t_filled;

        private static string Filled(string pattern, (string Name, string? Value)[] values)
        {
            var filled = t_filled ??= new (string, (string, string?)[], string)[64];
            var hash = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pattern);
            foreach (var (_, value) in values)
            {
                hash = unchecked((hash * 31) + (value?.Length ?? 0) + (value is { Length: > 0 } v ? v[0] * 7 + v[v.Length - 1] : 0));
            }

            var slot = hash & (filled.Length - 1);
            ref var kept = ref filled[slot];
            if (ReferenceEquals(kept.Pattern, pattern) && SameValues(kept.Values, values))
            {
                return kept.Text;
            }

            var text = FollowUp.Phrases.Text.NamedFields.Fill(pattern, values);
            kept = (pattern, values, text);
            return text;
        }

        private static bool SameValues((string Name, string? Value)[] kept, (string Name, string? Value)[] values)
        {
            if (kept.Length != values.Length)
            {
                return false;
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (!string.Equals(kept[i].Name, values[i].Name, StringComparison.Ordinal) || !string.Equals(kept[i].Value, values[i].Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A finding over visible text [start, end) worded from the packs; <c>{text}</c> is the flagged words.</summary>
        public static Diagnostic Report(MessageAnalysis a, RuleDescriptor rule, Severity severity, int start, int end, string language, string messageKey, string suggestionKey, params (string Name, string? Value)[] values) =>
            ReportWithReplacement(a, rule, severity, start, end, language, messageKey, suggestionKey, null, values);

        /// <summary>As <see cref="Report"/>, with the text that can replace the flagged words (<see cref="Diagnostic.Replacement"/>).</summary>
        public static Diagnostic ReportWithReplacement(MessageAnalysis a, RuleDescriptor rule, Severity severity, int start, int end, string language, string messageKey, string suggestionKey, string? replacement, params (string Name, string? Value)[] values)
        {
            // The flagged words are written once: the finding's text is the same string when the visible text is the input.
            var flagged = a.Text.Substring(start, end - start);
            var all = new (string, string?)[values.Length + 1];
            all[0] = ("text", flagged);
            values.CopyTo(all, 1);
            return a.Report(rule, severity, start, end, Text(a, language, rule.Id, messageKey, all) ?? rule.Title, Text(a, language, rule.Id, suggestionKey, all), flagged, replacement);
        }

        /// <summary>A finding about the whole message worded from the packs.</summary>
        public static Diagnostic ReportWholeMessage(MessageAnalysis a, RuleDescriptor rule, Severity severity, string messageKey, string suggestionKey, params (string Name, string? Value)[] values)
        {
            var language = LanguageOf(a, -1, -1);
            return a.ReportWholeMessage(rule, severity, Text(a, language, rule.Id, messageKey, values) ?? rule.Title, Text(a, language, rule.Id, suggestionKey, values));
        }

        /// <summary>
        /// A date to propose in a suggestion: two working days after the send date in the seller's calendar, with the
        /// seller's zone ("Fri 4 Dec 2026 (UTC+8)"), in <paramref name="language"/>; null when the check has no send time,
        /// since a fixed example date reads as a real proposal.
        /// </summary>
        public static string? ProposedDate(MessageAnalysis a, string language)
        {
            if (a.Context.Now is not NodaTime.Instant now)
            {
                return null;
            }

            var zone = a.Context.TimeZone ?? Timing.SellerTime.ChinaStandardTime;
            var date = now.InZone(zone).Date;
            var calendars = a.Context.Calendars ?? Timing.WorkingCalendars.BuiltIn;
            var calendar = calendars.TryGet("CN", out var cn) && cn.Covers(date.Year) && cn.Covers(date.Year + 1) ? cn : null;
            for (var added = 0; added < 2;)
            {
                date = date.PlusDays(1);
                if (calendar is null ? date.DayOfWeek < NodaTime.IsoDayOfWeek.Saturday : calendar.IsWorkingDay(date))
                {
                    added++;
                }
            }

            var label = zone == Timing.SellerTime.ChinaStandardTime ? "UTC+8" : zone.Id;
            return $"{Timing.DateNames.Format(date, language)} ({label})";
        }

        /// <summary>The full name of a weekday in <paramref name="language"/> (the longest name its pack gives), English when it gives none.</summary>
        public static string WeekdayName(MessageAnalysis a, string language, NodaTime.IsoDayOfWeek day)
        {
            var pack = a.Packs.GetOrNull(language);
            var names = pack != null && pack.Dates.HasNames ? pack.Dates.Weekdays[(int)day - 1] : LanguagePacks.BuiltIn["en"].Dates.Weekdays[(int)day - 1];
            var longest = names[0];
            foreach (var n in names)
            {
                longest = n.Length > longest.Length ? n : longest;
            }

            return longest;
        }

        private static string? Find(LanguagePack? pack, string rule, string key) =>
            pack != null && pack.Messages.TryGetValue(rule, out var wording) && wording.Texts.TryGetValue(key, out var text) ? text : null;
    }
}
