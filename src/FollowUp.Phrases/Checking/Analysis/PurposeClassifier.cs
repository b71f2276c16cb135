using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// CAN-SPAM's primary-purpose test (16 CFR 316.3) over the shared analysis: commercial wording (offers, new
    /// stock, review requests, cold outreach) against transactional wording (the order, its payment, shipment,
    /// tracking, refund or warranty, or the buyer's own request), the subject first, then what the body leads with.
    /// </summary>
    internal sealed class PurposeClassifier
    {
        public PurposeClassifier(Vocabulary v)
        {
            Commercial = v.Phrases("purpose.commercial");
            Transactional = v.Phrases("purpose.transactional");
            ChineseCommercial = v.Terms("purpose.commercial");
            ChineseTransactional = v.Terms("purpose.transactional");
            Openers = v.Hot(v.ListOf(Commercial.FirstWords.Concat(Transactional.FirstWords).Concat(new[] { "%" })));
        }

        // Promotion, cross-sell, review requests and cold outreach: what the corpus and the platforms call marketing.
        // Every word either kind of signal starts with, and "%" ("20% off"): the rest pass with one remembered bit.
        private WordList Openers { get; }

        private PhraseSet Commercial { get; }

        // The transaction the buyer started: what CAN-SPAM calls transactional or relationship content.
        private PhraseSet Transactional { get; }

        private TermSet ChineseCommercial { get; }

        private TermSet ChineseTransactional { get; }

        public PurposeClassification Classify(MessageAnalysis? body, MessageAnalysis? subject)
        {
            var signals = new List<PurposeSignal>();
            MessagePurpose? subjectLeans = null;
            if (subject != null)
            {
                var before = signals.Count;
                Collect(subject, signals, inSubject: true, bodyStart: -1);
                subjectLeans = Lean(signals, before);
            }

            var bodyStart = signals.Count;
            if (body != null)
            {
                Collect(body, signals, inSubject: false, bodyStart);
            }

            var commercial = signals.Exists(s => s.Points == MessagePurpose.Marketing);
            var transactional = signals.Exists(s => s.Points == MessagePurpose.Transactional);
            var lead = bodyStart < signals.Count ? signals[bodyStart] : null;

            if (!commercial)
            {
                return Result(MessagePurpose.Transactional, signals, transactional
                    ? $"transactional content ('{signals.Find(s => s.Points == MessagePurpose.Transactional)!.Text}') and no commercial content"
                    : "no commercial content");
            }

            var firstCommercial = signals.Find(s => s.Points == MessagePurpose.Marketing)!;
            if (!transactional)
            {
                return Result(MessagePurpose.Marketing, signals, $"commercial content ('{firstCommercial.Text}') and no transactional content");
            }

            if (subjectLeans == MessagePurpose.Marketing)
            {
                return Result(MessagePurpose.Marketing, signals, $"the subject reads as commercial ('{firstCommercial.Text}')");
            }

            if (lead != null && lead.Points == MessagePurpose.Marketing)
            {
                return Result(MessagePurpose.Marketing, signals, $"the body leads with commercial content ('{lead.Text}') before the transactional part");
            }

            var firstTransactional = signals.Find(s => s.Points == MessagePurpose.Transactional)!;
            return Result(MessagePurpose.Transactional, signals, $"the body leads with transactional content ('{firstTransactional.Text}'); the commercial part ('{firstCommercial.Text}') comes later");
        }

        public static PurposeClassification Given(MessagePurpose purpose) => new PurposeClassification
        {
            Purpose = purpose,
            IsInferred = false,
            Reason = "given by the caller",
        };

        private PurposeClassification Result(MessagePurpose purpose, List<PurposeSignal> signals, string reason) =>
            new PurposeClassification { Purpose = purpose, IsInferred = true, Reason = reason, Signals = Reported(signals) };

        /// <summary>Signals reported per kind: enough to show why, bounded however long the message.</summary>
        internal const int ReportedSignalsPerKind = 25;

        // The first signals of each kind, in order: they include every signal a reason quotes (the first of each kind,
        // the first of the body), and the report stays the same size for a page or for ten megabytes of text.
        private PurposeSignal[] Reported(List<PurposeSignal> signals)
        {
            if (signals.Count <= 2 * ReportedSignalsPerKind)
            {
                return signals.ToArray();
            }

            var kept = new List<PurposeSignal>(2 * ReportedSignalsPerKind + 1);
            int marketing = 0, transactional = 0;
            var bodySeen = false;
            foreach (var s in signals)
            {
                var isMarketing = s.Points == MessagePurpose.Marketing;
                var firstOfBody = !s.InSubject && !bodySeen;
                bodySeen |= !s.InSubject;
                if (firstOfBody || (isMarketing ? marketing++ : transactional++) < ReportedSignalsPerKind)
                {
                    kept.Add(s);
                }
            }

            return kept.ToArray();
        }

        /// <summary>What the wording found since <paramref name="from"/> leans to: the kind with no rival, else null.</summary>
        private MessagePurpose? Lean(List<PurposeSignal> signals, int from)
        {
            bool commercial = false, transactional = false;
            for (var k = from; k < signals.Count; k++)
            {
                commercial |= signals[k].Points == MessagePurpose.Marketing;
                transactional |= signals[k].Points == MessagePurpose.Transactional;
            }

            return commercial == transactional ? null : commercial ? MessagePurpose.Marketing : MessagePurpose.Transactional;
        }

        /// <summary>
        /// One signal per sentence, the sentence's lean: a sentence that speaks of the transaction is transactional even
        /// when it also mentions an offer ("your order ships today; 10% off your next one" leads with the order).
        /// </summary>
        private void Collect(MessageAnalysis a, List<PurposeSignal> signals, bool inSubject, int bodyStart)
        {
            var tokens = a.Tokens;
            int marketingCount = 0, transactionalCount = 0;
            foreach (var s in signals)
            {
                _ = s.Points == MessagePurpose.Marketing ? marketingCount++ : transactionalCount++;
            }

            foreach (var sentence in a.Sentences)
            {
                // What the result reads is decided by a prefix of the signals: the first of each kind, the body's first,
                // and the first ReportedSignalsPerKind of each kind. Once the body has given one and each kind has that
                // many, later sentences change nothing, and a long message is read no further.
                if (!inSubject && signals.Count > bodyStart && marketingCount >= ReportedSignalsPerKind && transactionalCount >= ReportedSignalsPerKind)
                {
                    return;
                }

                if (!sentence.MayHold(Openers) && (sentence.Holds & SentenceHolds.Chinese) == 0)
                {
                    continue; // no word opens a signal (the '%' of "20% off" is one of Openers), and no Chinese
                }

                (int Start, int End)? commercial = null, transactional = null;
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    ref readonly var t = ref tokens[i];
                    if (t.IsQuoted || (t.Kind != TokenKind.Cjk && !Openers.Contains(t)))
                    {
                        continue;
                    }

                    if (t.Kind == TokenKind.Cjk)
                    {
                        commercial ??= FindChinese(t, ChineseCommercial);
                        transactional ??= FindChinese(t, ChineseTransactional);
                        continue;
                    }

                    if (t.Kind == TokenKind.Punct && t.Is("%") && i + 1 < sentence.End && tokens[i + 1].Is("off") && i > sentence.First && tokens[i - 1].IsDigitStart)
                    {
                        commercial ??= (tokens[i - 1].Start, tokens[i + 1].End); // "20% off"
                        continue;
                    }

                    var c = commercial is null ? Commercial.Match(a, i, sentence.End, allowNames: true) : 0;
                    if (c > 0)
                    {
                        commercial = (t.Start, tokens[i + c - 1].End);
                    }

                    var x = transactional is null ? Transactional.Match(a, i, sentence.End, allowNames: true) : 0;
                    if (x > 0)
                    {
                        transactional = (t.Start, tokens[i + x - 1].End);
                    }

                    if (commercial != null && transactional != null)
                    {
                        break; // the first of each is kept: the rest of the sentence changes nothing
                    }
                }

                var pick = transactional ?? commercial;
                if (pick is (int start, int end))
                {
                    var (s, length) = a.Visible.ToSource(start, end);
                    _ = transactional != null ? transactionalCount++ : marketingCount++;
                    signals.Add(new PurposeSignal
                    {
                        Points = transactional != null ? MessagePurpose.Transactional : MessagePurpose.Marketing,
                        Text = a.Input.Substring(s, length),
                        Start = s,
                        Length = length,
                        InSubject = inSubject,
                    });

                    // A mixed sentence is transactional, but its offer is still commercial content in the message.
                    if (transactional != null && commercial is (int cs, int ce))
                    {
                        marketingCount++;
                        var (s2, length2) = a.Visible.ToSource(cs, ce);
                        signals.Add(new PurposeSignal { Points = MessagePurpose.Marketing, Text = a.Input.Substring(s2, length2), Start = s2, Length = length2, InSubject = inSubject });
                    }
                }
            }
        }

        private static (int, int)? FindChinese(Token t, TermSet terms) =>
            terms.EarliestIn(t.Lower, out var at, out var length) ? (t.Start + at, t.Start + at + length) : null;
    }
}
