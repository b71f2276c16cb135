using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// One reading of a message that every rule queries: visible text mapped to input offsets, tokens with quotes
    /// and names marked, sentences and clauses, and links. Rules never re-scan the raw input.
    /// </summary>
    internal sealed class MessageAnalysis
    {
        private readonly TokenList _tokens;
        private readonly Tokenizer _tokenizer;
        // Taken from the thread's spare list when there is one (a released reading leaves its list there, emptied): a long
        // message's sentences are tens of kilobytes, allocated anew for every check otherwise.
        private readonly List<Sentence> _sentences = TakeSpareSentences();

        [ThreadStatic]
        private static List<Sentence>? t_spareSentences;

        private static List<Sentence> TakeSpareSentences()
        {
            var spare = t_spareSentences;
            t_spareSentences = null;
            return spare ?? new List<Sentence>();
        }

        // Lists no longer than this are kept for the next reading: a thread keeps at most a few hundred kilobytes.
        private const int MaxSpareSentences = 1 << 13;
        private readonly List<Link> _links = new List<Link>();
        private Text.LineMap? _lineMap;

        /// <param name="input">The message as the caller gave it.</param>
        /// <param name="context">The check's context.</param>
        /// <param name="isSubject">Whether the text is a subject line.</param>
        /// <param name="packs">The language packs to read with (built-in when null).</param>
        /// <param name="visible">The visible text of <paramref name="input"/> when the screen already worked it out (HTML).</param>
        /// <param name="share">
        /// Lines shared with another reading of the same message (a rendered email's text and HTML bodies): the first
        /// reading records its lines' tokens there, a later one copies those of its lines written the same.
        /// </param>
        public MessageAnalysis(string input, CheckContext context, bool isSubject = false, Languages.LanguagePacks? packs = null, VisibleText? visible = null, LineShare? share = null)
            : this(input, context, isSubject, packs, visible, share, within: null)
        {
        }

        // within: the reading this one is made for (a message's subject line, read for its purpose), whose generation of
        // the word pool it goes on with.
        private MessageAnalysis(string input, CheckContext context, bool isSubject, Languages.LanguagePacks? packs, VisibleText? visible, LineShare? share, MessageAnalysis? within)
        {
            IsSubject = isSubject;
            _packs = packs ?? Languages.LanguagePacks.BuiltIn;
            Input = input ?? throw new ArgumentNullException(nameof(input));
            Context = context ?? throw new ArgumentNullException(nameof(context));

            ThrowIfTimesOutOfRange(context);

            Visible = visible ?? (context.Format == MessageFormat.Html ? VisibleText.FromHtml(input) : VisibleText.FromPlainText(input));
            _tokens = new TokenList(Visible.Text.Length / 5 + 8); // about one token per five characters: no regrowth
            _links.AddRange(Visible.HrefLinks);
            // A locale decides the languages before any token is read; without one, most messages are detected as English
            // and Chinese: the tokenizer gives each token its answers for that vocabulary (see ReadWords).
            var ofLocale = _packs.ReadingFor(context.Locale);
            var likely = ofLocale?.Vocabulary ?? _packs.WithoutOthers;
            _tokenizer = new Tokenizer(_tokens, _links, likely);
            // The first reading of the message records (borrowing from the template's last render, when there is one), a
            // later one borrows. Tokens are lent only between readings expecting the same vocabulary: they carry its answers.
            Recording = share is { HasRecord: false };
            var lender = Recording ? share!.Previous : share;
            if (Recording)
            {
                _tokenizer.NoteLines();
            }

            if (lender is { HasRecord: true } && ReferenceEquals(lender.Likely, likely))
            {
                _tokenizer.Lender = Lender = lender;
            }

            Share = share;
            // The readings of one message are one generation of the word pool: the words the first made are the later
            // ones' (copied lines hold them), and a word they alone hold is dropped with them.
            if (within != null)
            {
                _tokenizer.Words.Young.Continue(_generation = within._generation);
            }
            else if (share is null)
            {
                _generation = _tokenizer.Words.Young.NewGeneration();
            }
            else
            {
                _generation = share.EnterGeneration(_tokenizer.Words);
            }

            _tokenizer.Tokenize(Visible.Text); // quotations marked as their closing marks are cut
            (Vocabulary, LanguagesRead, UncoveredLanguages) = ofLocale != null ? (ofLocale.Vocabulary, ofLocale.Read, ofLocale.Uncovered) : DetectLanguages();
            if (Recording)
            {
                share!.Record(Visible.Text, _tokens, _tokenizer.LineRanges!, _links, likely, marksOnly: !ReadsWordsAnew, context.Format); // before the words are read
            }
            ReadWords();
            // Names marked as the tokens pass. A line's sentences are kept on the record, and taken from the lender, only
            // for tokens as they were cut: a reading whose words are read anew splits its own.
            _clauses = SentenceSplitter.Split(_tokens, Vocabulary, _sentences,
                record: Recording && !ReadsWordsAnew ? share : null,
                lender: !ReadsWordsAnew && Lender is { LentLines.Count: > 0 } ? Lender : null);
            QuotedWords.MarkReportedQuestions(this);

            // A quoted reply is found now: its tokens are marked quoted, which every later pass reads, and its links are
            // dropped. Greeting, signature and footer matter only to the rules that ask where a sentence stands (a
            // dispatch notice's date rules ask nothing of them): those are found when first asked.
            if (Vocabulary.Regions.HasQuotedReply(this))
            {
                FindRegions();
            }
        }

        public string Input { get; }

        // The word pool's generation the reading's words were made in (see YoungWords).
        private readonly int _generation;

        /// <summary>The lines shared with another reading of the same message, if any (see <see cref="LineShare"/>).</summary>
        public LineShare? Share { get; }

        /// <summary>Whether this reading records its lines on <see cref="Share"/> (it is the message's first).</summary>
        public bool Recording { get; }

        /// <summary>
        /// The record this reading copied lines from, if any: <see cref="Share"/> for a later reading of the message, the
        /// template's last render (<see cref="LineShare.Previous"/>) for the first.
        /// </summary>
        public LineShare? Lender { get; }

        /// <summary>
        /// Date rules do arithmetic on Now and on the order's times: outside 1900–2199 that overflows, so say so first —
        /// before any reading, and before the screen answers without one, so a check fails the same way whatever the text.
        /// </summary>
        public static void ThrowIfTimesOutOfRange(CheckContext context)
        {
            FollowUp.Phrases.Timing.TimeOutOfRangeException.ThrowIfOutside("CheckContext.Now", context.Now);
            if (context.Order != null)
            {
                FollowUp.Phrases.Timing.TimeOutOfRangeException.ThrowIfOutside(context.Order);
            }
        }

        private readonly Languages.LanguagePacks _packs;

        /// <summary>The packs the checker reads with.</summary>
        public Languages.LanguagePacks Packs => _packs;

        /// <summary>The lists of the languages this message is read in.</summary>
        public Vocabulary Vocabulary { get; }

        /// <summary>The covered languages the message is written in, main one first: the locale's, or those detected.</summary>
        public IReadOnlyList<string> LanguagesRead { get; }

        /// <summary>Languages the message is written in that no pack covers (code and name).</summary>
        public IReadOnlyList<(string Code, string Name)> UncoveredLanguages { get; }

        /// <summary>The packs of the languages detected in the message; English and Chinese always.</summary>
        private (Vocabulary Vocabulary, IReadOnlyList<string> Read, IReadOnlyList<(string, string)> Uncovered) DetectLanguages()
        {
            var detected = _packs.Detector.Detect(Visible.Text, _tokens);
            var others = new List<string>();
            foreach (var language in detected.Read)
            {
                if (language != "en" && language != "zh")
                {
                    others.Add(language);
                }
            }

            return (_packs.VocabularyFor(others), detected.Read, detected.Uncovered);
        }

        public CheckContext Context { get; }

        /// <summary>Whether the text is a subject line rather than a body.</summary>
        public bool IsSubject { get; }

        // The region of each token while regions are found; then kept as runs (first token, kind), a handful per message.
        private MessageRegionKind[]? _regionOfToken = Array.Empty<MessageRegionKind>();
        private int[] _regionRunStart = Array.Empty<int>();
        private MessageRegionKind[] _regionRunKind = Array.Empty<MessageRegionKind>();
        private readonly List<MessageRegion> _regions = new List<MessageRegion>();

        // Whether regions have been found (at once for a message with a quoted reply, else when first asked).
        private bool _regionsFound;

        /// <summary>Greeting, body, signature, footer and quoted reply, in order; empty text has none.</summary>
        public IReadOnlyList<MessageRegion> Regions
        {
            get
            {
                EnsureRegions();
                return _regions;
            }
        }

        private void EnsureRegions()
        {
            if (!_regionsFound)
            {
                FindRegions();
            }
        }

        /// <summary>Whether the sentence stands in the footer, where wording hands nothing to anyone and reports nothing.</summary>
        public bool InFooter(Sentence sentence) => sentence.First < _tokens.Count && RegionOf(sentence.First) == MessageRegionKind.Footer;

        /// <summary>The region token <paramref name="tokenIndex"/> stands in.</summary>
        public MessageRegionKind RegionOf(int tokenIndex)
        {
            EnsureRegions();
            if (_regionOfToken != null)
            {
                return _regionOfToken[tokenIndex];
            }

            if ((uint)tokenIndex >= (uint)_tokens.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            }

            return _regionRunKind[FollowUp.Phrases.Text.SortedSearch.LastAtOrBefore(_regionRunStart, _regionRunStart.Length, tokenIndex)];
        }

        /// <summary>Drops the per-token region array for runs, once regions and links are settled.</summary>
        private void CompactRegions(int[] runStarts, int runs)
        {
            // The runs were noted as regions were found: two exact arrays and nothing else per message, with no pass of
            // their own over the tokens.
            var kinds = _regionOfToken!;
            _regionRunStart = new int[runs];
            _regionRunKind = new MessageRegionKind[runs];
            Array.Copy(runStarts, _regionRunStart, runs);
            for (var r = 0; r < runs; r++)
            {
                _regionRunKind[r] = kinds[runStarts[r]];
            }

            SpareArray<MessageRegionKind>.Give(kinds);
            _regionOfToken = null;
        }

        // A quoted reply holds the buyer's or an earlier message's words: like text in quotation marks, rules skip it,
        // and its links (an old newsletter's unsubscribe link) do not count for this message.
        private void FindRegions()
        {
            _regionsFound = true;
            _regionOfToken = Vocabulary.Regions.Find(this, IsSubject);
            var runStarts = t_runStarts ??= new int[16]; // the first token of each run of one region kind, as the runs close
            var runs = 0;
            var quotedReply = false;
            var kinds = _regionOfToken;
            for (var first = 0; first < _tokens.Count;)
            {
                // A run of one region kind at a time, its end found many tokens at a step.
                var kind = kinds[first];
                var end = first + RunLength(kinds, first, _tokens.Count);
                if (kind == MessageRegionKind.QuotedReply)
                {
                    for (var k = first; k < end; k++)
                    {
                        _tokens[k].IsQuoted = true;
                    }

                    quotedReply = true;
                }

                // Line breaks between regions belong to neither: a region's span starts and ends on its words.
                int a = first, b = end - 1;
                while (a <= b && _tokens[a].Is("\n"))
                {
                    a++;
                }

                while (b >= a && _tokens[b].Is("\n"))
                {
                    b--;
                }

                if (a <= b)
                {
                    _regions.Add(new MessageRegion(kind, _tokens[a].Start, _tokens[b].End, first, end));
                }

                if (runs == runStarts.Length)
                {
                    Array.Resize(ref t_runStarts, runs * 2);
                    runStarts = t_runStarts;
                }

                runStarts[runs++] = first;
                first = end;
            }

            if (quotedReply && _links.Count > 0)
            {
                _links.RemoveAll(l =>
                {
                    var k = TokenAtOrAfter(l.VisibleStart);
                    return k < _tokens.Count && _regionOfToken[k] == MessageRegionKind.QuotedReply;
                });
            }

            CompactRegions(runStarts, runs);
        }

        [ThreadStatic]
        private static int[]? t_runStarts;

        // How many tokens from first on (before count) are of first's region kind.
        private static int RunLength(MessageRegionKind[] kinds, int first, int count)
        {
#if NET8_0_OR_GREATER
            var at = System.Runtime.InteropServices.MemoryMarshal.Cast<MessageRegionKind, int>(kinds.AsSpan(first, count - first)).IndexOfAnyExcept((int)kinds[first]);
            return at < 0 ? count - first : at;
#else
            var end = first + 1;
            while (end < count && kinds[end] == kinds[first])
            {
                end++;
            }

            return end - first;
#endif
        }

        public VisibleText Visible { get; }

        /// <summary>Gives the tokens' memory back for the next reading; the reading is not used after this.</summary>
        public void Release()
        {
            _tokens.Release();
            if (_clauses != null)
            {
                SpareArray<Clause>.Give(_clauses);
                _clauses = null;
                _sentences.Clear(); // they read the clauses given back
                if (_sentences.Capacity <= MaxSpareSentences)
                {
                    t_spareSentences = _sentences;
                }
            }
        }

        public string Text => Visible.Text;

        // The list itself, not the interface: its ref indexer reads a token in place instead of copying it through an
        // interface call on every access, which rules make for nearly every token.
        public TokenList Tokens => _tokens;

        // The list itself, not an interface: finders walk it in their loops, and a List enumerator is a struct the JIT
        // inlines, where an interface enumerator is an object and two interface calls per sentence.
        public List<Sentence> Sentences => _sentences;

        /// <summary>Whether the message has a run of Chinese characters (most have none: Chinese finders then pass it by).</summary>
        public bool HasChinese => _tokenizer.ChineseRuns > 0;

        public IReadOnlyList<Link> Links
        {
            get
            {
                // Roles are read from the words around each link: worked out when a rule first asks (few rules do).
                if (!_linkRolesKnown)
                {
                    _linkRolesKnown = true;
                    Vocabulary.Links.Classify(this, _links);
                }

                return _links;
            }
        }

        private bool _linkRolesKnown;

        private List<TimeExpression>? _times;

        /// <summary>Dates and clock times, found once on first use.</summary>
        public List<TimeExpression> TimeExpressions => _times ?? ScanTimes();

        // The dates and times: those of lines copied from the lender taken from it where it kept them, the others found
        // here; kept in turn on the lines this reading records, for the readings that copy them.
        private List<TimeExpression> ScanTimes()
        {
            var scanner = Vocabulary.Dates;
            _times = scanner.Scan(_tokens, _sentences, Lender, Lender is { LentLines.Count: > 0 } ? Lender.LentLines : null);
            if (Recording && Share is { } share && share.LineCount > 0)
            {
                share.KeepTimes(scanner, _times, _tokens);
            }

            return _times;
        }

        private List<TimingPhrase>? _timing;

        /// <summary>Every time expression, classified absolute / range / event-anchored / vague / pleasantry, by position.</summary>
        public List<TimingPhrase> Timing => _timing ??= Vocabulary.Timing.Classify(this);

        private List<NextStep>? _steps;
        private List<ReportedProblem>? _problems;

        /// <summary>The next steps the message hands to someone, with actor and trigger, by position.</summary>
        public List<NextStep> NextSteps => _steps ??= Vocabulary.Steps.Find(this);

        /// <summary>The problems or pending items the message reports, at most one per sentence.</summary>
        public IReadOnlyList<ReportedProblem> Problems => _problems ??= Vocabulary.Problems.Find(this);

        private List<(int Start, int End)>? _placeholders;

        /// <summary>Unfilled template text (×××, [Date], {{ … }}) in the seller's own words, as visible ranges by position.</summary>
        public IReadOnlyList<(int Start, int End)> Placeholders => _placeholders ??= Vocabulary.Placeholders.Find(this);

        private List<Commitment>? _commitments;
        private List<Commitment>? _claims;

        /// <summary>The certain claims — what the message asserts will happen, with who decides it — by position.</summary>
        public List<Commitment> Claims => _claims ??= Vocabulary.Commitments.FindClaims(this);

        /// <summary>What the message commits to, with who decides it and whether the seller controls it, by position.</summary>
        public List<Commitment> Commitments => _commitments ??= Vocabulary.Commitments.Find(this);

        private AnalyzedMessage? _snapshot;

        /// <summary>The public reading, built once for the custom rules that ask for it.</summary>
        public AnalyzedMessage Snapshot => _snapshot ??= AnalyzedMessageBuilder.Build(this);

        private PurposeClassification? _purpose;

        /// <summary>Transactional or marketing: the caller's word, else CAN-SPAM's primary-purpose test over this text and the context's subject.</summary>
        public PurposeClassification PurposeClassification => _purpose ??= Context.Purpose is MessagePurpose given
            ? PurposeClassifier.Given(given)
            : IsSubject
                ? Vocabulary.Purpose.Classify(null, this)
                : Vocabulary.Purpose.Classify(this, string.IsNullOrEmpty(Context.Subject) ? null : new MessageAnalysis(Context.Subject!, Context with { Format = MessageFormat.Text, Subject = null }, isSubject: true, _packs, null, null, within: this));

        /// <summary>The purpose the purpose-bound rules use.</summary>
        public MessagePurpose Purpose => PurposeClassification.Purpose;

        /// <summary>The clause holding token <paramref name="tokenIndex"/>.</summary>
        public Clause ClauseOf(int tokenIndex)
        {
            var sentence = SentenceOf(tokenIndex);
            foreach (var c in sentence.Clauses)
            {
                if (tokenIndex >= c.First && tokenIndex < c.End)
                {
                    return c;
                }
            }

            return new Clause(sentence.First, sentence.End);
        }

        /// <summary>The clause's first token when it is a word ("Once we…", "Contact us…"); -1 when it opens with anything else.</summary>
        public int FirstWordOf(Clause clause)
        {
            for (var k = clause.First; k < clause.End; k++)
            {
                if (_tokens[k].Kind != TokenKind.Punct)
                {
                    return _tokens[k].Kind == TokenKind.Word ? k : -1;
                }
            }

            return -1;
        }

        /// <summary>Where the clause's last word ends in the visible text, leaving out closing punctuation; -1 when it has none.</summary>
        public int ContentEndOf(Clause clause)
        {
            for (var k = clause.End - 1; k >= clause.First; k--)
            {
                if (_tokens[k].Kind != TokenKind.Punct)
                {
                    return _tokens[k].End;
                }
            }

            return -1;
        }

        /// <summary>The visible range of tokens [first, end).</summary>
        public (int Start, int End) Span(int firstToken, int endToken) => (_tokens[firstToken].Start, _tokens[endToken - 1].End);

        /// <summary>The visible range of a date or time, which may stop inside a Chinese run.</summary>
        public (int Start, int End) Span(TimeExpression e) =>
            (_tokens[e.FirstToken].Start, e.VisibleEnd is int end && end <= _tokens[e.EndToken - 1].End ? end : _tokens[e.EndToken - 1].End);

        /// <summary>Whether the word tokens starting at <paramref name="index"/> read <paramref name="words"/> (lower case), none quoted or a name.</summary>
        public bool WordsAt(int index, string[] words, int limit, bool allowNames = false)
        {
            if (index + words.Length > limit)
            {
                return false;
            }

            for (var k = 0; k < words.Length; k++)
            {
                ref readonly var t = ref _tokens[index + k];
                if (!Matchable(t, allowNames) || !string.Equals(t.Lower, words[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a list's phrase may match token <paramref name="t"/>: not quoted (the buyer's words), not a link, and not
        /// a name unless <paramref name="allowNames"/>.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool Matchable(in Token t, bool allowNames) => !t.IsQuoted && (allowNames || !t.IsName) && t.Kind != TokenKind.Link;

        /// <summary>The lower-case words of tokens [first, end) joined by spaces ("on time"), as a phrase list writes them.</summary>
        public string WordsText(int first, int end)
        {
            if (end - first == 1)
            {
                return _tokens[first].Lower;
            }

            var text = new System.Text.StringBuilder();
            for (var k = first; k < end; k++)
            {
                text.Append(k > first ? " " : "").Append(_tokens[k].Lower);
            }

            return text.ToString();
        }

        /// <summary>How many tokens in [first, end) are words.</summary>
        public int WordsIn(int first, int end)
        {
            var words = 0;
            for (var i = first; i < end; i++)
            {
                words += _tokens[i].Kind == TokenKind.Word ? 1 : 0;
            }

            return words;
        }

        /// <summary>Whether any token in [first, end) is one of <paramref name="words"/>.</summary>
        public bool AnyWord(int first, int end, WordList words)
        {
            for (var i = first; i < end; i++)
            {
                ref readonly var t = ref _tokens[i];
                if (t.Kind == TokenKind.Word && !t.IsQuoted && words.Contains(t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether any of <paramref name="terms"/> occurs in an unquoted run of Chinese among tokens [first, end).</summary>
        public bool ChineseContains(int first, int end, TermSet terms)
        {
            if (!HasChinese)
            {
                return false; // most messages: the finders ask this of every clause
            }

            for (var i = first; i < end; i++)
            {
                ref readonly var t = ref _tokens[i];
                if (t.Kind == TokenKind.Cjk && !t.IsQuoted && terms.AnyIn(t.Lower))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The sentence holding token <paramref name="tokenIndex"/> (the last sentence past the end).</summary>
        public Sentence SentenceOf(int tokenIndex)
        {
            int lo = 0, hi = _sentences.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_sentences[mid].First <= tokenIndex)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return _sentences[lo];
        }

        /// <summary>The 1-based line and UTF-16 column of an input offset; the line map is built once per message.</summary>
        public (int Line, int Column) Locate(int inputOffset) => Lines.Locate(inputOffset);

        /// <summary>Line starts of the input, built once on first use and shared by every finding and suppression.</summary>
        public Text.LineMap Lines => _lineMap ??= Visible.IsInput
            ? _tokenizer.Lines() // the tokenizer passed every line break of the input
            : new Text.LineMap(Input);

        /// <summary>Builds a finding for the visible range [start, end), reported at its place in the input.</summary>
        public Diagnostic Report(RuleDescriptor rule, Severity severity, int start, int end, string message, string? suggestion) =>
            Report(rule, severity, start, end, message, suggestion, flagged: null, replacement: null);

        /// <summary>
        /// Builds a finding, with <paramref name="flagged"/> the visible text [start, end) when the caller has it already
        /// (the input's own text, when the visible text is the input) and the <paramref name="replacement"/> the rule knows.
        /// </summary>
        public Diagnostic Report(RuleDescriptor rule, Severity severity, int start, int end, string message, string? suggestion, string? flagged, string? replacement)
        {
            var (s, length) = Visible.ToSource(start, end);
            var (line, column) = Locate(s);
            return new Diagnostic
            {
                Rule = rule.Id,
                Severity = severity,
                Start = s,
                Length = length,
                Line = line,
                Column = column,
                Text = flagged != null && Visible.IsInput ? flagged : Input.Substring(s, length),
                Message = message,
                Suggestion = suggestion,
                Replacement = replacement,
            };
        }

        /// <summary>Builds a finding for a date or time; <paramref name="message"/> gets the expression's text.</summary>
        public Diagnostic Report(RuleDescriptor rule, Severity severity, TimeExpression e, Func<string, string> message, string? suggestion)
        {
            var (start, end) = Span(e);
            return Report(rule, severity, start, end, message(Text.Substring(start, end - start)), suggestion);
        }

        /// <summary>Builds a finding about the whole message.</summary>
        public Diagnostic ReportWholeMessage(RuleDescriptor rule, Severity severity, string message, string? suggestion) =>
            new Diagnostic
            {
                Rule = rule.Id,
                Severity = severity,
                Start = 0,
                Length = Input.Length,
                Line = 1,
                Column = 1,
                Text = null,
                Message = message,
                Suggestion = suggestion,
            };

        // The clauses every sentence's range reads, rented; given back by Release.
        private Clause[]? _clauses;

        /// <summary>The index of the first token that ends after visible offset <paramref name="offset"/>.</summary>
        public int TokenAtOrAfter(int offset)
        {
            int lo = 0, hi = _tokens.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_tokens[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        // Whether ReadWords changes the tokens: the vocabulary chosen is not the one the tokenizer expected, or a word may
        // be shorthand.
        private bool ReadsWordsAnew => !ReferenceEquals(Vocabulary, _tokenizer.Likely) || _tokenizer.MayHoldShorthand;

        // Once the languages are chosen: shorthand read as the words it stands for ("shud" as "should"), and each token given
        // its word's answers for the vocabulary's hot lists. Links are never matched against lists, and keep none. The
        // tokenizer gave every token its answers for the vocabulary it expected: when that is the one chosen and no word
        // may be shorthand, there is nothing left to do — no pass over the tokens.
        private void ReadWords()
        {
            if (!ReadsWordsAnew)
            {
                return;
            }

            var vocabulary = Vocabulary;
            var shorthand = vocabulary.Shorthand;
            var words = vocabulary.ShorthandWords;
            var id = vocabulary.HotId;
            for (var i = 0; i < _tokens.Count; i++)
            {
                ref var t = ref _tokens[i];
                if (t.Kind == TokenKind.Link || t.Word is null)
                {
                    // A link is matched against no list (TokenKind.Link): its answers are all no, set without asking its
                    // word (each link is a word of its own, and working out its answers cost more than the rest).
                    t.SetHot(id, 0);
                    continue;
                }

                t.SetHot(id, t.Word.HotIn(vocabulary));
                if (t.Kind == TokenKind.Word && words.Contains(in t) && shorthand.TryGetValue(t.Lower, out var full))
                {
                    t = t.ReadAs(_tokenizer.Pooled(full));
                    t.SetHot(id, t.Word.HotIn(vocabulary));
                }
            }
        }
    }
}
