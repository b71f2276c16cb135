using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Finds the next steps a message hands to someone — promises, requests, work in progress, work done, passives —
    /// with their actor and trigger. <c>missing-owner</c> is a query over these and the problems the
    /// <see cref="ProblemFinder"/> finds: an agentless passive seller action, or a problem with no owned step anywhere.
    /// </summary>
    internal sealed class NextStepFinder
    {
        private WordList FutureAuxiliaries { get; }

        private WordList PresentBe { get; }

        private WordList PhrasalParticles { get; }

        private WordList TrackingWords { get; }

        private WordList SellerObjects { get; }

        private WordList PerfectAuxiliaries { get; }

        private WordList ProgressiveAuxiliaries { get; }

        private WordList RecencyAdverbs { get; }

        public NextStepFinder(Vocabulary v)
        {
            FutureAuxiliaries = v.Words("steps.future-auxiliaries");
            PresentBe = v.Words("steps.present-be");
            PhrasalParticles = v.Words("steps.phrasal-particles");
            TrackingWords = v.Words("steps.tracking-words");
            SellerObjects = v.Words("steps.seller-objects");
            PerfectAuxiliaries = v.Words("steps.perfect-auxiliaries");
            ProgressiveAuxiliaries = v.Words("steps.progressive-auxiliaries");
            RecencyAdverbs = v.Words("steps.recency-adverbs");
            Listed = new ListedStepFinder(v);
            Chinese = new ChineseStepFinder(v);
            SellerActions = v.Words("steps.seller-actions");
            NotAgents = v.Words("steps.not-agents");
            NotASteps = v.Phrases("steps.not-a-steps");
            BuyerHandovers = v.Phrases("steps.buyer-handovers");
            SellerHandovers = v.Phrases("steps.seller-handovers");
            Imperatives = v.Words("steps.imperatives");
            Owners = v.Words("steps.owners");
            OutsideOwners = v.Words("steps.outside-owners");
            Carriers = v.Words("steps.carriers");
            NonOwners = v.Words("steps.non-owners");
            Skippable = v.Words("steps.skippable");
            Feelings = v.Words("steps.feelings");
            RecordVerbs = v.Words("steps.record-verbs");
            Remedial = v.Words("steps.remedial");
            PresentActions = v.Words("steps.present-actions");

            OwnedStarters = v.Hot(v.ListOf(BuyerHandovers.FirstWords.Concat(SellerHandovers.FirstWords).Concat(new[] { "please", "kindly", "going" })
                .Concat(FutureAuxiliaries).Concat(Remedial).Concat(PerfectAuxiliaries).Concat(ProgressiveAuxiliaries).Concat(Owners)));
        }

        // Every word an owned step is read from (a request, a handover, an auxiliary, a remedial verb), besides "…'ll":
        // one look-up passes over the words that start none.
        private WordList OwnedStarters { get; }

        // A seller's action in the present tense ("check", "ships"): with a time ahead of it in its clause, a plan.
        private WordList PresentActions { get; }

        // Seller actions; carrier and customs actions ("delivered", "cleared") are not the seller's to own.
        public WordList SellerActions { get; }

        // "by 4 Dec", "by Friday", "by email": a date or a means, not the one who acts.
        private WordList NotAgents { get; }

        private PhraseSet NotASteps { get; }

        // Handing the step to the buyer ("let us know", "could you") or offering the seller's ("let me", "shall we").
        private PhraseSet BuyerHandovers { get; }

        // Offers the seller makes: "we can reship it or refund you" hands the choice over with the seller ready to act.
        private PhraseSet SellerHandovers { get; }

        private WordList Imperatives { get; }

        private WordList Owners { get; }

        private WordList OutsideOwners { get; }

        // Names that stand for an outside party rather than someone on the seller's side: "DHL will collect it".
        private WordList Carriers { get; }

        private WordList NonOwners { get; }

        private WordList Skippable { get; }

        private WordList Feelings { get; }

        /// <summary>Steps in the languages whose step grammar is given as lists.</summary>
        private ListedStepFinder Listed { get; }

        /// <summary>Steps in Chinese, read from its runs of characters.</summary>
        private ChineseStepFinder Chinese { get; }

        public List<NextStep> Find(MessageAnalysis a)
        {
            var steps = new List<NextStep>();
            var timing = 0; // sentences and timing both run in text order: one pass over each keeps this linear
            foreach (var sentence in a.Sentences)
            {
                if (a.InFooter(sentence))
                {
                    continue; // "please delete it and inform us" in a confidentiality notice is nobody's next step
                }

                var before = steps.Count;
                FindPassives(a, sentence, steps);
                Chinese.FindPassives(a, sentence, steps);
                FindOwned(a, sentence, steps);
                Listed.Find(a, sentence, steps);
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

        private TimingPhrase? TriggerIn(MessageAnalysis a, in Sentence sentence, ref int from)
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

        private void Add(MessageAnalysis a, List<NextStep> steps, StepKind kind, StepActor actor, int firstToken)
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

        private void FindPassives(MessageAnalysis a, in Sentence sentence, List<NextStep> steps)
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
                if ((FutureAuxiliaries.Contains(t) || Lexicon.IsContractedWill(t.Lower)) && Next(a, i, sentence, out var k1) && IsAdverbThen(a, ref k1, sentence, "be"))
                {
                    beIndex = k1;
                }
                else if (PresentBe.Contains(t) && Next(a, i, sentence, out var k2) && tokens[k2].Is("being"))
                {
                    beIndex = k2;
                }
                else if (PresentBe.Contains(t) && Next(a, i, sentence, out var k3) && tokens[k3].Is("going")
                         && Next(a, k3, sentence, out var k4) && tokens[k4].Is("to") && Next(a, k4, sentence, out var k5) && tokens[k5].Is("be"))
                {
                    beIndex = k5;
                }

                if (beIndex < 0 || !Next(a, beIndex, sentence, out var p))
                {
                    continue;
                }

                while (p < sentence.End - 1 && tokens[p].Lower.EndsWith("ly", StringComparison.Ordinal) && !SellerActions.Contains(tokens[p]))
                {
                    p++;
                }

                if (!SellerActions.Contains(tokens[p]) || tokens[p].IsQuoted)
                {
                    continue;
                }

                var end = p;
                if (p + 1 < sentence.End && PhrasalParticles.Contains(tokens[p + 1]) && tokens[p + 1].Kind == TokenKind.Word)
                {
                    end = p + 1;
                }

                var actor = Agent(a, end + 1, sentence.End);
                if (actor == StepActor.Unknown && (IsAutomatic(a, beIndex, end, sentence.End) || IsCarrierRecord(a, sentence, i, tokens[p].Lower)))
                {
                    actor = StepActor.System;
                }

                // "will be returned to us", "will be sent back to our warehouse": the seller receives it, so someone else
                // acts — the carrier, the buyer.
                if (actor == StepActor.Unknown && TowardsSeller(a, end + 1, sentence.End))
                {
                    actor = StepActor.ThirdParty;
                }

                steps.Add(new NextStep(StepKind.Passive, actor, t.Start, tokens[end].End));
                i = end;
            }
        }

        // "will be cancelled automatically": the system is the actor, and the sentence says so.
        private bool IsAutomatic(MessageAnalysis a, int from, int to, int end)
        {
            for (var k = from; k <= Math.Min(end - 1, to + 1); k++)
            {
                if (a.Tokens[k].Is("automatically"))
                {
                    return true;
                }
            }

            return false;
        }

        // "The tracking will be updated in 2 days": the carrier's record changes by itself. "A new tracking number will be
        // provided" is different: someone on the seller's side provides it, so only record verbs count.
        private WordList RecordVerbs { get; }

        private bool IsCarrierRecord(MessageAnalysis a, in Sentence sentence, int auxiliary, string participle)
        {
            if (!RecordVerbs.Contains(participle))
            {
                return false;
            }

            for (var k = Math.Max(sentence.First, auxiliary - 4); k < auxiliary; k++)
            {
                var w = a.Tokens[k].Lower;
                if (TrackingWords.Contains(w) || w == "status" && k > sentence.First && a.Tokens[k - 1].Is("tracking"))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Next(MessageAnalysis a, int i, in Sentence sentence, out int next)
        {
            next = i + 1;
            return next < sentence.End && a.Tokens[next].Kind == TokenKind.Word;
        }

        /// <summary>Allows one adverb between the auxiliary and <paramref name="word"/>: "will then be", "will soon be".</summary>
        private bool IsAdverbThen(MessageAnalysis a, ref int k, in Sentence sentence, string word)
        {
            if (a.Tokens[k].Is(word))
            {
                return true;
            }

            if (k + 1 < sentence.End && a.Tokens[k + 1].Is(word) && !a.Tokens[k].Is("not"))
            {
                k++;
                return true;
            }

            return false;
        }

        // "to us", "back to our warehouse" right after the verb group.
        private bool TowardsSeller(MessageAnalysis a, int from, int end)
        {
            var k = from < end && a.Tokens[from].Is("back") ? from + 1 : from;
            return k + 1 < end && a.Tokens[k].Is("to") && SellerObjects.Contains(a.Tokens[k + 1]);
        }

        /// <summary>The agent named by "by …" after a passive verb group, inside its clause; Unknown when none is.</summary>
        private StepActor Agent(MessageAnalysis a, int from, int end)
        {
            for (var k = from; k < end - 1; k++)
            {
                var t = a.Tokens[k];
                if (t.Kind == TokenKind.Punct && !t.Is("-"))
                {
                    return StepActor.Unknown; // the agent, when given, follows the verb group inside its clause.
                }

                if (t.Is("by"))
                {
                    var next = a.Tokens[k + 1];
                    if (next.IsDigitStart || NotAgents.Contains(next))
                    {
                        if (next.Is("the") && k + 2 < end && !NotAgents.Contains(a.Tokens[k + 2]) && !a.Tokens[k + 2].IsDigitStart)
                        {
                            return ActorOf(a.Tokens[k + 2]) ?? StepActor.ThirdParty; // "by the warehouse", "by the carrier"
                        }

                        continue;
                    }

                    return SellerObjects.Contains(next) ? StepActor.Seller : ActorOf(next) ?? StepActor.ThirdParty;
                }
            }

            return StepActor.Unknown;
        }

        private void FindOwned(MessageAnalysis a, in Sentence sentence, List<NextStep> steps)
        {
            var tokens = a.Tokens;
            Chinese.FindOwned(a, sentence, steps);
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.IsQuoted || !(OwnedStarters.Contains(t) || Lexicon.IsContractedWill(t.Lower)))
                {
                    continue;
                }

                if ((t.Is("please") || t.Is("kindly")) && NotASteps.Match(a, i, sentence.End) == 0)
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

                if (FutureAuxiliaries.Contains(t) || Lexicon.IsContractedWill(t.Lower)
                    || (t.Is("going") && i + 1 < sentence.End && tokens[i + 1].Is("to")))
                {
                    var actor = t.Is("we'll") || t.Is("i'll") ? StepActor.Seller : OwnerSubject(a, sentence, i) ?? DroppedSubject(a, i, sentence);
                    if (actor != null && !IsPassiveAfter(a, i, sentence))
                    {
                        Add(a, steps, StepKind.Promise, actor.Value, SubjectStart(a, i));
                    }
                }

                // "We refunded the full amount today", "I contacted DHL": the seller already acted on the problem.
                if (i > sentence.First && Remedial.Contains(t) && Owners.Contains(tokens[i - 1]))
                {
                    Add(a, steps, StepKind.Done, StepActor.Seller, i - 1);
                }

                // "We have sent a replacement today": the seller already acted on the problem.
                if (PerfectAuxiliaries.Contains(t) && ActedOn(a, i + 1, sentence.End))
                {
                    var actor = t.Is("we've") || t.Is("i've") ? StepActor.Seller : OwnerSubject(a, sentence, i);
                    if (actor != null)
                    {
                        Add(a, steps, StepKind.Done, actor.Value, SubjectStart(a, i));
                    }
                }

                // "we check with DHL tmr", "our warehouse ships it on 4 Dec": an action of the seller's side in the present
                // tense, with a date or day ahead of it in its clause, is a plan — the way chat and sellers' English say
                // "will". Without the time it is a habit ("we ship worldwide") and no step.
                if (Owners.Contains(t) && i + 1 < sentence.End && PresentActions.Contains(tokens[i + 1]) && !tokens[i + 1].IsQuoted
                    && TimeAhead(a, i + 1))
                {
                    Add(a, steps, StepKind.Promise, StepActor.Seller, SubjectStart(a, i + 1));
                }

                // "we are checking with DHL", "our team is contacting the carrier".
                if (ProgressiveAuxiliaries.Contains(t)
                    && i + 1 < sentence.End && tokens[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && !Feelings.Contains(tokens[i + 1]))
                {
                    var actor = t.Is("we're") || t.Is("i'm") ? StepActor.Seller : OwnerSubject(a, sentence, i);
                    if (actor != null)
                    {
                        Add(a, steps, StepKind.InProgress, actor.Value, SubjectStart(a, i));
                    }
                }
            }

            // An imperative opening a clause: "Contact us on WhatsApp", "Hi Tom, reply with your size". Not a field's label
            // ("Email: lily@…", "Contact: +86 …" in a signature), which a colon follows at once.
            foreach (var clause in sentence.Clauses)
            {
                var first = a.FirstWordOf(clause);
                if (first >= 0 && Imperatives.Contains(tokens[first]) && !tokens[first].IsQuoted
                    && !(first + 1 < tokens.Count && tokens[first + 1].Is(":"))) // a full-width colon is ':' once normalised
                {
                    Add(a, steps, StepKind.Request, StepActor.Buyer, first);
                }
            }
        }

        // "Will ship tmr.", "parcel stuck, will check n get back 2 u": chat and short notes drop the writer's "we" — an
        // auxiliary opening its clause right before an action of the seller's is the writer's own step. "Will it arrive
        // soon?" has its subject after the auxiliary, and no step.
        private StepActor? DroppedSubject(MessageAnalysis a, int auxiliary, in Sentence sentence)
        {
            var tokens = a.Tokens;
            var verb = auxiliary + 1;
            return verb < sentence.End && a.FirstWordOf(a.ClauseOf(auxiliary)) == auxiliary && !tokens[verb].IsQuoted
                && (PresentActions.Contains(tokens[verb]) || (tokens[verb].Is("get") && verb + 1 < sentence.End && tokens[verb + 1].Is("back")))
                    ? StepActor.Seller
                    : null;
        }

        /// <summary>Whether a date, a day or a range ("tomorrow", "on 4 Dec 2026", "Friday") follows token <paramref name="verb"/> in its clause.</summary>
        private static bool TimeAhead(MessageAnalysis a, int verb)
        {
            var clause = a.ClauseOf(verb);
            var from = a.Tokens[verb].End;
            var to = a.Tokens[clause.End - 1].End;
            var timing = a.Timing; // by position: found by halving, so a long message stays linear
            int lo = 0, hi = timing.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (timing[mid].Start < from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var k = lo; k < timing.Count && timing[k].Start < to; k++)
            {
                if (timing[k].Kind == TimingKind.Absolute || timing[k].Kind == TimingKind.Range)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the step's wording starts: its subject when it stands just before the verb ("our team will").</summary>
        private int SubjectStart(MessageAnalysis a, int verb)
        {
            var clause = a.ClauseOf(verb);
            var k = verb;
            while (k - 1 >= clause.First && a.Tokens[k - 1].Kind == TokenKind.Word && verb - (k - 1) <= 3)
            {
                k--;
            }

            return k;
        }

        private WordList Remedial { get; }

        private bool ActedOn(MessageAnalysis a, int k, int end)
        {
            if (k < end && RecencyAdverbs.Contains(a.Tokens[k]))
            {
                k++;
            }

            return k < end && Remedial.Contains(a.Tokens[k]);
        }

        private bool IsPassiveAfter(MessageAnalysis a, int i, in Sentence sentence)
        {
            var k = i + 1;
            if (k < sentence.End && a.Tokens[k].Is("to"))
            {
                k++;
            }

            return k + 1 < sentence.End && a.Tokens[k].Is("be") && SellerActions.Contains(a.Tokens[k + 1]);
        }

        /// <summary>Who stands as the subject of the verb at <paramref name="modal"/>; null when it is a thing or the buyer.</summary>
        private StepActor? OwnerSubject(MessageAnalysis a, in Sentence sentence, int modal)
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
            while (k >= clauseFirst && tokens[k].Kind == TokenKind.Word && Skippable.Contains(tokens[k]) && !tokens[k].Is("and") && !tokens[k].Is("or"))
            {
                k--;
            }

            // "We have the item in stock and will ship it": the coordinated verb shares the clause's first subject.
            if (k >= clauseFirst && (tokens[k].Is("and") || tokens[k].Is("or")))
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
            var opensClause = k >= clauseFirst && (tokens[k].Is("who") || tokens[k].Is("which")) && k == FirstWordIndex(a, clauseFirst, modal);
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

        private int FirstWordIndex(MessageAnalysis a, int from, int to)
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
        private StepActor? ActorOf(Token t)
        {
            if (t.Kind != TokenKind.Word)
            {
                return null;
            }

            if (OutsideOwners.Contains(t) || Carriers.Contains(t))
            {
                return StepActor.ThirdParty;
            }

            return Owners.Contains(t) || t.Is("us") || t.Is("our") ? StepActor.Seller : null;
        }

        /// <summary>
        /// A verdict on a possible subject. Decided with an actor: someone who can act ("we", "our team", "DHL", "Kevin").
        /// Decided without one: a thing or the buyer ("it", "your refund", "you"). Not decided: not a subject word.
        /// </summary>
        private (bool Decided, StepActor? Actor) Classify(Token t)
        {
            if (t.Kind != TokenKind.Word)
            {
                return (false, null);
            }

            if (OutsideOwners.Contains(t))
            {
                return (true, StepActor.ThirdParty);
            }

            if (Owners.Contains(t))
            {
                return (true, StepActor.Seller);
            }

            if (NonOwners.Contains(t))
            {
                return (true, null);
            }

            // An identifier with digits ("IT-50918", "PI-2026-118") is an order or tracking number, never someone who acts.
            if ((t.IsName || t.IsAllCaps) && !HasDigit(t.Lower))
            {
                return (true, Carriers.Contains(t) ? StepActor.ThirdParty : StepActor.Seller); // "DHL will…", "Kevin will…"
            }

            return (false, null);
        }

        private static bool HasDigit(string text)
        {
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
