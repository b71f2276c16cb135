using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>Finds dates and clock times in the token stream. Hand-written: no regular expression, linear in the text.</summary>
    internal sealed class TimeExpressionScanner
    {
        private TermSet WeekdayPrefixes { get; }

        private TermSet DaySuffixes { get; }

        private WordList LocalTimeLeads { get; }

        private WordList ServiceNameWords { get; }

        private WordList Carriers { get; }

        public TimeExpressionScanner(Vocabulary v)
        {
            ServiceNameWords = v.Words("dates.service-name-words");
            Carriers = v.Words("steps.carriers");
            WeekdayPrefixes = v.Terms("dates.weekday-prefixes");
            DaySuffixes = v.Terms("dates.day-suffixes");
            LocalTimeLeads = v.Words("dates.local-time-leads");
            ZoneTimeWords = v.Words("dates.zone-time-words");
            ZoneOf = v.Words("dates.zone-of");
            ChineseWeekdays = v.Terms("dates.weekday-numerals");
            ZoneWords = v.Words("dates.zone-words");
            OrdinalSuffixes = v.Entries("dates.ordinal-suffixes");
            _suffixEndsInDigit = Array.Exists(OrdinalSuffixes, s => s.Length > 0 && s[s.Length - 1] >= '0' && s[s.Length - 1] <= '9');
            Months = v.Months;
            Weekdays = v.Weekdays;
            Connectors = v.Words("dates.connectors");
            HourWords = v.Words("dates.hour-words");
            HourMarks = v.Words("dates.hour-marks");
            HourLeads = v.Words("dates.hour-leads");
            MonthNames = v.Hot(v.ListOf(Months.Keys.Concat(Months.Keys.Select(m => m + "."))));
        }

        // "time", "Zeit", "heure", "hora": the word a zone is named with ("Beijing time", "heure de Paris").
        private WordList ZoneTimeWords { get; }

        // "de", "d'": what joins the time word to the place after it ("heure de Paris", "hora de Madrid").
        private WordList ZoneOf { get; }

        // "14 Uhr": a word that makes a number an hour of the clock, always.
        private WordList HourWords { get; }

        // "9 h", "9h", "14h30": a mark that makes a number an hour of the clock with minutes after it or a lead before it
        // ("à 9h", "entre 9h et 12h"); alone it also writes a duration ("livraison sous 48h").
        private WordList HourMarks { get; }

        private WordList HourLeads { get; }

        // The month names as written, with or without a final dot ("Dez."): the words a date can start with besides a number.
        // Every month name, and each with a dot after it: a word Strip reads as a month is in it, so most words are told
        // they name none by a bit (it is hot) before the name is cut and looked up.
        private WordList MonthNames { get; }

        // Month and weekday names come from the packs: the same names DateNames writes dates with.
        private IReadOnlyDictionary<string, int> Months { get; }

        private IReadOnlyDictionary<string, IsoDayOfWeek> Weekdays { get; }

        // Words between a date's parts: "4 de diciembre de 2026".
        private WordList Connectors { get; }

        private TermSet ChineseWeekdays { get; }

        private WordList ZoneWords { get; }

        /// <summary>The dates and times among <paramref name="tokens"/>, in text order, read in the <paramref name="sentences"/> that may hold one.</summary>
        public List<TimeExpression> Scan(TokenList tokens, List<Sentence> sentences) => Scan(tokens, sentences, null, null);

        /// <summary>
        /// As <see cref="Scan(TokenList, List{Sentence})"/>, for a reading that copied lines from <paramref name="lender"/>
        /// (<paramref name="lent"/>: the lines' tokens here and their numbers there): a copied line whose dates and times the
        /// lender kept (<see cref="LineShare.KeepTimes"/>) and which holds no quoted word here is not read again — its
        /// expressions are the lender's, moved to where the line stands.
        /// </summary>
        public List<TimeExpression> Scan(TokenList tokens, List<Sentence> sentences, LineShare? lender, List<(int First, int End, int Line)>? lent)
        {
            var found = new List<TimeExpression>();
            var i = 0;
            var (nextLent, takenLent, lentTimes) = (0, -1, false);
            foreach (var sentence in sentences)
            {
                // A sentence on a line copied with its dates and times: the line's are taken once, at its first sentence
                // (a sentence ends at a line break, so the line's sentences are all on it).
                if (lent != null)
                {
                    while (nextLent < lent.Count && lent[nextLent].End <= sentence.First)
                    {
                        nextLent++;
                    }

                    if (nextLent < lent.Count && sentence.First >= lent[nextLent].First)
                    {
                        if (takenLent != nextLent)
                        {
                            takenLent = nextLent;
                            var (first, end, line) = lent[nextLent];
                            lentTimes = lender!.TimesOf(line, this, out var times, out var from, out var count) && !HoldsQuoted(tokens, first, end);
                            for (var k = from; lentTimes && k < from + count; k++)
                            {
                                found.Add(times[k].MovedBy(first - lender.LineFirst(line), tokens[first].Start - lender.LineStart(line)));
                            }
                        }

                        if (lentTimes)
                        {
                            i = Math.Max(i, lent[nextLent].End);
                            continue;
                        }
                    }
                }

                // Every date and time starts with a number or a month's name: a sentence with neither is passed by whole
                // (what starts in one may run on past its end, and the next sentence is read from there).
                if ((sentence.Holds & SentenceHolds.Number) == 0 && !sentence.MayHold(MonthNames))
                {
                    continue;
                }

                for (i = Math.Max(i, sentence.First); i < sentence.End; i++)
                {
                    ref readonly var token = ref tokens[i];
                    if (token.IsQuoted || token.Kind == TokenKind.Link || !(token.IsDigitStart || MonthNames.Contains(token)))
                    {
                        continue;
                    }

                    var e = TryDate(tokens, i) ?? TryChineseDate(tokens, i) ?? TryTime(tokens, i);
                    if (e is null)
                    {
                        continue;
                    }

                    if (e.Kind == TimeExpressionKind.ClockTime && IsServiceName(tokens, e.FirstToken))
                    {
                        i = e.EndToken - 1; // "DHL Express 12:00", "UPS Worldwide Express 9:00": a carrier's product, not a time
                        continue;
                    }

                    if (e.Kind == TimeExpressionKind.Date)
                    {
                        AttachWeekday(tokens, e);
                    }

                    found.Add(e);
                    i = e.EndToken - 1;
                }
            }

            foreach (var e in found)
            {
                if (e.Kind == TimeExpressionKind.ClockTime && !e.Lent)
                {
                    e.HasZone = HasZoneNear(tokens, e);
                }
            }

            return found;
        }

        /// <summary>
        /// Whether the scanner reads the dates and times of the line of <paramref name="tokens"/> from
        /// <paramref name="first"/> to <paramref name="end"/> from the line's own tokens, so that another reading holding
        /// the same line finds the same ones on it: none of its words is quoted (whether one is depends on the message
        /// around it), and none of its first four tokens can start a date or a time — the scanner looks back up to four
        /// tokens from one (a carrier before a service's name, a zone or a weekday before a time or a date), which past a
        /// line's start would read the line before. Forward, it stops at the line break ending the line.
        /// </summary>
        public bool ReadsLineAlone(TokenList tokens, int first, int end)
        {
            if (HoldsQuoted(tokens, first, end))
            {
                return false;
            }

            for (var k = first; k < end && k < first + 4; k++)
            {
                ref readonly var token = ref tokens[k];
                if (token.IsDigitStart || MonthNames.Contains(token))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HoldsQuoted(TokenList tokens, int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (tokens[k].IsQuoted)
                {
                    return true;
                }
            }

            return false;
        }

        // The tests of a word's shape ask the token first (a digit first, a length), and its text last: following a token to
        // its word's text is a load that often misses the cache, and most numbers in a message are no date or time.
        private TimeExpression? TryDate(TokenList t, int i)
        {
            ref readonly var a = ref t[i];
            if (a.Kind != TokenKind.Word)
            {
                return null;
            }

            // 27 Nov 2026 · 27 November · 27th November 2026 · 4. Dez. 2026 · 4 de diciembre de 2026 (a day is at most four
            // digits' worth of number with a two-letter suffix)
            var mi = Between(t, i + 1);
            if (a.IsDigitStart && a.Length <= 6 && mi < t.Count && MonthNames.Contains(t[mi]) && Day(a.Lower) is int d1 && Months.TryGetValue(Strip(t[mi].Lower), out var m1))
            {
                var e = new TimeExpression(TimeExpressionKind.Date, i, mi + 1) { Day = d1, Month = m1 };
                var yi = Between(t, mi + 1);
                if (yi < t.Count && Year(t[yi].Lower) is int y)
                {
                    e.Year = y;
                    e.EndToken = yi + 1;
                }

                return e;
            }

            // Nov 27, 2026 · November 27 2026 · Nov 27
            // ("may" is a month only when capitalised: "you may 3…" is not a date.)
            if (MonthNames.Contains(a) && Months.TryGetValue(Strip(a.Lower), out var m2) && (!a.Is("may") || a.IsCapitalized)
                && i + 1 < t.Count && Day(t[i + 1].Lower) is int d2)
            {
                var e = new TimeExpression(TimeExpressionKind.Date, i, i + 2) { Day = d2, Month = m2 };
                var k = i + 2;
                if (k < t.Count && t[k].Is(","))
                {
                    k++;
                }

                if (k < t.Count && Year(t[k].Lower) is int y)
                {
                    e.Year = y;
                    e.EndToken = k + 1;
                }

                return e;
            }

            // 2026-11-27
            if (a.Length == 4 && i + 4 < t.Count && t[i + 1].Is("-") && t[i + 3].Is("-") && Year(a.Lower) is int iy
                && Number(t[i + 2].Lower, 1, 12) is int im && Number(t[i + 4].Lower, 1, 31) is int id)
            {
                return new TimeExpression(TimeExpressionKind.Date, i, i + 5) { Year = iy, Month = im, Day = id };
            }

            // 27.11.2026 (one token: the tokenizer keeps dotted numbers together): from "1.1.2026" to four digits each side
            // of the year's ("0027.0011.2026")
            if (!a.IsDigitStart || a.Length < 8 || a.Length > 14)
            {
                return null;
            }

            var dot = a.Lower.IndexOf('.');
            var parts = dot > 0 && a.Lower.IndexOf('.', dot + 1) > dot ? a.Lower.Split('.') : null; // most tokens have no dot: nothing to split
            if (parts != null && parts.Length == 3 && Number(parts[0], 1, 31) is int dd && Number(parts[1], 1, 12) is int dm && Year(parts[2]) is int dy)
            {
                return new TimeExpression(TimeExpressionKind.Date, i, i + 1) { Day = dd, Month = dm, Year = dy };
            }

            return null;
        }

        // 2026年11月25日 · 11月25日
        private TimeExpression? TryChineseDate(TokenList t, int i)
        {
            var first = i;
            int? year = null;
            if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Cjk && t[i + 1].Is("年") && Year(t[i].Lower) is int y)
            {
                year = y;
                i += 2;
            }

            if (i + 3 < t.Count && t[i + 1].Kind == TokenKind.Cjk && t[i + 1].Is("月") && t[i + 3].Kind == TokenKind.Cjk
                && Number(t[i].Lower, 1, 12) is int m && Number(t[i + 2].Lower, 1, 31) is int d && DaySuffixes.AnyStarts(t[i + 3].Lower))
            {
                return new TimeExpression(TimeExpressionKind.Date, first, i + 4) { Year = year, Month = m, Day = d, VisibleEnd = t[i + 3].Start + 1 };
            }

            return null;
        }

        private TimeExpression? TryTime(TokenList t, int i)
        {
            ref readonly var a = ref t[i];
            if (a.Kind != TokenKind.Word || !a.IsDigitStart)
            {
                return null;
            }

            // 16:00 · 5:30 pm · 5:30 p.m.
            if (i + 2 < t.Count && t[i + 1].Is(":") && t[i + 1].Start == a.End && t[i + 2].Start == t[i + 1].End && Number(a.Lower, 0, 24) is int _
                && t[i + 2].Lower.Length >= 2 && IsMinutes(t[i + 2].Lower, 0)
                && (t[i + 2].Lower.Length == 2 || !char.IsDigit(t[i + 2].Lower[2]))) // minutes are two digits: "1:1234567890" is a list label and a number
            {
                var end = i + 3;
                if (t[i + 2].Lower.Length == 2)
                {
                    end = AmPm(t, end);
                }

                return new TimeExpression(TimeExpressionKind.ClockTime, i, end);
            }

            // 5pm · 5 pm · 5 p.m.
            if (a.Lower.EndsWith("am", StringComparison.Ordinal) || a.Lower.EndsWith("pm", StringComparison.Ordinal))
            {
                if (Number(a.Lower.Substring(0, a.Lower.Length - 2), 1, 12) is int _)
                {
                    return new TimeExpression(TimeExpressionKind.ClockTime, i, i + 1);
                }

                return null;
            }

            if (AmPm(t, i + 1) is var amPmEnd && amPmEnd > i + 1 && Number(a.Lower, 1, 12) is int _)
            {
                return new TimeExpression(TimeExpressionKind.ClockTime, i, amPmEnd);
            }

            // 14 Uhr · 9 h 30 · à 9h · 14h30
            if (HourWithMark(t, i) is int hourEnd)
            {
                return new TimeExpression(TimeExpressionKind.ClockTime, i, hourEnd);
            }

            // 下午5点 · 17点
            if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Cjk && t[i + 1].Start == a.End && t[i + 1].First == '点' && Number(a.Lower, 0, 24) is int _)
            {
                return new TimeExpression(TimeExpressionKind.ClockTime, i, i + 2) { VisibleEnd = t[i + 1].Start + 1 };
            }

            return null;
        }

        private int? HourWithMark(TokenList t, int i)
        {
            var lower = t[i].Lower;
            var digits = 0;
            var hour = 0;
            while (digits < lower.Length && digits < 3 && lower[digits] >= '0' && lower[digits] <= '9')
            {
                hour = hour * 10 + (lower[digits++] - '0');
            }

            if (digits is 0 or 3 || hour > 23)
            {
                return null; // no hour: most numbers, and no string made to find out
            }

            var led = i > 0 && HourLeads.Contains(t[i - 1]);
            if (digits < lower.Length)
            {
                // "9h", "14h30": the mark glued to the hour, two digits of minutes glued after it.
                foreach (var mark in HourMarks)
                {
                    if (string.CompareOrdinal(lower, digits, mark, 0, mark.Length) == 0 && lower.Length - digits - mark.Length is var rest
                        && ((rest == 2 && IsMinutes(lower, digits + mark.Length)) || (rest == 0 && led)))
                    {
                        return i + 1;
                    }
                }

                return null;
            }

            if (i + 1 >= t.Count || t[i + 1].Kind != TokenKind.Word)
            {
                return null;
            }

            var minutes = i + 2 < t.Count && t[i + 2].Lower.Length == 2 && IsMinutes(t[i + 2].Lower, 0);
            if (HourWords.Contains(t[i + 1]) || (HourMarks.Contains(t[i + 1]) && (minutes || led)))
            {
                return minutes ? i + 3 : i + 2;
            }

            return null;
        }

        // Two digits of minutes at [at, at + 2): "30", "05".
        private static bool IsMinutes(string s, int at) =>
            s[at] >= '0' && s[at] <= '5' && s[at + 1] >= '0' && s[at + 1] <= '9';

        private int AmPm(TokenList t, int k)
        {
            if (k < t.Count && (t[k].Is("am") || t[k].Is("pm")))
            {
                return k + 1;
            }

            // "p.m." is p . m .
            if (k + 2 < t.Count && (t[k].Is("a") || t[k].Is("p")) && t[k + 1].Is(".") && t[k + 2].Is("m"))
            {
                return k + 3 < t.Count && t[k + 3].Is(".") ? k + 4 : k + 3;
            }

            return k;
        }

        /// <summary>Whether the time at token <paramref name="k"/> ends a carrier's service name: a service word right before it and a carrier within three words.</summary>
        private bool IsServiceName(TokenList t, int k)
        {
            if (k == 0 || !ServiceNameWords.Contains(t[k - 1]))
            {
                return false;
            }

            for (var j = k - 2; j >= 0 && j >= k - 4; j--)
            {
                if (Carriers.Contains(t[j]))
                {
                    return true;
                }
            }

            return false;
        }

        private void AttachWeekday(TokenList t, TimeExpression e)
        {
            var k = e.FirstToken - 1;
            if (k >= 0 && t[k].Is(","))
            {
                k--;
            }

            if (k >= 1 && t[k].Is(".") && t[k - 1].Kind == TokenKind.Word)
            {
                k--; // "Fr., 4. Dez. 2026": an abbreviated weekday keeps its dot
            }

            if (k >= 0 && t[k].Kind == TokenKind.Word && Weekdays.TryGetValue(Strip(t[k].Lower), out var weekday))
            {
                e.Weekday = weekday;
                e.FirstToken = k;
                return;
            }

            // 11月27日（周五）· 星期五
            var n = e.EndToken;
            if (n < t.Count && t[n].Kind == TokenKind.Punct && (t[n].Is("（") || t[n].Is("(")))
            {
                n++;
            }

            if (n < t.Count && t[n].Kind == TokenKind.Cjk)
            {
                var text = t[n].Lower;
                foreach (var prefix in WeekdayPrefixes)
                {
                    if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
                    {
                        var index = ChineseWeekdays.IndexOf(text.Substring(prefix.Length, 1));
                        if (index < 0 && text.Substring(prefix.Length, 1) == "天")
                        {
                            index = 6;
                        }

                        if (index >= 0)
                        {
                            e.Weekday = (IsoDayOfWeek)(index + 1);
                            e.EndToken = n + 1;
                            e.VisibleEnd = t[n].Start + prefix.Length + 1;
                            if (n + 1 < t.Count && (t[n + 1].Is("）") || t[n + 1].Is(")")))
                            {
                                e.EndToken = n + 2;
                                e.VisibleEnd = t[n + 1].End;
                            }
                        }
                    }
                }
            }
        }

        private bool HasZoneNear(TokenList t, TimeExpression e)
        {
            // After the time, within its clause: "16:00 CET", "23:59 on 25 Nov 2026 (UTC+8)", "5 pm Beijing time".
            for (var k = e.EndToken; k < Math.Min(t.Count, e.EndToken + 9); k++)
            {
                var w = t[k].Lower;
                if (t[k].Kind == TokenKind.Punct && (w == "." || w == ";" || w == "!" || w == "?" || w == "\n" || w == "。"))
                {
                    break;
                }

                if (IsZone(t, k))
                {
                    return true;
                }
            }

            // Before it: "Beijing time 17:00", "北京时间下午5点".
            for (var k = Math.Max(0, e.FirstToken - 3); k < e.FirstToken; k++)
            {
                if (IsZone(t, k))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsZone(TokenList t, int k)
        {
            var w = t[k].Lower;
            if (t[k].Kind == TokenKind.Word)
            {
                if (ZoneWords.Contains(w) || w.StartsWith("utc", StringComparison.Ordinal) || w.StartsWith("gmt", StringComparison.Ordinal))
                {
                    return t[k].IsAllCaps || w.StartsWith("utc", StringComparison.Ordinal) || w.StartsWith("gmt", StringComparison.Ordinal);
                }

                // "Beijing time", "China time", "your time", "your local time", "Berlin time", "deutscher Zeit"; the place
                // or "local" may follow instead: "heure de Paris", "hora local".
                if (ZoneTimeWords.Contains(t[k]))
                {
                    return (k > 0 && (LocalTimeLeads.Contains(t[k - 1]) || t[k - 1].IsCapitalized))
                        || (k + 1 < t.Count && LocalTimeLeads.Contains(t[k + 1]))
                        || (k + 2 < t.Count && ZoneOf.Contains(t[k + 1]) && t[k + 2].IsCapitalized);
                }

                return false;
            }

            return t[k].Kind == TokenKind.Cjk && (w.IndexOf("北京时间", StringComparison.Ordinal) >= 0 || w.IndexOf("当地时间", StringComparison.Ordinal) >= 0);
        }

        /// <summary>The token at or after <paramref name="k"/> past a dot ("4. Dez.") and connectors ("de"), where a date's next part stands.</summary>
        private int Between(TokenList t, int k)
        {
            if (k < t.Count && t[k].Is(".") && k > 0 && t[k - 1].End == t[k].Start)
            {
                k++;
            }

            while (k < t.Count && t[k].Kind == TokenKind.Word && Connectors.Contains(t[k]))
            {
                k++;
            }

            return k;
        }

        private string Strip(string s) => s.EndsWith(".", StringComparison.Ordinal) ? s.Substring(0, s.Length - 1) : s;

        private string[] OrdinalSuffixes { get; }

        // Whether an ordinal suffix ends in a digit, as none of the packs' do: then a number ending in a digit has none.
        private readonly bool _suffixEndsInDigit;

        private int? Day(string s)
        {
            if (s.Length == 0 || s[0] < '0' || s[0] > '9')
            {
                return null;
            }

            if (!_suffixEndsInDigit && s[s.Length - 1] >= '0' && s[s.Length - 1] <= '9')
            {
                return Number(s, 1, 31); // "27": most days are written without a suffix
            }

            foreach (var suffix in OrdinalSuffixes)
            {
                if (s.Length > 2 && s.EndsWith(suffix, StringComparison.Ordinal))
                {
                    s = s.Substring(0, s.Length - 2);
                    break;
                }
            }

            return Number(s, 1, 31);
        }

        private int? Year(string s) => s.Length == 4 ? Number(s, 1900, 2200) : null;

        private int? Number(string s, int min, int max)
        {
            if (s.Length == 0 || s.Length > 4)
            {
                return null;
            }

            var n = 0;
            foreach (var c in s)
            {
                if (c < '0' || c > '9')
                {
                    return null;
                }

                n = (n * 10) + (c - '0'); // four ASCII digits at most: what int.Parse would read, without the culture
            }

            return n >= min && n <= max ? n : null;
        }
    }
}
