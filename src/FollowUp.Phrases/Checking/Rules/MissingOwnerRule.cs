using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>missing-owner</c>: nobody owns the next step. Either a seller action is promised in agentless passive voice
    /// ("a full refund will be processed"), or the message reports a problem or pending item and no sentence gives the
    /// next step to anyone ("we will…", "please…", "could you…").
    /// </summary>
    internal sealed class MissingOwnerRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingOwner,
            Severity.Warning,
            "Nobody owns the next step",
            "'Your refund will be processed' tells the buyer nothing about who acts or whom to chase, and reads as a brush-off. " +
            "Name the owner ('we will refund you by 27 Nov 2026', 'our after-sales team will reply within 24 hours') or give the " +
            "buyer a clear step ('please reply with a photo'). A message about a delay or problem always needs one.");

        // Seller actions; carrier and customs actions ("delivered", "cleared") are not the seller's to own.
        private static readonly HashSet<string> SellerActions = Lexicon.Words(
            "shipped", "sent", "dispatched", "despatched", "processed", "refunded", "replaced", "reviewed", "arranged",
            "confirmed", "covered", "handled", "resolved", "checked", "investigated", "examined", "inspected", "verified",
            "looked", "followed", "issued", "reissued", "resent", "reshipped", "repaired", "fixed", "packed", "prepared",
            "produced", "made", "manufactured", "updated", "credited", "reimbursed", "compensated", "contacted", "notified",
            "informed", "answered", "returned", "settled", "approved", "cancelled", "canceled", "completed", "done",
            "finished", "provided", "offered", "given", "forwarded", "escalated", "considered", "evaluated", "assessed",
            "taken", "sorted", "corrected", "exchanged", "restocked", "quoted", "booked", "scheduled", "handed",
            "uploaded", "added", "applied", "paid", "transferred", "posted", "mailed", "emailed", "tested", "printed",
            "customized", "customised", "sorted", "addressed", "solved", "discussed", "passed", "re-sent", "re-shipped");

        private static readonly HashSet<string> PassiveAuxiliaries = Lexicon.Words("will", "shall", "is", "are", "am");

        // "by 4 Dec", "by Friday", "by email": a date or a means, not the one who acts.
        private static readonly HashSet<string> NotAgents = Lexicon.Words(
            "today", "tomorrow", "tonight", "end", "noon", "midnight", "then", "next", "early", "mid", "close", "email",
            "e-mail", "mail", "phone", "sms", "chat", "message", "default", "hand", "now", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "latest", "deadline",
            "the", "this", "that", "return");

        private static readonly PhraseSet Problems = new PhraseSet(
            "delay", "delays", "delayed", "late", "unpaid", "pending", "stuck", "backlog", "congestion", "lost", "missing",
            "damaged", "broken", "defective", "faulty", "complaint", "complaints", "dispute", "on hold", "held",
            "not updated", "not been updated", "not yet updated", "no update", "no updates", "not arrived",
            "not received", "out of stock", "sold out", "returned to sender", "failed", "unfortunately", "sorry",
            "apologize", "apologise", "apologies", "apology", "wrong", "awaiting", "still waiting", "problem", "problems",
            "issue", "issues", "not paid", "not been paid", "not yet paid");

        private static readonly string[] ChineseProblems =
        {
            "延迟", "延误", "未付款", "还没付款", "待付款", "卡在", "滞留", "丢失", "丢件", "损坏", "破损", "投诉", "抱歉",
            "对不起", "没有更新", "未更新", "缺货", "退回", "问题", "纠纷",
        };

        private static readonly string[] ChineseOwners =
        {
            "我们会", "我们将", "我们正在", "我们马上", "我们立即", "我们可以", "我们已经为您", "我会", "我将", "我马上", "我正在",
            "请", "麻烦您", "您可以", "你可以", "客服会", "客服将", "团队会", "团队将", "同事会", "同事将",
        };

        private static readonly HashSet<string> Conditionals = Lexicon.Words("if", "whether", "unless", "case");

        private static readonly PhraseSet NotASteps = new PhraseSet(
            "please don't worry", "please do not worry", "please be patient", "please wait", "please bear with",
            "please understand", "please accept", "please forgive", "please excuse", "please note", "kindly note",
            "kindly be patient", "kindly wait", "please rest assured");

        private static readonly PhraseSet Handovers = new PhraseSet(
            "let us know", "let me know", "let me", "let us", "feel free", "don't hesitate", "do not hesitate",
            "could you", "can you", "would you", "will you", "shall we", "shall i", "should we", "may we", "may i",
            "you can", "you could", "you are welcome to", "you're welcome to", "you may want", "you might want");

        private static readonly HashSet<string> Imperatives = Lexicon.Words(
            "contact", "reply", "send", "check", "click", "choose", "confirm", "tell", "call", "write", "visit", "track",
            "email", "message", "follow", "return", "pay", "complete", "select", "use", "open", "keep", "share", "upload",
            "sign", "accept", "approve", "pick", "take");

        private static readonly HashSet<string> Owners = Lexicon.Words(
            "we", "i", "team", "department", "staff", "manager", "colleague", "colleagues", "warehouse", "factory", "agent",
            "carrier", "courier", "office", "support", "service", "seller", "store", "shop", "supplier", "workshop", "engineer",
            "engineers", "specialist", "driver", "forwarder");

        private static readonly HashSet<string> NonOwners = Lexicon.Words(
            "it", "they", "he", "she", "this", "that", "which", "there", "you", "parcel", "package", "order", "item", "items",
            "goods", "refund", "payment", "shipment", "tracking", "product", "products", "money", "amount", "replacement");

        private static readonly HashSet<string> Skippable = Lexicon.Words(
            "also", "then", "soon", "now", "immediately", "personally", "still", "both", "all", "and", "or", "definitely", "certainly");

        private static readonly HashSet<string> Feelings = Lexicon.Words("sorry", "happy", "glad", "afraid", "pleased", "unable", "writing");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var passives = 0;
            foreach (var sentence in a.Sentences)
            {
                passives += ReportPassives(a, sentence, severity, findings);
            }

            // A flagged passive is already the unowned next step; saying it twice adds noise.
            if (passives > 0)
            {
                return;
            }

            string? problem = null;
            foreach (var sentence in a.Sentences)
            {
                if (HasOwner(a, sentence))
                {
                    return;
                }

                problem ??= FindProblem(a, sentence);
            }

            if (problem != null)
            {
                findings.Add(a.ReportWholeMessage(
                    Rule,
                    severity,
                    $"The message reports a problem ('{problem}') but no sentence says who does what next; the buyer is left to chase you or open a case.",
                    "Add the next step with its owner and a date: 'We will contact DHL today and update you by 27 Nov 2026 (UTC+8).'"));
            }
        }

        private static int ReportPassives(MessageAnalysis a, Sentence sentence, Severity severity, ICollection<Diagnostic> findings)
        {
            var tokens = a.Tokens;
            var count = 0;
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.IsQuoted)
                {
                    continue;
                }

                var beIndex = -1;
                if ((t.Lower == "will" || t.Lower == "shall" || Lexicon.IsContractedWill(t.Lower)) && Next(a, i, sentence, out var k1) && IsAdverbThen(a, ref k1, sentence, "be"))
                {
                    beIndex = k1;
                }
                else if ((t.Lower == "is" || t.Lower == "are" || t.Lower == "am") && Next(a, i, sentence, out var k2) && tokens[k2].Lower == "being")
                {
                    beIndex = k2;
                }
                else if ((t.Lower == "is" || t.Lower == "are") && Next(a, i, sentence, out var k3) && tokens[k3].Lower == "going"
                         && Next(a, k3, sentence, out var k4) && tokens[k4].Lower == "to" && Next(a, k4, sentence, out var k5) && tokens[k5].Lower == "be")
                {
                    beIndex = k5;
                }

                if (beIndex < 0 || !Next(a, beIndex, sentence, out var p))
                {
                    continue;
                }

                while (p < sentence.End - 1 && tokens[p].Lower.EndsWith("ly", StringComparison.Ordinal) && !SellerActions.Contains(tokens[p].Lower))
                {
                    p++;
                }

                if (!SellerActions.Contains(tokens[p].Lower) || tokens[p].IsQuoted)
                {
                    continue;
                }

                var end = p;
                if (p + 1 < sentence.End && (tokens[p + 1].Lower == "into" || tokens[p + 1].Lower == "out" || tokens[p + 1].Lower == "up") && tokens[p + 1].Kind == TokenKind.Word)
                {
                    end = p + 1;
                }

                if (HasAgent(a, end + 1, sentence.End) || IsAutomatic(a, beIndex, end, sentence.End) || IsCarrierRecord(a, sentence, i))
                {
                    continue;
                }

                count++;
                var text = a.Text.Substring(t.Start, tokens[end].End - t.Start);
                findings.Add(a.Report(
                    Rule,
                    severity,
                    t.Start,
                    tokens[end].End,
                    $"'{text}' does not say who will do it; the buyer cannot tell whom to chase or whether anyone is on it.",
                    $"Name the owner: 'we {ActiveHint(tokens[p].Lower)}…', 'our after-sales team {ActiveHint(tokens[p].Lower)}…', with a date."));
                i = end;
            }

            return count;
        }

        // "will be cancelled automatically": the system is the actor, and the sentence says so.
        private static bool IsAutomatic(MessageAnalysis a, int from, int to, int end)
        {
            for (var k = from; k <= Math.Min(end - 1, to + 1); k++)
            {
                if (a.Tokens[k].Lower == "automatically")
                {
                    return true;
                }
            }

            return false;
        }

        // "The tracking will be updated in 2 days": the carrier's record, not a step the seller owns.
        private static bool IsCarrierRecord(MessageAnalysis a, Sentence sentence, int auxiliary)
        {
            for (var k = Math.Max(sentence.First, auxiliary - 4); k < auxiliary; k++)
            {
                var w = a.Tokens[k].Lower;
                if (w == "tracking" || w == "scan" || w == "scans" || w == "status" && k > sentence.First && a.Tokens[k - 1].Lower == "tracking")
                {
                    return true;
                }
            }

            return false;
        }

        private static string ActiveHint(string participle) => "will " + (participle == "looked" ? "look into it" : "take care of this");

        private static bool Next(MessageAnalysis a, int i, Sentence sentence, out int next)
        {
            next = i + 1;
            return next < sentence.End && a.Tokens[next].Kind == TokenKind.Word;
        }

        /// <summary>Allows one adverb between the auxiliary and <paramref name="word"/>: "will then be", "will soon be".</summary>
        private static bool IsAdverbThen(MessageAnalysis a, ref int k, Sentence sentence, string word)
        {
            if (a.Tokens[k].Lower == word)
            {
                return true;
            }

            if (k + 1 < sentence.End && a.Tokens[k + 1].Lower == word && a.Tokens[k].Lower != "not")
            {
                k++;
                return true;
            }

            return false;
        }

        private static bool HasAgent(MessageAnalysis a, int from, int end)
        {
            for (var k = from; k < end - 1; k++)
            {
                var t = a.Tokens[k];
                if (t.Kind == TokenKind.Punct && t.Lower != "-")
                {
                    return false; // the agent, when given, follows the verb group inside its clause.
                }

                if (t.Lower == "by")
                {
                    var next = a.Tokens[k + 1];
                    if (next.IsDigitStart || NotAgents.Contains(next.Lower))
                    {
                        if (next.Lower == "the" && k + 2 < end && !NotAgents.Contains(a.Tokens[k + 2].Lower) && !a.Tokens[k + 2].IsDigitStart)
                        {
                            return true; // "by the warehouse", "by the carrier"
                        }

                        continue;
                    }

                    return true;
                }
            }

            return false;
        }

        private static bool HasOwner(MessageAnalysis a, Sentence sentence)
        {
            var tokens = a.Tokens;
            if (HasChineseOwner(a, sentence) || HasChineseActor(a, sentence))
            {
                return true;
            }

            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.IsQuoted)
                {
                    continue;
                }

                if ((t.Lower == "please" || t.Lower == "kindly") && NotASteps.Match(a, i, sentence.End) == 0)
                {
                    return true;
                }

                if (Handovers.Match(a, i, sentence.End) > 0)
                {
                    return true;
                }

                if (t.Lower == "will" || t.Lower == "shall" || Lexicon.IsContractedWill(t.Lower)
                    || (t.Lower == "going" && i + 1 < sentence.End && tokens[i + 1].Lower == "to"))
                {
                    if (t.Lower == "we'll" || t.Lower == "i'll" || IsOwnerSubject(a, sentence, i))
                    {
                        if (!IsPassiveAfter(a, i, sentence))
                        {
                            return true;
                        }
                    }
                }

                // "We have sent a replacement today": the seller already acted on the problem.
                if ((t.Lower == "have" || t.Lower == "we've" || t.Lower == "i've" || t.Lower == "has")
                    && (t.Lower != "have" && t.Lower != "has" || IsOwnerSubject(a, sentence, i))
                    && ActedOn(a, i + 1, sentence.End))
                {
                    return true;
                }

                // "we are checking with DHL", "our team is contacting the carrier".
                if ((t.Lower == "are" || t.Lower == "am" || t.Lower == "is" || t.Lower == "we're" || t.Lower == "i'm")
                    && i + 1 < sentence.End && tokens[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && !Feelings.Contains(tokens[i + 1].Lower)
                    && (t.Lower == "we're" || t.Lower == "i'm" || IsOwnerSubject(a, sentence, i)))
                {
                    return true;
                }
            }

            // "The issue will be investigated by our QC team": a passive that names its agent gives the step an owner.
            if (HasAgentPassive(a, sentence))
            {
                return true;
            }

            // An imperative opening a clause: "Contact us on WhatsApp", "Hi Tom, reply with your size".
            foreach (var clause in sentence.Clauses)
            {
                var first = FirstWord(a, clause);
                if (first >= 0 && Imperatives.Contains(tokens[first].Lower) && !tokens[first].IsQuoted)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasChineseOwner(MessageAnalysis a, Sentence sentence)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                foreach (var owner in ChineseOwners)
                {
                    var at = t.Lower.IndexOf(owner, StringComparison.Ordinal);
                    while (at >= 0)
                    {
                        var rest = t.Lower.Substring(at + owner.Length);
                        var empty = (owner == "请" || owner == "麻烦您") && Array.Exists(ChineseNotASteps, x => rest.StartsWith(x, StringComparison.Ordinal) || rest.StartsWith("您" + x, StringComparison.Ordinal));
                        if (!empty)
                        {
                            return true;
                        }

                        at = t.Lower.IndexOf(owner, at + owner.Length, StringComparison.Ordinal);
                    }
                }
            }

            return false;
        }

        // "我们今天会联系物流": the actor and its modal may have a time word between them.
        private static bool HasChineseActor(MessageAnalysis a, Sentence sentence)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                foreach (var actor in ChineseActors)
                {
                    var at = t.Lower.IndexOf(actor, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    var window = t.Lower.Substring(at + actor.Length, Math.Min(8, t.Lower.Length - at - actor.Length));
                    if (Array.Exists(ChineseModals, m => window.IndexOf(m, StringComparison.Ordinal) >= 0)
                        || Array.Exists(ChineseRemedies, r => window.IndexOf(r, StringComparison.Ordinal) >= 0))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static readonly string[] ChineseActors = { "我们", "我", "客服", "团队", "同事", "仓库", "工厂", "本店" };

        private static readonly string[] ChineseModals = { "会", "将", "正在", "马上", "立即", "这就", "一定", "帮您", "为您" };

        // "我们已经联系物流公司": an action already taken on the problem, like "we have contacted the carrier".
        private static readonly string[] ChineseRemedies = { "已联系", "已经联系", "已安排", "已经安排", "已补发", "已经补发", "已重新", "已经重新", "已退款", "已经退款", "已提交", "已经提交", "已催", "已经催" };

        // "请耐心等待" (please be patient) and "请放心" (don't worry) ask nothing of anyone.
        private static readonly string[] ChineseNotASteps = { "耐心", "稍等", "见谅", "谅解", "放心", "理解", "注意", "知悉" };

        private static readonly HashSet<string> Remedial = Lexicon.Words(
            "sent", "shipped", "resent", "reshipped", "re-sent", "re-shipped", "refunded", "arranged", "contacted", "asked",
            "issued", "replaced", "fixed", "repaired", "dispatched", "credited", "filed", "opened", "escalated", "requested",
            "booked", "reserved", "prepared", "started", "called", "emailed", "submitted", "raised", "lodged");

        private static bool ActedOn(MessageAnalysis a, int k, int end)
        {
            if (k < end && (a.Tokens[k].Lower == "already" || a.Tokens[k].Lower == "just" || a.Tokens[k].Lower == "now"))
            {
                k++;
            }

            return k < end && Remedial.Contains(a.Tokens[k].Lower);
        }

        private static bool IsPassiveAfter(MessageAnalysis a, int i, Sentence sentence)
        {
            var k = i + 1;
            if (k < sentence.End && a.Tokens[k].Lower == "to")
            {
                k++;
            }

            return k + 1 < sentence.End && a.Tokens[k].Lower == "be" && SellerActions.Contains(a.Tokens[k + 1].Lower);
        }

        private static int FirstWord(MessageAnalysis a, Clause clause)
        {
            for (var k = clause.First; k < clause.End; k++)
            {
                if (a.Tokens[k].Kind == TokenKind.Word)
                {
                    return k;
                }

                if (a.Tokens[k].Kind != TokenKind.Punct)
                {
                    return -1;
                }
            }

            return -1;
        }

        private static bool IsOwnerSubject(MessageAnalysis a, Sentence sentence, int modal)
        {
            var tokens = a.Tokens;
            var clauseFirst = sentence.First;
            foreach (var c in sentence.Clauses)
            {
                if (modal >= c.First && modal < c.End)
                {
                    clauseFirst = c.First;
                }
            }

            var k = modal - 1;
            while (k >= clauseFirst && tokens[k].Kind == TokenKind.Word && Skippable.Contains(tokens[k].Lower) && tokens[k].Lower != "and" && tokens[k].Lower != "or")
            {
                k--;
            }

            // "We have the item in stock and will ship it": the coordinated verb shares the clause's first subject.
            if (k >= clauseFirst && (tokens[k].Lower == "and" || tokens[k].Lower == "or"))
            {
                for (var j = clauseFirst; j < k; j++)
                {
                    var verdict = Classify(tokens[j], j == clauseFirst);
                    if (verdict.HasValue)
                    {
                        return verdict.Value;
                    }
                }

                return false;
            }

            // "…our QC team, who will reply": the relative pronoun stands for the subject before it.
            var opensClause = k >= clauseFirst && (tokens[k].Lower == "who" || tokens[k].Lower == "which") && k == FirstWordIndex(a, clauseFirst, modal);
            if (opensClause)
            {
                k = clauseFirst - 1;
            }
            else
            {
                opensClause = true;
            }

            for (; k >= clauseFirst; k--)
            {
                var verdict = Classify(tokens[k], k == clauseFirst);
                if (verdict.HasValue)
                {
                    return verdict.Value;
                }

                opensClause &= tokens[k].Kind == TokenKind.Punct;
            }

            // A clause that opens with the verb has its subject before an apposition: "Our quality manager, Mr. Li, will call you".
            if (opensClause)
            {
                for (k = clauseFirst - 1; k >= Math.Max(sentence.First, modal - 12); k--)
                {
                    var verdict = Classify(tokens[k], false);
                    if (verdict.HasValue)
                    {
                        return verdict.Value;
                    }
                }
            }

            return false;
        }

        private static bool HasAgentPassive(MessageAnalysis a, Sentence sentence)
        {
            var tokens = a.Tokens;
            for (var i = sentence.First; i + 2 < sentence.End; i++)
            {
                if ((tokens[i].Lower == "will" || Lexicon.IsContractedWill(tokens[i].Lower)) && tokens[i + 1].Lower == "be"
                    && SellerActions.Contains(tokens[i + 2].Lower) && HasAgent(a, i + 3, sentence.End))
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstWordIndex(MessageAnalysis a, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (a.Tokens[k].Kind == TokenKind.Word)
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>true: someone who can act; false: a thing or the buyer; null: not a subject.</summary>
        private static bool? Classify(Token t, bool clauseStart)
        {
            if (t.Kind != TokenKind.Word)
            {
                return null;
            }

            if (Owners.Contains(t.Lower))
            {
                return true;
            }

            if (NonOwners.Contains(t.Lower))
            {
                return false;
            }

            if (t.IsName || t.IsAllCaps)
            {
                return true; // "DHL will…", "Kevin will…"
            }

            return null;
        }

        private static string? FindProblem(MessageAnalysis a, Sentence sentence)
        {
            var tokens = a.Tokens;
            foreach (var clause in sentence.Clauses)
            {
                if (a.AnyWord(clause.First, clause.End, Conditionals))
                {
                    continue; // "let us know if anything is wrong" reports nothing.
                }

                for (var i = clause.First; i < clause.End; i++)
                {
                    if (IsNegatedOrHypothetical(a, i, clause.First))
                    {
                        continue; // "without any problem", "no delay", "to avoid damage" report nothing
                    }

                    var length = Problems.Match(a, i, clause.End);
                    if (length == 0 && NotWithAuxiliary(a, i, clause.End))
                    {
                        length = 2;
                    }

                    if (length > 0)
                    {
                        var last = tokens[Math.Min(clause.End - 1, i + length - 1)];
                        return a.Text.Substring(tokens[i].Start, last.End - tokens[i].Start);
                    }
                }

                for (var i = clause.First; i < clause.End; i++)
                {
                    var t = tokens[i];
                    if (t.Kind == TokenKind.Cjk && !t.IsQuoted)
                    {
                        foreach (var term in ChineseProblems)
                        {
                            if (t.Lower.IndexOf(term, StringComparison.Ordinal) >= 0)
                            {
                                return term;
                            }
                        }
                    }
                }
            }

            return null;
        }

        private static readonly HashSet<string> Negators = Lexicon.Words("no", "without", "any", "avoid", "prevent", "never", "zero");

        private static bool IsNegatedOrHypothetical(MessageAnalysis a, int i, int first)
        {
            for (var k = Math.Max(first, i - 2); k < i; k++)
            {
                if (Negators.Contains(a.Tokens[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        // "has not updated", "hasn't updated", "has not yet arrived".
        // "has not updated", "hasn't updated", "has not yet arrived": the participles of the "not …" problems.
        private static readonly HashSet<string> NotParticiples = new HashSet<string>(
            Problems.All.Where(p => p.Length == 2 && p[0] == "not").Select(p => p[1]), StringComparer.Ordinal);

        private static bool NotWithAuxiliary(MessageAnalysis a, int i, int end)
        {
            var t = a.Tokens[i].Lower;
            if (!(t == "not" || t == "hasn't" || t == "haven't" || t == "isn't" || t == "wasn't"))
            {
                return false;
            }

            for (var k = i + 1; k < Math.Min(end, i + 3); k++)
            {
                if (NotParticiples.Contains(a.Tokens[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
