using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Next steps in languages whose packs give their step grammar as lists (German, Spanish, French and users' packs):
    /// an opener that hands the step to the seller ("nous allons", "wir werden", "vamos a") or to the buyer
    /// ("veuillez", "bitte", "por favor"), and a passive — an auxiliary ("sera", "wird", "será") and, later in the same
    /// clause, a seller action ("traitée", "bearbeitet", "procesado") with no agent ("par nous", "von uns"). German puts
    /// the participle at the clause's end ("wird innerhalb von 3 Tagen bearbeitet"), so the whole clause is searched.
    /// English and Chinese keep their own finders; their packs leave these lists empty.
    /// </summary>
    internal sealed class ListedStepFinder
    {
        public ListedStepFinder(Vocabulary v)
        {
            SellerOpeners = v.Phrases("steps.seller-openers");
            BuyerOpeners = v.Phrases("steps.buyer-openers");
            NotASteps = v.Phrases("steps.not-a-steps");
            Auxiliaries = v.Phrases("steps.passive-auxiliaries");
            SellerActions = v.Phrases("steps.seller-actions");
            Agents = v.Phrases("steps.agent-markers");
            SellerVerbEndings = v.SpacedEntries("steps.seller-verb-endings");
            ReflexiveMarkers = v.Phrases("steps.reflexive-passive-markers");
            Clitics = v.Words("steps.clitics");
            SellerSubjects = v.Phrases("steps.seller-subjects");
            FutureEndings = v.SpacedEntries("steps.future-endings");
            IsEmpty = SellerOpeners.All.Count + BuyerOpeners.All.Count + Auxiliaries.All.Count + ReflexiveMarkers.All.Count == 0;
        }

        private PhraseSet SellerOpeners { get; }

        private PhraseSet BuyerOpeners { get; }

        private PhraseSet NotASteps { get; }

        private PhraseSet Auxiliaries { get; }

        private PhraseSet SellerActions { get; }

        private PhraseSet Agents { get; }

        // Endings of the seller's own verbs where the language marks the person on the verb: "reenviaremos", "enverrons".
        private string[] SellerVerbEndings { get; }

        // A passive made with a reflexive marker right before the verb, one object pronoun allowed between: Spanish "su
        // reembolso se procesará", "se le enviará un correo". Right before, not anywhere in the clause as an auxiliary is:
        // "se" is also every reflexive verb's ("se lo garantizamos").
        private PhraseSet ReflexiveMarkers { get; }

        private WordList Clitics { get; }

        // The seller's side named as the subject ("nuestro equipo", "notre entrepôt"), and the endings of the future
        // where the language marks it on the verb ("contactará", "enverra"): together an owned step, "nuestro equipo
        // contactará con Correos el lunes", "notre service client vous répondra".
        private PhraseSet SellerSubjects { get; }

        private string[] FutureEndings { get; }

        // Words a future verb may stand after its subject: an object pronoun or two, a qualifier ("nuestro equipo de soporte
        // le escribirá").
        private const int FutureVerbReach = 4;

        /// <summary>Whether no language read has list grammar, so there is nothing to look for.</summary>
        public bool IsEmpty { get; }

        public void Find(MessageAnalysis a, in Sentence sentence, List<NextStep> steps)
        {
            if (IsEmpty)
            {
                return;
            }

            var tokens = a.Tokens;
            foreach (var clause in sentence.Clauses)
            {
                for (var i = clause.First; i < clause.End; i++)
                {
                    if (tokens[i].Kind != TokenKind.Word || tokens[i].IsQuoted)
                    {
                        continue;
                    }

                    if (NotASteps.Match(a, i, clause.End, allowNames: true) is var skip && skip > 0)
                    {
                        i += skip - 1; // "veuillez patienter" asks for patience, not for a step
                        continue;
                    }

                    if (SellerOpeners.Match(a, i, clause.End, allowNames: true) > 0 || IsSellerVerb(tokens[i].Lower)
                        || (SellerSubjects.Match(a, i, clause.End, allowNames: true) is var subject && subject > 0 && FutureVerbAfter(a, i + subject, clause)))
                    {
                        steps.Add(StepTo(a, StepKind.Promise, StepActor.Seller, i, clause));
                        break;
                    }

                    if (BuyerOpeners.Match(a, i, clause.End, allowNames: true) > 0)
                    {
                        steps.Add(StepTo(a, StepKind.Request, StepActor.Buyer, i, clause));
                        break;
                    }

                    var auxiliary = Auxiliaries.Match(a, i, clause.End, allowNames: true);
                    if (auxiliary > 0 && Passive(a, i, auxiliary, clause) is NextStep passive)
                    {
                        steps.Add(passive);
                        break;
                    }

                    var marker = ReflexiveMarkers.Match(a, i, clause.End, allowNames: true);
                    if (marker > 0 && ReflexivePassive(a, i, marker, clause) is NextStep reflexive)
                    {
                        steps.Add(reflexive);
                        break;
                    }
                }
            }
        }

        private bool IsSellerVerb(string lower) => EndsIn(lower, SellerVerbEndings);

        // A word of the clause within reach after the subject, before any mark, in the future: "contactará", "répondra".
        private bool FutureVerbAfter(MessageAnalysis a, int from, Clause clause)
        {
            var tokens = a.Tokens;
            for (var k = from; k < clause.End && k < from + FutureVerbReach && tokens[k].Kind == TokenKind.Word; k++)
            {
                if (EndsIn(tokens[k].Lower, FutureEndings))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EndsIn(string lower, string[] endings)
        {
            foreach (var ending in endings)
            {
                // Longer than the ending by a stem of three letters at least: "remos" alone is no verb, nor "sera" a future
                // of "contacter".
                if (lower.Length >= ending.Length + 3 && lower.EndsWith(ending, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private NextStep? Passive(MessageAnalysis a, int auxiliary, int length, Clause clause)
        {
            for (var k = auxiliary + length; k < clause.End; k++)
            {
                var action = SellerActions.Match(a, k, clause.End, allowNames: true);
                if (action == 0)
                {
                    continue;
                }

                return PassiveStep(a, auxiliary, auxiliary + length, k + action - 1, clause);
            }

            return null;
        }

        private NextStep? ReflexivePassive(MessageAnalysis a, int marker, int length, Clause clause)
        {
            var verb = marker + length;
            verb += verb < clause.End && Clitics.Contains(a.Tokens[verb]) ? 1 : 0;
            var action = SellerActions.Match(a, verb, clause.End, allowNames: true);
            if (action == 0)
            {
                return null;
            }

            return PassiveStep(a, marker, verb + action, verb + action - 1, clause);
        }

        // The passive from token first to token last, the seller's when an agent ("par nous", "por nuestro equipo") stands
        // in the clause from agentsFrom on.
        private NextStep PassiveStep(MessageAnalysis a, int first, int agentsFrom, int last, Clause clause)
        {
            var actor = Agents.AnyIn(a, agentsFrom, clause.End, allowNames: true) ? StepActor.Seller : StepActor.Unknown;
            return new NextStep(StepKind.Passive, actor, a.Tokens[first].Start, a.Tokens[last].End);
        }

        private static NextStep StepTo(MessageAnalysis a, StepKind kind, StepActor actor, int first, Clause clause)
        {
            var last = clause.End - 1;
            while (last > first && a.Tokens[last].Kind == TokenKind.Punct)
            {
                last--;
            }

            return new NextStep(kind, actor, a.Tokens[first].Start, a.Tokens[last].End);
        }
    }
}
