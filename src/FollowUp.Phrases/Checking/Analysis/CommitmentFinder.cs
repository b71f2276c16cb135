using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Finds what a message commits to and who decides it: certainty markers ("guaranteed", "definitely", "100%",
    /// "never", "保证") with the outcome they are about, and the seller's own promises from the next steps. A
    /// certainty about an outcome the seller does not control is the overpromise the corpus defines; remedies the seller
    /// controls, product facts and guarantees a named service carries are commitments, not overpromises.
    /// </summary>
    internal sealed class CommitmentFinder
    {
        private WordList AbsoluteNegations { get; }

        // Endings of the past tense ("-ed"): "customs never contacted us" reports what did not happen, it claims nothing.
        private string[] PastEndings { get; }

        private WordList PredictionVerbs { get; }

        private WordList PromiseNouns { get; }

        private WordList ArrivalVerbs { get; }

        private PhraseSet FrequencyMarkers { get; }

        private TermSet ChineseNegations { get; }

        private TermSet ChineseDeterminers { get; }

        private PhraseSet QuantifierMarkers { get; }

        private WordList ShipmentNouns { get; }

        public CommitmentFinder(Vocabulary v)
        {
            QuantifierMarkers = v.Phrases("claims.quantifier-markers");
            ShipmentNouns = v.Words("claims.shipment-nouns");
            FrequencyMarkers = v.Phrases("claims.frequency-markers");
            ChineseNegations = v.Terms("claims.negations");
            ChineseDeterminers = v.Terms("claims.determiners");
            AbsoluteNegations = v.Words("claims.absolute-negations");
            PastEndings = v.Entries("claims.past-endings");
            PredictionVerbs = v.Words("claims.prediction-verbs");
            PromiseNouns = v.Words("claims.promise-nouns");
            ArrivalVerbs = v.Words("claims.arrival-verbs");
            Markers = v.Phrases("claims.markers");
            Absolutes = v.Phrases("claims.absolutes");
            Outcomes = v.Words("claims.outcomes");
            ProblemWords = v.Words("claims.problem-words");
            Harms = v.Words("claims.harms");
            GetObjects = v.Words("claims.get-objects");
            Remedies = v.Words("claims.remedies");
            Conditionals = v.Words("steps.conditionals");
            VouchingVerbs = v.Words("claims.vouching-verbs");
            Carriers = v.Words("steps.carriers");
            Auxiliaries = v.ListOf(v.Words("steps.perfect-auxiliaries").Concat(v.Words("steps.future-auxiliaries")));
            NounLeads = v.Words("claims.noun-leads");
            Negations = v.Words("claims.negations");
            NegatingDeterminers = v.Words("claims.negating-determiners");
            Modals = v.Words("claims.modals");
            SellerSubjects = v.Words("claims.seller-subjects");
            ProductFacts = v.Words("claims.product-facts");
            ChineseMarkers = v.Terms("claims.markers");
            ChineseOutcomes = v.Terms("claims.outcomes");
            ChineseAbsolutes = v.Terms("claims.absolutes");
            ChineseRemedies = v.Terms("claims.remedies");
            CarrierOutcomes = v.Words("claims.carrier-outcomes");
            CustomsOutcomes = v.Words("claims.customs-outcomes");
            ChineseCarrierOutcomes = v.Terms("claims.carrier-outcomes");
            LossWords = v.Words("claims.loss-words");
            Hedges = v.Words("claims.hedges");

            Starters = v.Hot(v.ListOf(Absolutes.FirstWords.Concat(Markers.FirstWords).Concat(FrequencyMarkers.FirstWords).Concat(QuantifierMarkers.FirstWords)
                .Concat(AbsoluteNegations).Concat(new[] { "not" })));
            ClaimStarts = new PhraseStarts(v, new[] { Absolutes.All, Markers.All, FrequencyMarkers.All, QuantifierMarkers.All }, AbsoluteNegations.Concat(new[] { "not" }));
        }

        public PhraseSet Markers { get; }

        // Whether a sentence may hold what an English claim starts with: a phrase of the four claim lists, a denial.
        private PhraseStarts ClaimStarts { get; }

        // Every word an English claim starts with (an absolute, a frequency or quantifier marker, a denial, a certainty
        // marker): one look-up passes over the words that start none.
        private WordList Starters { get; }

        public PhraseSet Absolutes { get; }

        // What the seller cannot make certain.
        private WordList Outcomes { get; }

        // "no problem" is an absolute claim; "fix the problem" is the seller's own work.
        private WordList ProblemWords { get; }

        // Harm a product is claimed never to do: "this charger never overheats".
        private WordList Harms { get; }

        private WordList GetObjects { get; }

        private WordList Remedies { get; }

        // "guarantees", "has guaranteed": what a carrier vouches for its own service with ("FedEx guarantees delivery by
        // 10:30"), and the carriers and auxiliaries between them.
        private WordList VouchingVerbs { get; }

        private WordList Carriers { get; }

        private WordList Auxiliaries { get; }

        // "if", "falls", "si": a clause that opens with one states a condition, not a claim.
        private WordList Conditionals { get; }

        // A guarantee someone else carries is a noun after an article or a name: "a UPS on-time guarantee".
        private WordList NounLeads { get; }

        private WordList Negations { get; }

        // Negations that deny the noun after them ("no worries", "keine Sorge", "aucun souci"), not a percentage after that.
        private WordList NegatingDeterminers { get; }

        private WordList Modals { get; }

        private WordList SellerSubjects { get; }

        private WordList ProductFacts { get; }

        public TermSet ChineseMarkers { get; }

        private TermSet ChineseOutcomes { get; }

        public TermSet ChineseAbsolutes { get; }

        private TermSet ChineseRemedies { get; }


        // Who decides an outcome word: the carrier (arrival), customs (duty), or nobody named (damage, the product).
        private WordList CarrierOutcomes { get; }

        private WordList CustomsOutcomes { get; }

        private TermSet ChineseCarrierOutcomes { get; }

        private WordList LossWords { get; }

        private WordList Hedges { get; }

        private enum Certainty
        {
            /// <summary>Not a claim: "make sure to reply", "100% cotton".</summary>
            None,
            /// <summary>"we cannot guarantee…": honest hedging.</summary>
            Hedged,
            /// <summary>Certainty about a remedy the seller controls: "we guarantee a full refund".</summary>
            Remedy,
            /// <summary>A guarantee someone else carries: "a UPS on-time guarantee".</summary>
            Backed,
            /// <summary>Certainty that needs an outcome to be judged.</summary>
            Certain,
        }

        /// <summary>
        /// Every commitment: the certain claims (<see cref="FindClaims"/>) and the seller's plain promises (planned, from the
        /// next steps), by position.
        /// </summary>
        public List<Commitment> Find(MessageAnalysis a)
        {
            var found = new List<Commitment>(a.Claims);

            // The seller's plain promises are commitments too, planned rather than certain: "we will ship by 4 Dec".
            foreach (var step in a.NextSteps)
            {
                if (step.Kind == StepKind.Promise && (step.Actor == StepActor.Seller || step.Actor == StepActor.ThirdParty))
                {
                    found.Add(new Commitment(step.Start, step.End, step.Actor, step.Actor == StepActor.Seller, isCertain: false, outcome: null));
                }
            }

            SortByStart(found);
            return found;
        }

        /// <summary>
        /// The certain claims alone, by position — all the overpromise rule needs, without reading the next steps the
        /// planned promises come from.
        /// </summary>
        public List<Commitment> FindClaims(MessageAnalysis a)
        {
            var found = new List<Commitment>();
            var sentences = a.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (!ClaimStarts.MayStartIn(sentence) && (sentence.Holds & SentenceHolds.Chinese) == 0)
                {
                    continue; // no claim phrase or denial can start (every English claim starts at one), and no Chinese
                }

                var unclaimedFrom = 0; // the clauses from here to the one before made no claim
                var chinese = (sentence.Holds & SentenceHolds.Chinese) != 0; // a Chinese claim needs a run of Chinese
                for (var c = 0; c < sentence.Clauses.Count; c++)
                {
                    var clause = sentence.Clauses[c];

                    // "Rest assured, customs won't charge you": a marker standing alone as its own clause governs the next.
                    if (c + 1 < sentence.Clauses.Count && IsBareMarker(a, clause))
                    {
                        clause = new Clause(clause.First, sentence.Clauses[c + 1].End);
                        c++;
                    }

                    var found1 = FindEnglish(a, clause, found) || (chinese && FindChinese(a, clause, found));

                    // "No customs fees, guaranteed!": a marker closing the sentence governs the clause before it, when
                    // neither made a claim on its own — and, while those name no outcome, the ones before that ("No tax,
                    // no customs fees, no worries – guaranteed!").
                    // Not from a clause that offers a remedy or states its condition: in "we refund the amount if the
                    // parcel does not arrive by 10 Dec — we guarantee that" and "…, falls das Paket nicht ankommt — das
                    // garantieren wir" the marker vouches for the refund, and the arrival is only its condition.
                    if (!found1 && c > 0 && unclaimedFrom < c && c + 1 == sentence.Clauses.Count && IsBareMarker(a, clause))
                    {
                        for (var back = c - 1; back >= unclaimedFrom && !found1; back--)
                        {
                            var prior = sentence.Clauses[back];
                            if (OffersRemedy(a, prior) || IsCondition(a, prior))
                            {
                                break;
                            }

                            var merged = new Clause(prior.First, clause.End);
                            found1 = FindEnglish(a, merged, found) || (chinese && FindChinese(a, merged, found));
                        }
                    }

                    // "Delivery: guaranteed by 20 Dec", a table's "Delivery | Guaranteed by 20 Dec": a short label before a
                    // clause that opens with a certainty marker names what is certain.
                    if (!found1 && OpensWithMarker(a, clause) && LabelBefore(a, sentences, s, c) is Clause label)
                    {
                        var before = found.Count;
                        found1 = FindEnglish(a, new Clause(label.First, clause.End), found);
                        if (c == 0 && found.Count > before && found[found.Count - 1] is Commitment cell)
                        {
                            // A label in a cell or line of its own is not underlined with the claim.
                            found[found.Count - 1] = new Commitment(a.Tokens[clause.First].Start, cell.End, cell.Actor, cell.SellerControls, cell.IsCertain, cell.Outcome);
                        }
                    }

                    unclaimedFrom = found1 ? c + 1 : unclaimedFrom;
                }
            }

            SortByStart(found);
            return found;
        }

        private bool IsCondition(MessageAnalysis a, Clause clause) => a.FirstWordOf(clause) is var first && first >= 0 && Conditionals.Contains(a.Tokens[first]);

        private bool OffersRemedy(MessageAnalysis a, Clause clause) =>
            a.AnyWord(clause.First, clause.End, Remedies) || a.ChineseContains(clause.First, clause.End, ChineseRemedies);

        // By position, ties in the order found (a stable insertion sort: claims are found nearly in order already).
        private static void SortByStart(List<Commitment> found)
        {
            for (var i = 1; i < found.Count; i++)
            {
                var item = found[i];
                var k = i - 1;
                while (k >= 0 && found[k].Start > item.Start)
                {
                    found[k + 1] = found[k];
                    k--;
                }

                found[k + 1] = item;
            }
        }

        private void Add(MessageAnalysis a, List<Commitment> found, int start, Clause clause, StepActor actor, bool controlled, string? outcome, int atLeastTo = 0)
        {
            var end = Math.Max(a.ContentEndOf(clause), atLeastTo);
            if (end > start)
            {
                found.Add(new Commitment(start, end, actor, controlled, isCertain: true, outcome));
            }
        }

        private StepActor ActorFor(string outcome) =>
            CarrierOutcomes.Contains(outcome) || CustomsOutcomes.Contains(outcome) || ChineseCarrierOutcomes.AnyIn(outcome)
                ? StepActor.ThirdParty
                : StepActor.Unknown;

        /// <summary>Records the clause's English certainty claims; true when one of them is an overpromise (the clause is done).</summary>
        private bool FindEnglish(MessageAnalysis a, Clause clause, List<Commitment> found)
        {
            var tokens = a.Tokens;

            // A denial governs its whole clause: after "we cannot guarantee", "customs won't charge VAT" is not a claim.
            var denied = false;
            for (var i = clause.First; i < clause.End; i++)
            {
                // "we" and "our" open claims ("we guarantee", "our parcels always…") and start nothing alone: such a word
                // starts a claim only before a phrase's second word.
                if (!Starters.Contains(tokens[i]) || !ClaimStarts.MayStartAt(tokens, i, clause.End))
                {
                    continue; // starts no claim: most words
                }

                var absolute = Absolutes.Match(a, i, clause.End);
                if (absolute > 0)
                {
                    Add(a, found, tokens[i].Start, clause, StepActor.Unknown, controlled: false, a.WordsText(i, i + absolute));
                    return true;
                }

                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.IsQuoted)
                {
                    continue;
                }

                if (!denied && FrequencyClaim(a, clause, i) is int claimed)
                {
                    Add(a, found, tokens[i].Start, clause, ActorFor(tokens[claimed].Lower), controlled: false, tokens[claimed].Lower);
                    return true;
                }

                if (!denied && (AbsoluteNegations.Contains(t) || (t.Is("not") && i > clause.First && a.Tokens[i - 1].Is("will"))))
                {
                    var (start, seller) = NeverClaim(a, clause, i);
                    if (start >= 0)
                    {
                        var next = i + 1 < clause.End ? tokens[i + 1].Lower : null;
                        Add(a, found, start, clause, seller ? StepActor.Seller : next != null ? ActorFor(next) : StepActor.Unknown, controlled: seller, next);
                        if (!seller)
                        {
                            return true;
                        }
                    }

                    continue;
                }

                var marker = Markers.Find(a, i, clause.End);
                if (marker is null)
                {
                    continue;
                }

                var (certainty, remedy) = denied ? (Certainty.Hedged, null) : IsCertainty(a, clause, i, marker);
                denied |= certainty == Certainty.Hedged;
                if (certainty == Certainty.Remedy)
                {
                    Add(a, found, tokens[i].Start, clause, StepActor.Seller, controlled: true, remedy);
                }
                else if (certainty == Certainty.Certain)
                {
                    var outcome = FirstOutcome(a, clause);

                    // "We will definitely not charge you twice": what customs would do to the buyer, done by the seller,
                    // is its own conduct. Arrival stays the carrier's, whoever says "we will definitely deliver".
                    if (outcome >= 0 && CustomsOutcomes.Contains(tokens[outcome].Lower) && SellerDoes(a, clause, outcome))
                    {
                        continue;
                    }

                    if (outcome >= 0)
                    {
                        // The span holds the marker whole ("no problem 100%": its '%' ends the clause) and, for a problem
                        // word, the "no" that makes it an outcome.
                        var from = outcome > clause.First && ProblemWords.Contains(tokens[outcome]) && Negations.Contains(tokens[outcome - 1]) ? outcome - 1 : outcome;
                        Add(a, found, Math.Min(tokens[i].Start, tokens[from].Start), clause, ActorFor(tokens[outcome].Lower), controlled: false, tokens[outcome].Lower, tokens[i + marker.Length - 1].End);
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// "our parcels always clear customs within 48 hours", "every order reaches you within 6 days", "never delayed":
        /// how often a third party's outcome goes well, claimed as absolute. Returns the outcome's token, or null when
        /// there is no frequency marker at <paramref name="i"/>, the clause names no outcome, the marker is negated
        /// ("do not always"), or the subject is the seller ("we always reply within 24 hours": its own conduct).
        /// </summary>
        private int? FrequencyClaim(MessageAnalysis a, Clause clause, int i)
        {
            var tokens = a.Tokens;
            var length = FrequencyMarkers.Match(a, i, clause.End, allowNames: true);
            if (length == 0)
            {
                // "every order", "each parcel": a quantifier claims a frequency only over shipments ("every week" does not).
                length = QuantifierMarkers.Match(a, i, clause.End, allowNames: true);
                var noun = false;
                for (var k = i + length; length > 0 && k < Math.Min(clause.End, i + length + 3); k++)
                {
                    noun |= ShipmentNouns.Contains(tokens[k]);
                }

                if (!noun)
                {
                    return null;
                }
            }

            if (i > clause.First && Negations.Contains(tokens[i - 1]))
            {
                return null;
            }

            // "Never" counts how often as "always" does — "customs never hold our parcels" — but only said of someone:
            // "Never worry about the fees" is advice, and "customs never contacted us" a report of the past. After a modal
            // ("will never leak") it is a flat denial, read as one below.
            if (AbsoluteNegations.Contains(tokens[i])
                && (i == clause.First || tokens[i - 1].Kind != TokenKind.Word || IsModal(tokens[i - 1]) || IsPast(a, i + length, clause.End)))
            {
                return null;
            }

            for (var k = i - 1; k >= clause.First && k >= i - 3; k--)
            {
                if (IsSeller(tokens[k].Lower))
                {
                    return null;
                }
            }

            var outcome = FirstOutcome(a, clause);
            if (outcome < 0)
            {
                for (var k = i + length; k < clause.End; k++)
                {
                    if (LossWords.Contains(tokens[k]))
                    {
                        return k; // "never delayed", "never lost"
                    }
                }

                return null;
            }

            return outcome;
        }

        // "will", "would", "can" … or a contracted will ("it'll"): a "never" after one is a flat denial.
        private bool IsModal(in Token t) => Modals.Contains(t) || Lexicon.IsContractedWill(t.Lower);

        // Whether the word at k (the verb after a marker) is written in the past.
        private bool IsPast(MessageAnalysis a, int k, int end)
        {
            if (k >= end || a.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = a.Tokens[k].Lower;
            foreach (var ending in PastEndings)
            {
                if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool OpensWithMarker(MessageAnalysis a, Clause clause)
        {
            for (var i = clause.First; i < clause.End; i++)
            {
                if (a.Tokens[i].Kind != TokenKind.Punct)
                {
                    return Starters.Contains(a.Tokens[i]) && Markers.Match(a, i, clause.End) > 0;
                }
            }

            return false;
        }

        // The label right before clause c of sentence s: the clause before it in the sentence, ended by a colon, or a
        // sentence of its own (a table cell, a line); one to three words, unquoted.
        private static Clause? LabelBefore(MessageAnalysis a, List<Sentence> sentences, int s, int c)
        {
            Clause label;
            if (c > 0)
            {
                label = sentences[s].Clauses[c - 1];
                var end = label.End - 1;
                if (!a.Tokens[end].Is(":"))
                {
                    return null;
                }
            }
            else if (s > 0 && sentences[s - 1].End == sentences[s].First)
            {
                label = new Clause(sentences[s - 1].First, sentences[s - 1].End);
            }
            else
            {
                return null;
            }

            var words = 0;
            for (var i = label.First; i < label.End; i++)
            {
                ref readonly var t = ref a.Tokens[i];
                if (t.IsQuoted || (t.Kind == TokenKind.Punct && !t.Is(":") && !t.Is("\n")))
                {
                    return null;
                }

                words += t.Kind == TokenKind.Punct ? 0 : 1;
            }

            return words >= 1 && words <= 3 ? label : null;
        }

        private bool IsBareMarker(MessageAnalysis a, Clause clause)
        {
            var words = 0;
            var marker = false;
            for (var i = clause.First; i < clause.End; i++)
            {
                ref readonly var t = ref a.Tokens[i];
                if (t.Kind == TokenKind.Punct)
                {
                    continue;
                }

                // A run of Chinese is several words (about two characters each): "您的包裹100%不会被海关扣留" is a claim of
                // its own, not a bare "100%".
                words += t.Kind == TokenKind.Cjk ? Math.Max(1, t.Lower.Length / 2) : 1;
                if (words > 3)
                {
                    return false; // a clause of its own words is no bare marker: most clauses stop here
                }

                marker |= Starters.Contains(t) && (Markers.Match(a, i, clause.End) > 0 || FrequencyMarkers.Match(a, i, clause.End, allowNames: true) > 0);
            }

            return marker && words <= 3;
        }

        private (Certainty, string?) IsCertainty(MessageAnalysis a, Clause clause, int i, string[] marker)
        {
            var tokens = a.Tokens;
            var prev = i > clause.First ? tokens[i - 1].Lower : "";
            var prev2 = i - 1 > clause.First ? tokens[i - 2].Lower : "";
            // "we cannot guarantee…", "we can't really promise…", "no real guarantee" are honest hedging; in "no problem 100%"
            // and "no worries 100% safe" the "no" denies the noun after it, not the percentage after that.
            if (Negations.Contains(prev) || (Negations.Contains(prev2) && !Outcomes.Contains(tokens[i - 1])
                && !(NegatingDeterminers.Contains(tokens[i - 2]) && tokens[i].IsDigitStart)))
            {
                return (Certainty.Hedged, null);
            }

            // "certainly possible", "definitely likely": the marker strengthens a hedge, not a claim.
            var following = i + marker.Length < clause.End ? tokens[i + marker.Length].Lower : "";
            if (Hedges.Contains(following))
            {
                return (Certainty.Hedged, null);
            }

            // "is sure to arrive" predicts; "make sure to reply" and "be sure to include" ask.
            var predicts = PredictionVerbs.Contains(prev) || prev == "be" && prev2 == "will";
            if (marker.Length == 2 && marker[1] == "to" && !predicts)
            {
                return (Certainty.None, null);
            }

            // "we guarantee a full refund if …", "we will 100% refund you": certainty about a remedy the seller controls.
            for (var k = i + marker.Length; k < Math.Min(clause.End, i + marker.Length + 6); k++)
            {
                if (Remedies.Contains(tokens[k]))
                {
                    return (Certainty.Remedy, tokens[k].Lower);
                }
            }

            // "guaranteed within 20 days or your money back": the guarantee is the remedy the seller pays when it fails.
            for (var k = i + marker.Length; k < clause.End; k++)
            {
                if (!tokens[k].Is("or"))
                {
                    continue;
                }

                for (var r = k + 1; r < Math.Min(clause.End, k + 4); r++)
                {
                    if (Remedies.Contains(tokens[r]))
                    {
                        return (Certainty.Remedy, tokens[r].Lower);
                    }
                }
            }

            var head = marker[0];
            if (marker.Length == 2 && marker[1] == "to")
            {
                return (Certainty.Certain, null);
            }

            if (head == "100" || head == "one")
            {
                // default(Token) has no text: there is no token after the marker in the clause.
                var after = i + marker.Length < clause.End ? tokens[i + marker.Length] : default;
                return (after.Lower != null && !ProductFacts.Contains(after) ? Certainty.Certain : Certainty.None, null);
            }

            if (PromiseNouns.Contains(head))
            {
                var lead = i > clause.First ? tokens[i - 1] : default;
                if (lead.Lower != null && (NounLeads.Contains(lead) || lead.IsName || (lead.IsAllCaps && !lead.Is("we"))))
                {
                    return (Certainty.Backed, null);
                }
            }

            // "FedEx guarantees delivery by 10:30", "DHL has guaranteed it": the carrier vouches for its own service.
            if (VouchingVerbs.Contains(head))
            {
                var k = i - 1;
                while (k >= clause.First && Auxiliaries.Contains(tokens[k]))
                {
                    k--;
                }

                if (k >= clause.First && Carriers.Contains(tokens[k]))
                {
                    return (Certainty.Backed, null);
                }
            }

            return (Certainty.Certain, null);
        }

        private int FirstOutcome(MessageAnalysis a, Clause clause)
        {
            for (var k = clause.First; k < clause.End; k++)
            {
                var t = a.Tokens[k];
                // "you will get it before Friday": receiving, in plain words.
                if (t.Kind == TokenKind.Word && !t.IsQuoted && t.Is("get") && k + 1 < clause.End && GetObjects.Contains(a.Tokens[k + 1]))
                {
                    return k;
                }

                if (t.Kind == TokenKind.Word && !t.IsQuoted && Outcomes.Contains(t))
                {
                    if (ProblemWords.Contains(t) && !(k > clause.First && (a.Tokens[k - 1].Is("no") || a.Tokens[k - 1].Is("without"))))
                    {
                        continue;
                    }

                    return k;
                }
            }

            return -1;
        }

        /// <summary>The start of a flat denial ("will never overheat", "won't charge"), or -1; and whether it is the seller's own conduct.</summary>
        private (int Start, bool Seller) NeverClaim(MessageAnalysis a, Clause clause, int i)
        {
            var tokens = a.Tokens;
            var prev = i > clause.First ? tokens[i - 1] : default; // default(Token): none, its Lower is null
            var next = i + 1 < clause.End ? tokens[i + 1] : default;
            var never = tokens[i].Is("never");
            var modal = never && prev.Lower != null && IsModal(prev);

            // "won't charge", "will not break": a flat denial of harm; "won't arrive before Christmas" is honest, not a claim.
            var harm = next.Lower != null && Harms.Contains(next) && (never || !ArrivalVerbs.Contains(next));

            // "is never delayed", "never lost": a flat denial of a loss.
            harm |= never && next.Lower != null && LossWords.Contains(next);

            // "won't get lost", "will not get damaged": a denial of harm in two words.
            harm |= next.Lower != null && next.Is("get") && i + 2 < clause.End && LossWords.Contains(tokens[i + 2]);
            if (!modal && !harm)
            {
                return (-1, false);
            }

            // "we will never share your data", "we won't charge you twice", "we definitely will not charge you": the
            // seller's own conduct, which it controls (an adverb may stand between the seller and the auxiliary).
            var auxiliary = modal || tokens[i].Is("not");
            var subject = auxiliary ? i - 2 : i - 1;
            var start = auxiliary ? prev!.Start : tokens[i].Start;
            for (var k = subject; k >= clause.First && k >= subject - 1; k--)
            {
                if (IsSeller(tokens[k].Lower))
                {
                    return (tokens[k].Start, true);
                }
            }

            return (start, false);
        }

        // The seller as the subject of the verb at token v, past the modals, denials and adverbs before it: "we
        // definitely will not charge" (not "customs will not hold", "duties will be charged").
        private bool SellerDoes(MessageAnalysis a, Clause clause, int v)
        {
            var k = v - 1;
            while (k >= clause.First && v - k <= 4 && (IsModal(a.Tokens[k]) || Negations.Contains(a.Tokens[k])
                   || a.Tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal)))
            {
                k--;
            }

            return k >= clause.First && IsSeller(a.Tokens[k].Lower);
        }

        private bool IsSeller(string lower) =>
            SellerSubjects.Contains(lower) || lower.StartsWith("we'", StringComparison.Ordinal) || lower.StartsWith("i'", StringComparison.Ordinal);

        /// <summary>Records the clause's Chinese certainty claims; true when one of them is an overpromise.</summary>
        private bool FindChinese(MessageAnalysis a, Clause clause, List<Commitment> found)
        {
            if (!a.HasChinese)
            {
                return false;
            }

            var tokens = a.Tokens;
            for (var i = clause.First; i < clause.End; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Cjk || t.IsQuoted)
                {
                    continue;
                }

                foreach (var absolute in ChineseAbsolutes.OccurringIn(t.Lower))
                {
                    var at = t.Lower.IndexOf(absolute, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        Add(a, found, t.Start + at, clause, StepActor.Unknown, controlled: false, absolute);
                        return true;
                    }
                }

                // "无法保证…送达", "不能保证": a denial governs the rest of the clause.
                if (ChineseNegations.AnyIn(t.Lower)
                    && DeniedMarker(t.Lower))
                {
                    return false;
                }

                // "100%不会被海关扣留", "包裹100%安全到达": the certainty written in digits, glued to the words it is about
                // (百分百 in figures); "100%纯棉" names no outcome, and is a product fact.
                if (PercentBefore(a, i, clause) is int percent && ChineseOutcomes.FirstIn(t.Lower) is string reached)
                {
                    Add(a, found, tokens[percent].Start, clause, ActorFor(reached), controlled: false, reached);
                    return true;
                }

                foreach (var marker in ChineseMarkers.OccurringIn(t.Lower))
                {
                    var at = t.Lower.IndexOf(marker, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    // "一定的关税": 一定 as a determiner ("some duties") is no certainty.
                    if (ChineseDeterminers.AnyAt(t.Lower, at))
                    {
                        continue;
                    }

                    var rest = t.Lower.Substring(at + marker.Length);
                    var remedy = RemedyOpening(rest);
                    if (remedy != null)
                    {
                        Add(a, found, t.Start + at, clause, StepActor.Seller, controlled: true, remedy);
                        continue;
                    }

                    var outcome = ChineseOutcomes.FirstIn(rest) ?? LaterChineseOutcome(a, i + 1, clause.End);
                    if (outcome != null)
                    {
                        Add(a, found, t.Start + at, clause, ActorFor(outcome), controlled: false, outcome);
                        return true;
                    }
                }
            }

            return false;
        }

        // The remedy the text after a certainty marker opens with, at its first or second character, or null. A loop, not
        // a lambda: one capturing the text would be allocated for every marker tried.
        private string? RemedyOpening(string rest)
        {
            foreach (var r in ChineseRemedies)
            {
                if (rest.StartsWith(r, StringComparison.Ordinal) || (rest.Length > 1 && rest.Substring(1).StartsWith(r, StringComparison.Ordinal)))
                {
                    return r;
                }
            }

            return null;
        }

        // The token of "100" when "100%" stands glued right before Chinese run i, else null.
        private static int? PercentBefore(MessageAnalysis a, int i, Clause clause)
        {
            var tokens = a.Tokens;
            return i - 2 >= clause.First && tokens[i - 1].Is("%") && tokens[i - 2].Is("100") && !tokens[i - 2].IsQuoted
                && tokens[i - 1].Start == tokens[i - 2].End && tokens[i].Start == tokens[i - 1].End
                    ? i - 2
                    : null;
        }

        // A certainty marker with a denial just before it.
        private bool DeniedMarker(string text)
        {
            foreach (var marker in ChineseMarkers.OccurringIn(text))
            {
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at > 0 && DeniedBefore(text, at))
                {
                    return true;
                }
            }

            return false;
        }

        // A denial within a few characters before the marker: "我们无法保证", "不能保证".
        private bool DeniedBefore(string text, int at)
        {
            var from = Math.Max(0, at - 4);
            var before = text.Substring(from, at - from);
            return ChineseNegations.AnyIn(before);
        }

        private string? LaterChineseOutcome(MessageAnalysis a, int from, int end)
        {
            for (var k = from; k < end; k++)
            {
                var t = a.Tokens[k];
                if (t.Kind == TokenKind.Cjk && !t.IsQuoted && ChineseOutcomes.FirstIn(t.Lower) is string outcome)
                {
                    return outcome;
                }
            }

            return null;
        }

        /// <summary>Every certainty marker, for baselines and documentation.</summary>
        public IEnumerable<string> Terms =>
            Markers.All.Concat(Absolutes.All).Select(p => string.Join(" ", p)).Concat(new[] { "never" }).Concat(ChineseMarkers).Concat(ChineseAbsolutes);
    }
}
