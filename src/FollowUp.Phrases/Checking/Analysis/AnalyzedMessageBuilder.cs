using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>Turns the internal analysis (visible-text offsets, token indexes) into the public snapshot (input offsets).</summary>
    internal static class AnalyzedMessageBuilder
    {
        public static AnalyzedMessage Build(MessageAnalysis a)
        {
            var timing = new Dictionary<TimingPhrase, TimingSpan>();
            foreach (var t in a.Timing)
            {
                timing[t] = Span(a, t.Start, t.End, (s, l, x) => new TimingSpan { Kind = t.Kind, Start = s, Length = l, Text = x });
            }

            var words = new List<AnalyzedSpan>();
            for (var i = 0; i < a.Tokens.Count; i++)
            {
                ref readonly var t = ref a.Tokens[i];
                if ((t.Kind == TokenKind.Word || t.Kind == TokenKind.Cjk) && !t.IsQuoted)
                {
                    words.Add(Span(a, t.Start, t.End, (s, l, x) => new AnalyzedSpan { Start = s, Length = l, Text = x }));
                }
            }

            return new AnalyzedMessage
            {
                Text = a.Input,
                Words = words,
                Languages = a.LanguagesRead,
                Regions = a.Regions.Select(r => Span(a, r.Start, r.End, (s, l, x) => new RegionSpan { Kind = r.Kind, Start = s, Length = l, Text = x })).ToArray(),
                Timing = a.Timing.Select(t => timing[t]).ToArray(),
                NextSteps = a.NextSteps.Select(n => Span(a, n.Start, n.End, (s, l, x) => new NextStepSpan
                {
                    Kind = n.Kind,
                    Actor = n.Actor,
                    Trigger = n.Trigger is { } trigger ? timing[trigger] : null,
                    Start = s,
                    Length = l,
                    Text = x,
                })).ToArray(),
                Commitments = a.Commitments.Select(c => Span(a, c.Start, c.End, (s, l, x) => new CommitmentSpan
                {
                    Actor = c.Actor,
                    SellerControls = c.SellerControls,
                    IsCertain = c.IsCertain,
                    Outcome = c.Outcome,
                    Start = s,
                    Length = l,
                    Text = x,
                })).ToArray(),
                Links = a.Links.Select(k => Span(a, k.VisibleStart, k.VisibleEnd, (s, l, x) => new LinkSpan { Url = k.Url, Role = k.Role, IsWorking = k.IsWorking, Start = s, Length = l, Text = x })).ToArray(),
                Placeholders = a.Placeholders.Select(p => Span(a, p.Start, p.End, (s, l, x) => new AnalyzedSpan { Start = s, Length = l, Text = x })).ToArray(),
                Problems = a.Problems.Select(p => Span(a, p.Start, p.End, (s, l, x) => new AnalyzedSpan { Start = s, Length = l, Text = x })).ToArray(),
                Purpose = a.PurposeClassification,
            };
        }

        private static T Span<T>(MessageAnalysis a, int start, int end, System.Func<int, int, string, T> create)
        {
            var (s, length) = a.Visible.ToSource(start, end);
            return create(s, length, a.Input.Substring(s, length));
        }
    }
}
