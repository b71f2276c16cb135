using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary><c>shouting</c>: sentences in capitals, runs of exclamation marks and "URGENT" used to pressure the buyer.</summary>
    internal sealed class ShoutingRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.Shouting,
            Severity.Warning,
            "Shouting",
            "Capitals, '!!!' and 'URGENT' read as pressure or panic; buyers report such messages as spam and platforms " +
            "treat pressure as a policy breach. Say what is needed and by when, in a normal voice.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Exclamations | TextFeatures.CapitalWords);

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var tokens = a.Tokens;

            // Acronyms sellers write in capitals for good reason (DHL, FOB, MOQ) are no shouting. Looked up once per message.
            var acronyms = a.Vocabulary.Words("shouting.acronyms");
            var pressureWords = a.Vocabulary.Words("shouting.pressure-words");
            foreach (var sentence in a.Sentences)
            {
                if ((sentence.Holds & SentenceHolds.AllCaps) == 0)
                {
                    continue; // no word in capitals: nothing shouts
                }

                int caps = 0, words = 0, first = -1, last = -1;
                var anyInCapitals = false; // acronyms too: a pressure word may be one
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    ref readonly var t = ref tokens[i];
                    if (t.Kind == TokenKind.Word && !t.IsQuoted && !t.IsDigitStart)
                    {
                        words++;
                        anyInCapitals |= t.IsAllCaps;
                        if (t.IsAllCaps && !acronyms.Contains(t))
                        {
                            caps++;
                            first = first < 0 ? i : first;
                            last = i;
                        }
                    }
                }

                if (caps >= 3 && caps * 10 >= words * 7)
                {
                    var (start, end) = a.Span(first, last + 1);
                    findings.Add(a.Report(Rule, severity, start, end,
                        "This sentence is in capitals; to a buyer that reads as shouting.", "Write it in sentence case and let the facts carry the weight."));
                    continue;
                }

                for (var i = sentence.First; anyInCapitals && caps < 3 && i < sentence.End; i++)
                {
                    ref readonly var t = ref tokens[i];
                    if (t.Kind == TokenKind.Word && t.IsAllCaps && pressureWords.Contains(t) && !t.IsQuoted)
                    {
                        findings.Add(a.Report(Rule, severity, t.Start, t.End,
                            $"'{a.Text.Substring(t.Start, t.End - t.Start)}' in capitals pressures the buyer.", "State the deadline and the reason instead: 'Please pay by 25 Nov 2026 23:59 (UTC+8) to keep the reserved stock.'"));
                    }
                }
            }

            // "!!!" and "！！！": three or more in a row, outside quotes (each mark is a token of its own). Only the tokens
            // of a run of '!' and '?' with three '!' in it are read (the normalizer made full-width marks ASCII): most
            // messages have none, and a long one is not walked token by token for them.
            var text = a.Text;
            for (var at = text.IndexOf('!'); at >= 0; at = at < text.Length ? text.IndexOf('!', at) : -1)
            {
                var end = at;
                var marks = 0;
                for (; end < text.Length && (text[end] == '!' || text[end] == '?'); end++)
                {
                    marks += text[end] == '!' ? 1 : 0;
                }

                if (marks >= 3)
                {
                    ReportRuns(a, severity, findings, a.TokenAtOrAfter(at), end);
                }

                at = end;
            }
        }

        // The runs of three '!' or more among the tokens from first that start before end.
        private static void ReportRuns(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings, int first, int end)
        {
            var tokens = a.Tokens;
            for (var i = first; i < tokens.Count && tokens[i].Start < end; i++)
            {
                if (!IsMark(tokens[i], '!') || tokens[i].IsQuoted)
                {
                    continue;
                }

                var j = i + 1;
                var bangs = 1;
                while (j < tokens.Count && tokens[j].Start == tokens[j - 1].End && (IsMark(tokens[j], '!') || IsMark(tokens[j], '?')))
                {
                    bangs += IsMark(tokens[j], '!') ? 1 : 0;
                    j++;
                }

                if (bangs >= 3)
                {
                    findings.Add(a.Report(Rule, severity, tokens[i].Start, tokens[j - 1].End, "A run of exclamation marks reads as shouting or panic.", "One exclamation mark at most, or none."));
                }

                i = j - 1;
            }
        }

        // Full-width "！" is already "!" here: the visible text is normalised before it is tokenised.
        private static bool IsMark(Token t, char mark) => t.Kind == TokenKind.Punct && t.Mark == mark;
    }
}
