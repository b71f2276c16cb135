using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>overpromise</c>: certainty about an outcome the seller does not control (carrier delivery, customs, damage in
    /// transit) or an absolute claim ("zero risk", "will never overheat"). Remedies the seller controls ("we guarantee a
    /// full refund"), product facts ("100% cotton") and guarantees a named service carries ("UPS on-time guarantee") pass.
    /// </summary>
    internal sealed class OverpromiseRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.Overpromise,
            Severity.Error,
            "Certainty about what the seller does not control",
            "Carriers, customs and weather decide when a parcel arrives and what duty is charged. A promise you cannot keep " +
            "becomes an 'item not as described' or 'not received' case you lose. Promise what you control — the dispatch " +
            "date, the refund or reshipment if something goes wrong — and quote the carrier's estimate as an estimate.");

        private static readonly PhraseSet Markers = new PhraseSet(
            "guarantee", "guarantees", "guaranteed", "guaranteeing", "promise", "promises", "definitely", "certainly",
            "surely", "absolutely", "undoubtedly", "for sure", "without fail", "no doubt", "rest assured", "assure you",
            "100 %", "100 percent", "one hundred percent", "sure to", "certain to", "bound to");

        private static readonly PhraseSet Absolutes = new PhraseSet(
            "zero risk", "no risk", "risk-free", "risk free", "nothing can go wrong", "nothing will go wrong");

        // What the seller cannot make certain.
        private static readonly HashSet<string> Outcomes = Lexicon.Words(
            "arrive", "arrives", "arriving", "arrival", "deliver", "delivers", "delivered", "delivery", "reach", "reaches",
            "receive", "receives", "customs", "clearance", "cleared", "tax", "taxes", "duty", "duties", "vat",
            "charge", "charged", "charges", "lost", "lose", "damage", "damaged", "break", "breaks", "broken", "fail",
            "fails", "problem", "problems", "issue", "issues", "trouble", "safe", "safely", "overheat", "overheats",
            "leak", "leaks", "christmas", "risk", "perfectly", "flawlessly", "forever");

        // "no problem" is an absolute claim; "fix the problem" is the seller's own work.
        private static readonly HashSet<string> ProblemWords = Lexicon.Words("problem", "problems", "issue", "issues", "trouble");

        // Harm a product is claimed never to do: "this charger never overheats".
        private static readonly HashSet<string> Harms = Lexicon.Words(
            "overheat", "overheats", "break", "breaks", "fail", "fails", "leak", "leaks", "rust", "rusts", "fade", "fades",
            "charge", "charges", "tear", "tears", "crack", "cracks", "shrink", "shrinks", "arrive", "arrives", "get");

        private static readonly HashSet<string> GetObjects = Lexicon.Words("it", "them", "the", "your", "yours", "there", "delivered");

        private static readonly HashSet<string> Remedies = Lexicon.Words(
            "refund", "refunds", "money", "money-back", "replacement", "replacements", "repair", "repairs", "return", "returns",
            "reship", "reshipment", "resend", "warranty", "compensation", "exchange", "reply", "response", "answer",
            "refunded", "replace", "repair", "reimburse", "reimbursed", "compensate");

        // A guarantee someone else carries is a noun after an article or a name: "a UPS on-time guarantee".
        private static readonly HashSet<string> NounLeads = Lexicon.Words(
            "a", "an", "the", "with", "our", "their", "its", "this", "that", "any", "no", "on-time", "delivery",
            "money-back", "satisfaction", "service", "price", "quality", "my");

        private static readonly HashSet<string> Negations = Lexicon.Words(
            "not", "cannot", "can't", "don't", "won't", "couldn't", "never", "no");

        private static readonly HashSet<string> Modals = Lexicon.Words("will", "would", "can", "shall", "could", "won't");

        private static readonly HashSet<string> SellerSubjects = Lexicon.Words("we", "i", "us");

        private static readonly HashSet<string> ProductFacts = Lexicon.Words("cotton", "new", "original", "genuine", "authentic", "natural", "silk", "wool", "polyester", "leather", "linen", "pure", "organic", "recycled", "handmade");

        private static readonly string[] ChineseMarkers = { "保证", "一定", "肯定", "绝对", "百分之百", "百分百", "绝不" };

        private static readonly string[] ChineseOutcomes = { "送达", "到达", "到货", "收到", "清关", "海关", "关税", "税", "没问题", "没有问题", "不会坏", "不会丢", "安全", "准时", "圣诞" };

        private static readonly string[] ChineseAbsolutes = { "零风险", "无风险", "绝无风险" };

        private static readonly string[] ChineseRemedies = { "退款", "退货", "补发", "换货", "保修", "质保", "退还" };

        /// <summary>Every marker the rule looks for, for baselines and documentation.</summary>
        internal static IEnumerable<string> Terms =>
            Markers.All.Concat(Absolutes.All).Select(p => string.Join(" ", p)).Concat(new[] { "never" }).Concat(ChineseMarkers).Concat(ChineseAbsolutes);

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            CheckPromisedDelivery(a, severity, findings);

            foreach (var sentence in a.Sentences)
            {
                for (var c = 0; c < sentence.Clauses.Count; c++)
                {
                    var clause = sentence.Clauses[c];

                    // "Rest assured, customs won't charge you": a marker standing alone as its own clause governs the next.
                    if (c + 1 < sentence.Clauses.Count && IsBareMarker(a, clause))
                    {
                        clause = new Clause(clause.First, sentence.Clauses[c + 1].End);
                        c++;
                    }

                    var start = FindEnglish(a, clause);
                    if (start < 0)
                    {
                        start = FindChinese(a, clause);
                    }

                    if (start >= 0)
                    {
                        var end = LastContentEnd(a, clause);
                        if (end > start)
                        {
                            var text = a.Text.Substring(start, end - start);
                            findings.Add(a.Report(
                                Rule,
                                severity,
                                start,
                                end,
                                $"'{text}' promises an outcome the seller does not control; when the carrier or customs decide otherwise, the buyer holds you to it.",
                                "Promise what you control and give the carrier's estimate as an estimate: 'We will ship by 4 Dec 2026; DHL estimates 3–5 working days. If it is late, we will resend or refund it.'"));
                        }
                    }
                }
            }
        }

        private static readonly HashSet<string> ArrivalWords = Lexicon.Words(
            "arrive", "arrives", "arrival", "deliver", "delivered", "delivery", "reach", "reaches", "receive", "receives", "get");

        private static readonly string[] ChineseArrival = { "送达", "到达", "收到", "到货" };

        /// <summary>A delivery date earlier than the earliest day the carrier's window allows is a promise the carrier will break.</summary>
        private static void CheckPromisedDelivery(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (a.Context.Order is not Lifecycle.OrderSnapshot order
                || Lifecycle.OrderFacts.EstimatedDelivery(order, a.Context.Calendars ?? Timing.WorkingCalendars.BuiltIn) is not Timing.DateRange window)
            {
                return;
            }

            foreach (var e in a.TimeExpressions)
            {
                if (e.Kind != TimeExpressionKind.Date)
                {
                    continue;
                }

                var clause = a.ClauseOf(e.FirstToken);
                var aboutArrival = a.AnyWord(clause.First, clause.End, ArrivalWords) || a.ChineseContains(clause.First, clause.End, ChineseArrival);
                var year = e.Year ?? window.Earliest.Year;
                if (!aboutArrival || e.DateIn(year) is not NodaTime.LocalDate date || date >= window.Earliest || !DateRules.IsCommitment(a, e))
                {
                    continue;
                }

                findings.Add(a.Report(
                    Rule,
                    severity,
                    e,
                    text => $"'{text}' is earlier than the carrier's window allows: dispatched {Timing.SellerTime.Default.Format(order.DispatchedAt!.Value)}, {order.Carrier ?? "the carrier"} estimates {window.Format("en")}.",
                    $"Quote the carrier's window instead: 'estimated delivery {window.Format("en")}'."));
            }
        }

        /// <summary>The visible start of the overpromise in the clause, or -1.</summary>
        private static int FindEnglish(MessageAnalysis a, Clause clause)
        {
            var tokens = a.Tokens;
            for (var i = clause.First; i < clause.End; i++)
            {
                if (Absolutes.Match(a, i, clause.End) > 0)
                {
                    return tokens[i].Start;
                }

                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.IsQuoted)
                {
                    continue;
                }

                if (t.Lower == "never" || t.Lower == "won't" || (t.Lower == "not" && i > clause.First && a.Tokens[i - 1].Lower == "will"))
                {
                    var start = NeverClaim(a, clause, i);
                    if (start >= 0)
                    {
                        return start;
                    }

                    continue;
                }

                var marker = Markers.Find(a, i, clause.End);
                if (marker != null && IsCertainty(a, clause, i, marker))
                {
                    var outcome = FirstOutcome(a, clause);
                    if (outcome >= 0)
                    {
                        return Math.Min(tokens[i].Start, tokens[outcome].Start);
                    }
                }
            }

            return -1;
        }

        private static bool IsBareMarker(MessageAnalysis a, Clause clause)
        {
            var words = 0;
            var marker = false;
            for (var i = clause.First; i < clause.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind == TokenKind.Punct)
                {
                    continue;
                }

                words++;
                marker |= Markers.Match(a, i, clause.End) > 0;
            }

            return marker && words <= 3;
        }

        private static bool IsCertainty(MessageAnalysis a, Clause clause, int i, string[] marker)
        {
            var tokens = a.Tokens;
            var prev = i > clause.First ? tokens[i - 1].Lower : "";
            var prev2 = i - 1 > clause.First ? tokens[i - 2].Lower : "";
            if (Negations.Contains(prev) || Negations.Contains(prev2))
            {
                return false; // "we cannot guarantee…" is honest hedging.
            }

            // "we guarantee a full refund if …", "we will 100% refund you": certainty about a remedy the seller controls.
            for (var k = i + marker.Length; k < Math.Min(clause.End, i + marker.Length + 6); k++)
            {
                if (Remedies.Contains(tokens[k].Lower))
                {
                    return false;
                }
            }

            var head = marker[0];
            if (marker.Length == 2 && marker[1] == "to")
            {
                // "is sure to arrive" predicts; "make sure to reply" and "be sure to include" ask.
                return prev == "is" || prev == "are" || prev == "it's" || prev == "be" && prev2 == "will";
            }

            if (head == "100" || head == "one")
            {
                var after = i + marker.Length < clause.End ? tokens[i + marker.Length] : null;
                return after != null && !ProductFacts.Contains(after.Lower);
            }

            if (head == "guarantee" || head == "promise" || head == "guarantees" || head == "promises")
            {
                var lead = i > clause.First ? tokens[i - 1] : null;
                if (lead != null && (NounLeads.Contains(lead.Lower) || lead.IsName || (lead.IsAllCaps && lead.Lower != "we")))
                {
                    return false;
                }
            }

            return true;
        }

        private static int FirstOutcome(MessageAnalysis a, Clause clause)
        {
            for (var k = clause.First; k < clause.End; k++)
            {
                var t = a.Tokens[k];
                // "you will get it before Friday": receiving, in plain words.
                if (t.Kind == TokenKind.Word && !t.IsQuoted && t.Lower == "get" && k + 1 < clause.End && GetObjects.Contains(a.Tokens[k + 1].Lower))
                {
                    return k;
                }

                if (t.Kind == TokenKind.Word && !t.IsQuoted && Outcomes.Contains(t.Lower))
                {
                    if (ProblemWords.Contains(t.Lower) && !(k > clause.First && (a.Tokens[k - 1].Lower == "no" || a.Tokens[k - 1].Lower == "without")))
                    {
                        continue;
                    }

                    return k;
                }
            }

            return -1;
        }

        private static int NeverClaim(MessageAnalysis a, Clause clause, int i)
        {
            var tokens = a.Tokens;
            var prev = i > clause.First ? tokens[i - 1] : null;
            var next = i + 1 < clause.End ? tokens[i + 1] : null;
            var never = tokens[i].Lower == "never";
            var modal = never && prev != null && (Modals.Contains(prev.Lower) || Lexicon.IsContractedWill(prev.Lower));

            // "won't charge", "will not break": a flat denial of harm; "won't arrive before Christmas" is honest, not a claim.
            var harm = next != null && Harms.Contains(next.Lower) && (never || (next.Lower != "arrive" && next.Lower != "arrives" && next.Lower != "get"));
            if (!modal && !harm)
            {
                return -1;
            }

            // "we will never share your data", "we won't charge you twice": the seller's own conduct, which it controls.
            var auxiliary = modal || tokens[i].Lower == "not";
            var subject = auxiliary ? i - 2 : i - 1;
            if (subject >= clause.First && IsSeller(tokens[subject].Lower))
            {
                return -1;
            }

            return auxiliary ? prev!.Start : tokens[i].Start;
        }

        private static bool IsSeller(string lower) =>
            SellerSubjects.Contains(lower) || lower.StartsWith("we'", StringComparison.Ordinal) || lower.StartsWith("i'", StringComparison.Ordinal);

        private static int FindChinese(MessageAnalysis a, Clause clause)
        {
            var tokens = a.Tokens;
            for (var i = clause.First; i < clause.End; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                foreach (var absolute in ChineseAbsolutes)
                {
                    var at = t.Lower.IndexOf(absolute, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return t.Start + at;
                    }
                }

                foreach (var marker in ChineseMarkers)
                {
                    var at = t.Lower.IndexOf(marker, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    var rest = t.Lower.Substring(at + marker.Length);
                    if (Array.Exists(ChineseRemedies, r => rest.StartsWith(r, StringComparison.Ordinal) || (rest.Length > 1 && rest.Substring(1).StartsWith(r, StringComparison.Ordinal))))
                    {
                        continue;
                    }

                    if (ContainsAny(rest, ChineseOutcomes) || LaterChineseOutcome(a, i + 1, clause.End))
                    {
                        return t.Start + at;
                    }
                }
            }

            return -1;
        }

        private static bool LaterChineseOutcome(MessageAnalysis a, int from, int end)
        {
            for (var k = from; k < end; k++)
            {
                var t = a.Tokens[k];
                if (t.Kind == TokenKind.Cjk && !t.IsQuoted && ContainsAny(t.Lower, ChineseOutcomes))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsAny(string text, string[] terms) =>
            Array.Exists(terms, x => text.IndexOf(x, StringComparison.Ordinal) >= 0);

        private static int LastContentEnd(MessageAnalysis a, Clause clause)
        {
            for (var k = clause.End - 1; k >= clause.First; k--)
            {
                if (a.Tokens[k].Kind != TokenKind.Punct)
                {
                    return a.Tokens[k].End;
                }
            }

            return -1;
        }
    }
}
