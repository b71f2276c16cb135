using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Finds the next steps a message hands to someone — promises, requests, work in progress, work done, passives —
    /// with their actor and trigger, and the problems or pending items it reports. <c>missing-owner</c> is a query
    /// over both: an agentless passive seller action, or a problem with no owned step anywhere.
    /// </summary>
    internal static class NextStepFinder
    {
        // Seller actions; carrier and customs actions ("delivered", "cleared") are not the seller's to own.
        public static readonly HashSet<string> SellerActions = Lexicon.Words(
            "shipped", "sent", "dispatched", "despatched", "processed", "refunded", "replaced", "reviewed", "arranged",
            "confirmed", "covered", "handled", "resolved", "checked", "investigated", "examined", "inspected", "verified",
            "looked", "followed", "issued", "reissued", "resent", "reshipped", "repaired", "fixed", "packed", "prepared",
            "produced", "made", "manufactured", "updated", "credited", "reimbursed", "compensated", "contacted", "notified",
            "informed", "answered", "returned", "settled", "approved", "cancelled", "canceled", "completed", "done",
            "finished", "provided", "offered", "given", "forwarded", "escalated", "considered", "evaluated", "assessed",
            "taken", "sorted", "corrected", "exchanged", "restocked", "quoted", "booked", "scheduled", "handed",
            "uploaded", "added", "applied", "paid", "transferred", "posted", "mailed", "emailed", "tested", "printed",
            "customized", "customised", "sorted", "addressed", "solved", "discussed", "passed", "re-sent", "re-shipped");

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

        private static readonly string[] ChineseSellerOwners =
        {
            "我们会", "我们将", "我们正在", "我们马上", "我们立即", "我们可以", "我们已经为您", "我会", "我将", "我马上", "我正在",
            "客服会", "客服将", "团队会", "团队将", "同事会", "同事将",
        };

        private static readonly string[] ChineseBuyerOwners = { "请", "麻烦您", "您可以", "你可以" };

        private static readonly HashSet<string> Conditionals = Lexicon.Words("if", "whether", "unless", "case");

        private static readonly PhraseSet NotASteps = new PhraseSet(
            "please don't worry", "please do not worry", "please be patient", "please wait", "please bear with",
            "please understand", "please accept", "please forgive", "please excuse", "please note", "kindly note",
            "kindly be patient", "kindly wait", "please rest assured");

        // Handing the step to the buyer ("let us know", "could you") or offering the seller's ("let me", "shall we").
        private static readonly PhraseSet BuyerHandovers = new PhraseSet(
            "let us know", "let me know", "feel free", "don't hesitate", "do not hesitate",
            "could you", "can you", "would you", "will you", "you can", "you could", "you are welcome to", "you're welcome to",
            "you may want", "you might want", "do you prefer", "would you prefer", "would you like", "do you want",
            "which do you", "which would you");

        // Offers the seller makes: "we can reship it or refund you" hands the choice over with the seller ready to act.
        private static readonly PhraseSet SellerHandovers = new PhraseSet(
            "let me", "let us", "shall we", "shall i", "should we", "may we", "may i", "we can", "we could", "i can",
            "we'd be happy to", "we are happy to", "we're happy to", "we would be happy to");

        private static readonly HashSet<string> Imperatives = Lexicon.Words(
            "contact", "reply", "send", "check", "click", "choose", "confirm", "tell", "call", "write", "visit", "track",
            "email", "message", "follow", "return", "pay", "complete", "select", "use", "open", "keep", "share", "upload",
            "sign", "accept", "approve", "pick", "take");

        private static readonly HashSet<string> Owners = Lexicon.Words(
            "we", "i", "team", "department", "staff", "manager", "colleague", "colleagues", "warehouse", "factory", "agent",
            "office", "support", "service", "seller", "store", "shop", "supplier", "workshop", "engineer",
            "engineers", "specialist");

        private static readonly HashSet<string> OutsideOwners = Lexicon.Words("carrier", "courier", "driver", "forwarder");

        // Names that stand for an outside party rather than someone on the seller's side: "DHL will collect it".
        private static readonly HashSet<string> Carriers = Lexicon.Words(
            "dhl", "ups", "fedex", "usps", "ems", "tnt", "dpd", "gls", "aramex", "cainiao", "yunexpress", "4px", "sf", "customs");

        private static readonly HashSet<string> NonOwners = Lexicon.Words(
            "it", "they", "he", "she", "this", "that", "which", "there", "you", "parcel", "package", "order", "item", "items",
            "goods", "refund", "payment", "shipment", "tracking", "product", "products", "money", "amount", "replacement");

        private static readonly HashSet<string> Skippable = Lexicon.Words(
            "also", "then", "soon", "now", "immediately", "personally", "still", "both", "all", "and", "or", "definitely", "certainly");

        private static readonly HashSet<string> Feelings = Lexicon.Words("sorry", "happy", "glad", "afraid", "pleased", "unable", "writing");


        public static List<NextStep> Find(MessageAnalysis a)
        {
            var steps = new List<NextStep>();
            var timing = 0; // sentences and timing both run in text order: one pass over each keeps this linear
            foreach (var sentence in a.Sentences)
            {
                var before = steps.Count;
                FindPassives(a, sentence, steps);
                FindChinesePassives(a, sentence, steps);
                FindOwned(a, sentence, steps);
                if (steps.Count > before)
                {
                    var trigger = TriggerIn(a, sentence, ref timing);
                    for (var k = before; k < steps.Count; k++)
                    {
                        steps[k].Trigger = trigger;
                    }
                }
            }

            steps.Sort((x, y) => x.Start.CompareTo(y.Start));
            return steps;
        }

        public static List<ReportedProblem> FindProblems(MessageAnalysis a)
        {
            var problems = new List<ReportedProblem>();
            foreach (var sentence in a.Sentences)
            {
                if (FindProblem(a, sentence) is ReportedProblem p)
                {
                    problems.Add(p);
                }
            }

            return problems;
        }

        private static TimingPhrase? TriggerIn(MessageAnalysis a, Sentence sentence, ref int from)
        {
            var start = a.Tokens[sentence.First].Start;
            var end = a.Tokens[sentence.End - 1].End;
            var timing = a.Timing;
            while (from < timing.Count && timing[from].Start < start)
            {
                from++;
            }

            for (var k = from; k < timing.Count && timing[k].Start < end; k++)
            {
                if (timing[k].Kind != TimingKind.Pleasantry)
                {
                    return timing[k];
                }
            }

            return null;
        }

        private static void Add(MessageAnalysis a, List<NextStep> steps, StepKind kind, StepActor actor, int firstToken)
        {
            // The step runs from its marker to the end of its clause: "we will refund you by 27 Nov".
            var clause = a.ClauseOf(firstToken);
            var last = clause.End - 1;
            while (last > firstToken && a.Tokens[last].Kind == TokenKind.Punct)
            {
                last--;
            }

            steps.Add(new NextStep(kind, actor, a.Tokens[firstToken].Start, a.Tokens[Math.Max(firstToken, last)].End));
        }

        // Chinese drops the subject when it is the speaker ("收到付款后会发货" means we will ship), so an agentless step is
        // one whose topic is the thing itself: "您的退款将在3个工作日内处理" (your refund will be processed).
        private static readonly string[] ChineseTopics = { "退款", "订单", "包裹", "货物", "商品", "问题", "申请", "换货", "样品", "发票", "款项", "补发件", "投诉" };

        private static readonly string[] ChineseFutureMarkers = { "将被", "会被", "将会", "将", "会" };

        // "订单会在明天发货" reads like "your order will ship tomorrow", which is fine in English too; shipping verbs are left out.
        private static readonly string[] ChineseSellerActions = { "处理", "退还", "退回", "安排", "补发", "审核", "回复", "跟进", "解决", "更换", "退款", "转交" };

        private static void FindChinesePassives(MessageAnalysis a, Sentence sentence, List<NextStep> steps)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                var text = t.Lower;
                foreach (var marker in ChineseFutureMarkers)
                {
                    var at = text.IndexOf(marker, StringComparison.Ordinal);
                    if (at <= 0)
                    {
                        continue;
                    }

                    var before = text.Substring(0, at);
                    var topic = Array.Exists(ChineseTopics, x => before.IndexOf(x, StringComparison.Ordinal) >= 0);
                    var actor = Array.Exists(ChineseActors, x => before.IndexOf(x, StringComparison.Ordinal) >= 0) || before.EndsWith("您", StringComparison.Ordinal) || before.EndsWith("你", StringComparison.Ordinal);
                    if (!topic || actor)
                    {
                        break;
                    }

                    // The action follows within a short reach: "将在3个工作日内处理" — a time phrase may stand between.
                    var rest = NextChinese(a, i, sentence, at + marker.Length, 16);
                    int first = -1, length = 0;
                    foreach (var action in ChineseSellerActions)
                    {
                        var k = rest.IndexOf(action, StringComparison.Ordinal);
                        if (k >= 0 && (first < 0 || k < first))
                        {
                            first = k;
                            length = action.Length;
                        }
                    }

                    if (first >= 0)
                    {
                        var start = t.Start + at;
                        steps.Add(new NextStep(StepKind.Passive, StepActor.Unknown, start, start + marker.Length + first + length));
                        return;
                    }

                    break;
                }
            }
        }

        /// <summary>Up to <paramref name="reach"/> characters of the sentence from offset <paramref name="from"/> in token <paramref name="i"/>, across digits ("3个工作日内").</summary>
        private static string NextChinese(MessageAnalysis a, int i, Sentence sentence, int from, int reach)
        {
            var start = a.Tokens[i].Start + from;
            var end = Math.Min(a.Tokens[sentence.End - 1].End, start + reach);
            return end > start ? a.Text.Substring(start, end - start) : "";
        }

        private static void FindPassives(MessageAnalysis a, Sentence sentence, List<NextStep> steps)
        {
            var tokens = a.Tokens;
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

                var actor = Agent(a, end + 1, sentence.End);
                if (actor == StepActor.Unknown && (IsAutomatic(a, beIndex, end, sentence.End) || IsCarrierRecord(a, sentence, i, tokens[p].Lower)))
                {
                    actor = StepActor.System;
                }

                steps.Add(new NextStep(StepKind.Passive, actor, t.Start, tokens[end].End));
                i = end;
            }
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

        // "The tracking will be updated in 2 days": the carrier's record changes by itself. "A new tracking number will be
        // provided" is different: someone on the seller's side provides it, so only record verbs count.
        private static readonly HashSet<string> RecordVerbs = Lexicon.Words("updated", "refreshed", "shown", "displayed", "scanned", "activated", "synced", "uploaded");

        private static bool IsCarrierRecord(MessageAnalysis a, Sentence sentence, int auxiliary, string participle)
        {
            if (!RecordVerbs.Contains(participle))
            {
                return false;
            }

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

        /// <summary>The agent named by "by …" after a passive verb group, inside its clause; Unknown when none is.</summary>
        private static StepActor Agent(MessageAnalysis a, int from, int end)
        {
            for (var k = from; k < end - 1; k++)
            {
                var t = a.Tokens[k];
                if (t.Kind == TokenKind.Punct && t.Lower != "-")
                {
                    return StepActor.Unknown; // the agent, when given, follows the verb group inside its clause.
                }

                if (t.Lower == "by")
                {
                    var next = a.Tokens[k + 1];
                    if (next.IsDigitStart || NotAgents.Contains(next.Lower))
                    {
                        if (next.Lower == "the" && k + 2 < end && !NotAgents.Contains(a.Tokens[k + 2].Lower) && !a.Tokens[k + 2].IsDigitStart)
                        {
                            return ActorOf(a.Tokens[k + 2]) ?? StepActor.ThirdParty; // "by the warehouse", "by the carrier"
                        }

                        continue;
                    }

                    return next.Lower == "us" || next.Lower == "me" || next.Lower == "our" || next.Lower == "my" ? StepActor.Seller : ActorOf(next) ?? StepActor.ThirdParty;
                }
            }

            return StepActor.Unknown;
        }

        private static void FindOwned(MessageAnalysis a, Sentence sentence, List<NextStep> steps)
        {
            var tokens = a.Tokens;
            FindChinese(a, sentence, steps);
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.IsQuoted)
                {
                    continue;
                }

                if ((t.Lower == "please" || t.Lower == "kindly") && NotASteps.Match(a, i, sentence.End) == 0)
                {
                    Add(a, steps, StepKind.Request, StepActor.Buyer, i);
                    continue;
                }

                if (BuyerHandovers.Match(a, i, sentence.End) > 0)
                {
                    Add(a, steps, StepKind.Request, StepActor.Buyer, i);
                    continue;
                }

                if (SellerHandovers.Match(a, i, sentence.End) > 0)
                {
                    Add(a, steps, StepKind.Promise, StepActor.Seller, i);
                    continue;
                }

                if (t.Lower == "will" || t.Lower == "shall" || Lexicon.IsContractedWill(t.Lower)
                    || (t.Lower == "going" && i + 1 < sentence.End && tokens[i + 1].Lower == "to"))
                {
                    var actor = t.Lower == "we'll" || t.Lower == "i'll" ? StepActor.Seller : OwnerSubject(a, sentence, i);
                    if (actor != null && !IsPassiveAfter(a, i, sentence))
                    {
                        Add(a, steps, StepKind.Promise, actor.Value, SubjectStart(a, i));
                    }
                }

                // "We have sent a replacement today": the seller already acted on the problem.
                if ((t.Lower == "have" || t.Lower == "we've" || t.Lower == "i've" || t.Lower == "has") && ActedOn(a, i + 1, sentence.End))
                {
                    var actor = t.Lower == "we've" || t.Lower == "i've" ? StepActor.Seller : OwnerSubject(a, sentence, i);
                    if (actor != null)
                    {
                        Add(a, steps, StepKind.Done, actor.Value, SubjectStart(a, i));
                    }
                }

                // "we are checking with DHL", "our team is contacting the carrier".
                if ((t.Lower == "are" || t.Lower == "am" || t.Lower == "is" || t.Lower == "we're" || t.Lower == "i'm")
                    && i + 1 < sentence.End && tokens[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && !Feelings.Contains(tokens[i + 1].Lower))
                {
                    var actor = t.Lower == "we're" || t.Lower == "i'm" ? StepActor.Seller : OwnerSubject(a, sentence, i);
                    if (actor != null)
                    {
                        Add(a, steps, StepKind.InProgress, actor.Value, SubjectStart(a, i));
                    }
                }
            }

            // An imperative opening a clause: "Contact us on WhatsApp", "Hi Tom, reply with your size".
            foreach (var clause in sentence.Clauses)
            {
                var first = a.FirstWordOf(clause);
                if (first >= 0 && Imperatives.Contains(tokens[first].Lower) && !tokens[first].IsQuoted)
                {
                    Add(a, steps, StepKind.Request, StepActor.Buyer, first);
                }
            }
        }

        /// <summary>Where the step's wording starts: its subject when it stands just before the verb ("our team will").</summary>
        private static int SubjectStart(MessageAnalysis a, int verb)
        {
            var clause = a.ClauseOf(verb);
            var k = verb;
            while (k - 1 >= clause.First && a.Tokens[k - 1].Kind == TokenKind.Word && verb - (k - 1) <= 3)
            {
                k--;
            }

            return k;
        }

        private static void FindChinese(MessageAnalysis a, Sentence sentence, List<NextStep> steps)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = a.Tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                foreach (var owner in ChineseSellerOwners)
                {
                    var at = t.Lower.IndexOf(owner, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        steps.Add(new NextStep(StepKind.Promise, StepActor.Seller, t.Start + at, t.End));
                        return;
                    }
                }

                foreach (var owner in ChineseBuyerOwners)
                {
                    var at = t.Lower.IndexOf(owner, StringComparison.Ordinal);
                    while (at >= 0)
                    {
                        var rest = t.Lower.Substring(at + owner.Length);
                        var empty = (owner == "请" || owner == "麻烦您") && Array.Exists(ChineseNotASteps, x => rest.StartsWith(x, StringComparison.Ordinal) || rest.StartsWith("您" + x, StringComparison.Ordinal));
                        if (!empty)
                        {
                            steps.Add(new NextStep(StepKind.Request, StepActor.Buyer, t.Start + at, t.End));
                            return;
                        }

                        at = t.Lower.IndexOf(owner, at + owner.Length, StringComparison.Ordinal);
                    }
                }

                // "我们今天会联系物流": the actor and its modal may have a time word between them.
                foreach (var actor in ChineseActors)
                {
                    var at = t.Lower.IndexOf(actor, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    var window = t.Lower.Substring(at + actor.Length, Math.Min(8, t.Lower.Length - at - actor.Length));
                    var modal = Array.Exists(ChineseModals, m => window.IndexOf(m, StringComparison.Ordinal) >= 0);
                    if (modal || Array.Exists(ChineseRemedies, r => window.IndexOf(r, StringComparison.Ordinal) >= 0))
                    {
                        steps.Add(new NextStep(modal ? StepKind.Promise : StepKind.Done, StepActor.Seller, t.Start + at, t.End));
                        return;
                    }
                }
            }
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

        /// <summary>Who stands as the subject of the verb at <paramref name="modal"/>; null when it is a thing or the buyer.</summary>
        private static StepActor? OwnerSubject(MessageAnalysis a, Sentence sentence, int modal)
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
                    var verdict = Classify(tokens[j]);
                    if (verdict.Decided)
                    {
                        return verdict.Actor;
                    }
                }

                return null;
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
                var verdict = Classify(tokens[k]);
                if (verdict.Decided)
                {
                    return verdict.Actor;
                }

                opensClause &= tokens[k].Kind == TokenKind.Punct;
            }

            // A clause that opens with the verb has its subject before an apposition: "Our quality manager, Mr. Li, will call you".
            if (opensClause)
            {
                for (k = clauseFirst - 1; k >= Math.Max(sentence.First, modal - 12); k--)
                {
                    var verdict = Classify(tokens[k]);
                    if (verdict.Decided)
                    {
                        return verdict.Actor;
                    }
                }
            }

            return null;
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

        /// <summary>An actor for an agent word after "by": the seller's side, an outside party, or null when the word says neither.</summary>
        private static StepActor? ActorOf(Token t)
        {
            if (t.Kind != TokenKind.Word)
            {
                return null;
            }

            if (OutsideOwners.Contains(t.Lower) || Carriers.Contains(t.Lower))
            {
                return StepActor.ThirdParty;
            }

            return Owners.Contains(t.Lower) || t.Lower == "us" || t.Lower == "our" ? StepActor.Seller : null;
        }

        /// <summary>
        /// A verdict on a possible subject. Decided with an actor: someone who can act ("we", "our team", "DHL", "Kevin").
        /// Decided without one: a thing or the buyer ("it", "your refund", "you"). Not decided: not a subject word.
        /// </summary>
        private static (bool Decided, StepActor? Actor) Classify(Token t)
        {
            if (t.Kind != TokenKind.Word)
            {
                return (false, null);
            }

            if (OutsideOwners.Contains(t.Lower))
            {
                return (true, StepActor.ThirdParty);
            }

            if (Owners.Contains(t.Lower))
            {
                return (true, StepActor.Seller);
            }

            if (NonOwners.Contains(t.Lower))
            {
                return (true, null);
            }

            if (t.IsName || t.IsAllCaps)
            {
                return (true, Carriers.Contains(t.Lower) ? StepActor.ThirdParty : StepActor.Seller); // "DHL will…", "Kevin will…"
            }

            return (false, null);
        }

        /// <summary>The first problem or pending item the sentence reports, outside conditions and negations.</summary>
        private static ReportedProblem? FindProblem(MessageAnalysis a, Sentence sentence)
        {
            var tokens = a.Tokens;
            foreach (var clause in sentence.Clauses)
            {
                if (a.AnyWord(clause.First, clause.End, Conditionals))
                {
                    continue; // "let us know if anything is wrong" reports nothing.
                }

                if (a.AnyWord(clause.First, clause.End, ReplyWords))
                {
                    continue; // "sorry for the late reply": the delay was in answering, and this message is the answer.
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
                        return new ReportedProblem(tokens[i].Start, last.End);
                    }
                }

                for (var i = clause.First; i < clause.End; i++)
                {
                    var t = tokens[i];
                    if (t.Kind == TokenKind.Cjk && !t.IsQuoted)
                    {
                        foreach (var term in ChineseProblems)
                        {
                            var at = t.Lower.IndexOf(term, StringComparison.Ordinal);
                            var before = at < 0 ? "" : t.Lower.Substring(Math.Max(0, at - 5), Math.Min(5, at));
                            if (at >= 0 && !(term == "问题" && Array.Exists(ChineseNegators, n => before.IndexOf(n, StringComparison.Ordinal) >= 0)))
                            {
                                return new ReportedProblem(t.Start + at, t.Start + at + term.Length);
                            }
                        }
                    }
                }
            }

            return null;
        }

        private static readonly HashSet<string> ReplyWords = Lexicon.Words("reply", "response", "replying", "responding", "answer", "answering");

        private static readonly HashSet<string> Negators = Lexicon.Words("no", "without", "any", "avoid", "prevent", "never", "zero", "won't", "not", "isn't", "wasn't", "cannot", "can't");

        // "没有问题" (no problem), "不会有任何问题" (there won't be any problem): the problem word denied.
        private static readonly string[] ChineseNegators = { "没", "不会", "无", "不", "未出" };

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
    }
}
