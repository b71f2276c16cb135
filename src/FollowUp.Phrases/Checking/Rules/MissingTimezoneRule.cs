using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>missing-timezone</c>: a clock time with no zone. "By 5 pm" is 5 pm in Shenzhen to the seller and in Hamburg to the buyer.</summary>
    internal sealed class MissingTimezoneRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingTimezone,
            Severity.Warning,
            "Clock time without a time zone",
            "The seller works in UTC+8 and the buyer in their own zone, up to 16 hours apart. A time without a zone is a " +
            "deadline both sides read differently. Write the zone ('17:00 (UTC+8)') or both clocks ('17:00 (UTC+8) / 10:00 CET').");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Chinese | TextFeatures.ClockMark);

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            foreach (var e in a.TimeExpressions)
            {
                if (e.Kind != TimeExpressionKind.ClockTime || e.HasZone || IsLogStamp(a, e))
                {
                    continue;
                }

                var (start, stop) = a.Span(e);
                var zone = Timing.SellerTime.OffsetLabel((a.Context.TimeZone ?? Timing.SellerTime.ChinaStandardTime).GetUtcOffset(a.Context.Now ?? NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)));
                if (e.EndToken < a.Tokens.Count && a.Vocabulary.Words("missing-timezone.relative-days").Contains(a.Tokens[e.EndToken]))
                {
                    stop = a.Tokens[e.EndToken].End; // "5 pm tomorrow": the day is part of the deadline
                }

                var text = a.Text.Substring(start, stop - start);
                var language = FindingWording.LanguageOf(a, start, stop);
                findings.Add(FindingWording.ReportWithReplacement(a, Rule, severity, start, stop, language, "message", "suggestion", $"{text} ({zone})", ("zone", zone)));
            }
        }

        /// <summary>
        /// "[10:32] Seller: …", "[2026-12-01 10:32] …": a time in brackets opening a line is a chat log's stamp on the line,
        /// not a time the message states.
        /// </summary>
        private static bool IsLogStamp(MessageAnalysis a, TimeExpression e)
        {
            var tokens = a.Tokens;
            var k = e.FirstToken - 1;
            while (k >= 0 && (tokens[k].IsDigitStart || (tokens[k].Kind == TokenKind.Punct && tokens[k].Lower is "-" or "/" or "." or ":")))
            {
                k--; // a date before the time: "[2026-12-01 10:32]"
            }

            var end = e.EndToken;
            return k >= 0 && tokens[k].Is("[") && (k == 0 || tokens[k - 1].Is("\n"))
                && end < tokens.Count && tokens[end].Is("]");
        }
    }
}
