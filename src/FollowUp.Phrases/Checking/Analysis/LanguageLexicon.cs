using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Vague timing and certainty wording in a language besides English and Chinese, switched on by
    /// <see cref="CheckContext.Locale"/>. English and Chinese are read in every message because sellers mix them; German
    /// and Spanish only when the message says it is in that language, since "bald" and "pronto" are English words too.
    /// German capitalises every noun, so these lists match names as words.
    /// </summary>
    internal sealed class LanguageLexicon
    {
        private LanguageLexicon(string language, PhraseSet vague, PhraseSet pleasantries, PhraseSet markers, HashSet<string> outcomes, HashSet<string> remedies, HashSet<string> negations)
        {
            Language = language;
            Vague = vague;
            Pleasantries = pleasantries;
            Markers = markers;
            Outcomes = outcomes;
            Remedies = remedies;
            Negations = negations;
        }

        public string Language { get; }

        /// <summary>Words and phrases that give no checkable date: "bald", "so schnell wie möglich", "lo antes posible".</summary>
        public PhraseSet Vague { get; }

        /// <summary>Closings where "soon" is warmth: "bis bald", "hasta pronto".</summary>
        public PhraseSet Pleasantries { get; }

        /// <summary>Certainty markers: "garantiert", "auf jeden Fall", "sin duda".</summary>
        public PhraseSet Markers { get; }

        /// <summary>What the seller does not control: arrival, delivery, customs, damage.</summary>
        public HashSet<string> Outcomes { get; }

        /// <summary>Remedies the seller controls: refund, replacement.</summary>
        public HashSet<string> Remedies { get; }

        /// <summary>Words that turn a marker into honest hedging: "nicht garantieren", "no podemos garantizar".</summary>
        public HashSet<string> Negations { get; }

        private static readonly LanguageLexicon German = new LanguageLexicon(
            "de",
            new PhraseSet(
                "bald", "so bald wie möglich", "so schnell wie möglich", "schnellstmöglich", "baldmöglichst", "in kürze",
                "demnächst", "in den nächsten tagen", "in ein paar tagen", "in einigen tagen", "zeitnah", "später",
                "irgendwann", "möglichst bald", "möglichst schnell", "asap"),
            new PhraseSet("bis bald", "bald wieder", "hoffentlich bald", "freuen uns", "wiederzusehen", "wiedersehen"),
            new PhraseSet("garantiert", "garantieren", "garantie", "versprechen", "verspreche", "auf jeden fall", "definitiv", "100 %", "hundertprozentig", "ganz sicher", "mit sicherheit"),
            Lexicon.Words("ankommen", "ankommt", "zugestellt", "zustellung", "lieferung", "geliefert", "erhalten", "zoll", "zollgebühren", "gebühren", "verloren", "beschädigt", "weihnachten", "pünktlich", "rechtzeitig"),
            Lexicon.Words("erstattung", "erstatten", "rückerstattung", "ersatz", "geld", "umtausch", "reparatur", "garantiezeit"),
            Lexicon.Words("nicht", "kein", "keine"));

        private static readonly LanguageLexicon Spanish = new LanguageLexicon(
            "es",
            new PhraseSet(
                "pronto", "lo antes posible", "lo más pronto posible", "lo más rápido posible", "cuanto antes", "en breve",
                "próximamente", "en unos días", "en los próximos días", "en pocos días", "más tarde", "a la mayor brevedad",
                "asap"),
            new PhraseSet("hasta pronto", "nos vemos pronto", "esperamos verte", "esperamos verle", "volver a verte"),
            new PhraseSet("garantizado", "garantizada", "garantizamos", "garantizo", "prometemos", "prometo", "sin duda", "seguro que", "100 %", "definitivamente", "con toda seguridad"),
            Lexicon.Words("llegará", "llegue", "llegada", "entrega", "entregado", "recibirá", "recibirás", "aduana", "aranceles", "impuestos", "perdido", "dañado", "navidad", "puntual"),
            Lexicon.Words("reembolso", "reembolsar", "reemplazo", "devolución", "dinero", "cambio", "reparación"),
            Lexicon.Words("no", "nunca"));

        /// <summary>The lexicon for a BCP 47 tag ("de", "de-AT", "es-MX"), or null for English, Chinese and languages without one.</summary>
        public static LanguageLexicon? For(string? locale)
        {
            if (string.IsNullOrEmpty(locale))
            {
                return null;
            }

            var language = locale!.Split('-', '_')[0];
            return string.Equals(language, "de", StringComparison.OrdinalIgnoreCase) ? German
                : string.Equals(language, "es", StringComparison.OrdinalIgnoreCase) ? Spanish
                : null;
        }
    }
}
