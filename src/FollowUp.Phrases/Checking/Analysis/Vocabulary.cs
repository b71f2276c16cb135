using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Languages;
using NodaTime;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The lists of a set of language packs (English, Chinese and the message's other languages) compiled for the
    /// analysis: each named list is the union of that list in every pack, lower-cased; words and phrases are matched as
    /// tokens, Chinese terms inside unspaced runs. Built once per set of languages and shared by every message read
    /// with them, so it is immutable after construction (the per-list cache is thread-safe).
    /// </summary>
    internal sealed class Vocabulary
    {
        // One compiled form per (form, list): looked up without building a key string, since rules ask per message.
        private readonly ConcurrentDictionary<(string Form, string List), object> _compiled = new ConcurrentDictionary<(string, string), object>();

        // Rules ask for lists by literal names, which are interned: a look-up by reference hashes no characters. Names
        // built at run time miss it and take the by-value dictionary above.
        private readonly ConcurrentDictionary<(string Form, string List), object> _byReference = new ConcurrentDictionary<(string, string), object>(SameStrings.Instance);
        private readonly IReadOnlyList<LanguagePack> _everyPack;
        private readonly Dictionary<string, int> _months = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, IsoDayOfWeek> _weekdays = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal);

        public Vocabulary(IReadOnlyList<LanguagePack> packs, IReadOnlyList<LanguagePack> everyPack)
        {
            HotId = (ushort)(System.Threading.Interlocked.Increment(ref s_lastHotId) % ushort.MaxValue + 1);
            Packs = packs;
            _everyPack = everyPack;
            Languages = packs.Select(p => p.Language).ToArray();
            CapitalizedNouns = packs.Any(p => p.CapitalizedNouns);
            foreach (var pack in packs)
            {
                if (!pack.Dates.HasNames)
                {
                    continue;
                }

                for (var m = 0; m < 12; m++)
                {
                    foreach (var name in pack.Dates.Months[m])
                    {
                        Add(_months, name, m + 1);
                    }
                }

                for (var d = 0; d < 7; d++)
                {
                    foreach (var name in pack.Dates.Weekdays[d])
                    {
                        Add(_weekdays, name, (IsoDayOfWeek)(d + 1));
                    }
                }
            }

            Common = new Lexicon(this);
            Timing = new TimingClassifier(this);
            Steps = new NextStepFinder(this);
            Problems = new ProblemFinder(this);
            Commitments = new CommitmentFinder(this);
            Regions = new RegionFinder(this);
            Purpose = new PurposeClassifier(this);
            Placeholders = new PlaceholderFinder(this);
            Links = new LinkClassifier(this);
            Dates = new TimeExpressionScanner(this);
            ReportedQuestionLeads = Phrases("text.reported-question-leads");

            foreach (var list in HotWordLists)
            {
                Hot(Words(list));
            }

            foreach (var list in HotPhraseLists)
            {
                Hot(Phrases(list).Starts);
            }

            Hot(ShorthandWords);
            _hotLists = _hot.ToArray();

            // Every hot list's words with the bits of the lists they are in: a word's answers are one look-up, where
            // asking each list hashed the word once per list (a new word — an order number, a buyer's name — costs
            // that at its first token, and a service reading real orders meets several in every message).
            _hotByWord = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (var k = 0; k < _hotLists.Length; k++)
            {
                foreach (var word in _hotLists[k])
                {
                    _hotByWord[word] = (_hotByWord.TryGetValue(word, out var bits) ? bits : 0) | (1UL << k);
                }
            }
        }

        private Dictionary<string, ulong>? _hotByWord;

        // Lists that some pass asks about at nearly every token of a message (the finders' own first-word lists are made
        // hot where they are built): a token carries its word's answers for them as bits (Token.Hot), worked out once per
        // word, so those passes test a bit of the token they hold instead of following it to its word. Most asked first:
        // a vocabulary has 64 bits, and lists past them are asked through the word (Word.IsIn) as before.
        private static readonly string[] HotWordLists =
        {
            "review-manipulation.review-words", "review-manipulation.incentives", "timing.clause-anchors", "timing.few-leads",
            "timing.range-leads", "timing.vague-words", "timing.number-words", "text.abbreviations", "text.titles",
            "claims.absolute-negations", "dates.connectors", "timing.past-markers", "timing.day-kinds", "timing.duration-units",
            "timing.range-joiners", "claims.remedies", "steps.present-be", "claims.outcomes", "shouting.acronyms",
            "shouting.pressure-words", "review-manipulation.edits", "dates.hour-leads", "steps.future-auxiliaries",
            "dates.zone-time-words", "common.future-or-request", "common.order-words", "claims.problem-words",
            "dates.hour-words", "dates.hour-marks",
        };

        // Phrase lists matched at nearly every token: their first words are the hot list.
        private static readonly string[] HotPhraseLists =
        {
            "text.reported-question-leads", "timing.vague-phrases", "timing.relative-days", "timing.relative-spans",
            "common.pleasantries", "claims.markers", "regions.footer-words", "claims.frequency-markers", "claims.absolutes",
            "claims.quantifier-markers", "purpose.commercial", "purpose.transactional", "review-manipulation.not-reviews",
        };

        private static int s_lastHotId;
        private readonly List<WordList> _hot = new List<WordList>();
        private WordList[]? _hotLists;

        /// <summary>The vocabulary's number among those of the process, 1 to 65535: what a token's <see cref="Token.HotOwner"/> names.</summary>
        public ushort HotId { get; }

        /// <summary>
        /// Makes <paramref name="list"/> one of the hot lists, while the vocabulary is being built (a word works out its
        /// answers for all of them at once, so the set cannot grow afterwards); returns it. Past 64 lists it stays an
        /// ordinary list.
        /// </summary>
        internal WordList Hot(WordList list)
        {
            if (_hotLists != null)
            {
                throw new InvalidOperationException("Hot lists are chosen while the vocabulary is built.");
            }

            if (list.HotBit == 0 && _hot.Count < 64 && ReferenceEquals(list.Owner, this))
            {
                list.MakeHot(1UL << _hot.Count, HotId);
                _hot.Add(list);
            }
            else if (list.HotBit == 0 && ReferenceEquals(list.Owner, this))
            {
                HotListsLeftCold++;
            }

            return list;
        }

        /// <summary>
        /// Lists asked to be hot past the 64 bits a token has: they answer through the word, correctly but slower. The
        /// built-in packs' vocabularies leave none cold (a test says so), so a finder's new hot list is noticed.
        /// </summary>
        internal int HotListsLeftCold { get; private set; }

        /// <summary>The hot lists, in bit order (empty while the vocabulary is built): for tests of what a sentence holds.</summary>
        internal System.Collections.Generic.IReadOnlyList<WordList> HotLists => _hotLists ?? Array.Empty<WordList>();

        /// <summary>Whether <paramref name="text"/> (a word's text) is in each hot list, a bit per list.</summary>
        internal ulong HotAnswers(string text)
        {
            // Asked only once the vocabulary is built: answers for a partial set would be kept as the word's for good.
            var byWord = _hotByWord ?? throw new InvalidOperationException("A word's hot answers are worked out once the vocabulary is built.");
            return byWord.TryGetValue(text, out var answers) ? answers : 0;
        }

        /// <summary>The packs, English and Chinese first.</summary>
        public IReadOnlyList<LanguagePack> Packs { get; }

        /// <summary>Their language codes.</summary>
        public IReadOnlyList<string> Languages { get; }

        /// <summary>Whether a language in the set capitalises nouns, so capitals mark no names.</summary>
        public bool CapitalizedNouns { get; }

        public Lexicon Common { get; }

        public TimingClassifier Timing { get; }

        public NextStepFinder Steps { get; }

        public ProblemFinder Problems { get; }

        public CommitmentFinder Commitments { get; }

        public RegionFinder Regions { get; }

        public PurposeClassifier Purpose { get; }

        public PlaceholderFinder Placeholders { get; }

        public LinkClassifier Links { get; }

        public TimeExpressionScanner Dates { get; }

        /// <summary>"You asked whether", "Sie fragten, ob": what reports a buyer's question (every reading asks, once).</summary>
        public PhraseSet ReportedQuestionLeads { get; }

        /// <summary>
        /// Chat shorthand read as the words it stands for ("shud" → "should", "def" → "definitely", "l8r" → "later"), so
        /// the rules read "shud be there soon" like "should be there soon". Entries are written "short=full".
        /// </summary>
        public IReadOnlyDictionary<string, string> Shorthand => _shorthand ??= Get("text.shorthand", "shorthand", (v, l) => v.All(l)
            .Where(e => e.IndexOf('=') > 0)
            .GroupBy(e => e.Substring(0, e.IndexOf('=')), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Substring(g.First().IndexOf('=') + 1), StringComparer.Ordinal));

        /// <summary>The shorthand words themselves: a token asks this set (a bit its word remembers) before the dictionary.</summary>
        public WordList ShorthandWords => _shorthandWords ??= Get("text.shorthand", "shorthand-words", (v, l) => v.ListOf(v.Shorthand.Keys));

        /// <summary>Abbreviations whose dot ends no sentence ("Mr.", "No."): the sentence splitter asks at every full stop.</summary>
        public WordList Abbreviations => _abbreviations ??= Words("text.abbreviations");

        /// <summary>Words before a name ("Mr", "Frau", "Dear"): the name marker asks as the sentence splitter passes each token.</summary>
        public WordList Titles => _titles ??= Words("text.titles");

        // The lists every reading asks for, kept beside the named look-up (a concurrent dictionary, asked several times per
        // reading otherwise). A race stores the same reference twice: Get answers one object per list.
        private IReadOnlyDictionary<string, string>? _shorthand;
        private WordList? _shorthandWords;
        private WordList? _abbreviations;
        private WordList? _titles;

        /// <summary>Month names and abbreviations, lower-case without a final dot, to month numbers.</summary>
        public IReadOnlyDictionary<string, int> Months => _months;

        /// <summary>Weekday names and abbreviations, lower-case without a final dot.</summary>
        public IReadOnlyDictionary<string, IsoDayOfWeek> Weekdays => _weekdays;

        /// <summary>The single words of a list (entries in Latin or other spaced scripts).</summary>
        public WordList Words(string list) => Get(list, "words", (v, l) => v.ListOf(v.Spaced(l)));

        /// <summary>
        /// A numbered set of words (a union of lists, say) whose tokens remember their answers, as the named lists'
        /// do. Build such sets once, with the finder that asks them.
        /// </summary>
        public WordList ListOf(IEnumerable<string> words) => new WordList(this, System.Threading.Interlocked.Increment(ref _lists) - 1, words);

        private int _lists;

        /// <summary>Every entry of a list, whatever its script, as a set.</summary>
        public HashSet<string> EntrySet(string list) => Get(list, "set", (v, l) => new HashSet<string>(v.All(l), StringComparer.Ordinal));

        /// <summary>The phrases of a list, matched word by word.</summary>
        public PhraseSet Phrases(string list) => Get(list, "phrases", (v, l) => new PhraseSet(v, v.Spaced(l).ToArray()));

        /// <summary>The Chinese (unspaced) terms of a list, in pack order.</summary>
        public TermSet Terms(string list) => Get(list, "terms", (v, l) => new TermSet(v.All(l).Where(IsUnspaced)));

        /// <summary>The entries of a list in spaced scripts, in pack order.</summary>
        public string[] SpacedEntries(string list) => Get(list, "spaced", (v, l) => v.Spaced(l).ToArray());

        /// <summary>
        /// A list's entries from every pack of the set, whether or not the message is read in its language: for what
        /// other people's software writes into a message, such as a quoted reply's "Am … schrieb:" header.
        /// </summary>
        public string[] EntriesOfEveryPack(string list) => Get(list, "every", (v, l) => v._everyPack
            .SelectMany(p => p.Lists.TryGetValue(l, out var entries) ? entries : Array.Empty<string>())
            .Select(e => e.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToArray());

        /// <summary>Every entry of a list in pack order.</summary>
        public string[] Entries(string list) => Get(list, "entries", (v, l) => v.All(l).ToArray());

        // The builders capture nothing, so asking for a compiled list allocates nothing once it is built.
        private T Get<T>(string list, string form, Func<Vocabulary, string, T> build)
            where T : class
        {
            if (_byReference.TryGetValue((form, list), out var known))
            {
                return (T)known;
            }

            var compiled = _compiled.TryGetValue((form, list), out var found) ? found : _compiled.GetOrAdd((form, list), build(this, list));
            _byReference.TryAdd((form, list), compiled);
            return (T)compiled;
        }

        private IEnumerable<string> All(string list) => Packs
            .SelectMany(p => p.Lists.TryGetValue(list, out var entries) ? entries : Array.Empty<string>())
            .Select(e => e.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal);

        private IEnumerable<string> Spaced(string list) => All(list).Where(e => !IsUnspaced(e));

        /// <summary>Compares (form, list) keys by reference, hashing object identities rather than characters.</summary>
        private sealed class SameStrings : IEqualityComparer<(string Form, string List)>
        {
            public static readonly SameStrings Instance = new SameStrings();

            public bool Equals((string Form, string List) x, (string Form, string List) y) =>
                ReferenceEquals(x.Form, y.Form) && ReferenceEquals(x.List, y.List);

            public int GetHashCode((string Form, string List) key) =>
                (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Form) * 31) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.List);
        }

        /// <summary>Whether an entry is written in an unspaced script (Chinese), so it is found inside runs rather than as words.</summary>
        internal static bool IsUnspaced(string entry)
        {
            foreach (var c in entry)
            {
                if ((c >= '\u3000' && c <= '\u9fff') || (c >= '\uff00' && c <= '\uffef') || (c >= '\uf900' && c <= '\ufaff'))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Add<T>(Dictionary<string, T> names, string name, T value)
        {
            var key = name.ToLowerInvariant().TrimEnd('.');
            if (!names.ContainsKey(key))
            {
                names[key] = value; // the first pack wins: English and Chinese come first
            }
        }
    }
}
