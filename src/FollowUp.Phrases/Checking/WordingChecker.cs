using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Rules;
using FollowUp.Phrases.Checking.Screening;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// Checks follow-up wording for vague timing, overpromises, missing owners and missing unsubscribe links.
    /// Immutable and thread-safe: build one and share it.
    /// </summary>
    /// <example>
    /// <code>
    /// var findings = WordingChecker.Default.Check("Your order will be shipped soon.", CheckContext.Default);
    /// // 1:12 warning missing-owner: 'will be shipped' …; 1:28 warning vague-timing: 'soon' …
    /// </code>
    /// </example>
    public sealed class WordingChecker
    {
        private readonly IReadOnlyList<(IWordingRule Rule, Severity Severity)> _rules;
        private readonly int _maxFindings;
        private readonly Languages.LanguagePacks _packs;
        private readonly string[] _knownRuleIds;
        private readonly int _maxInputLength;
        private MessageScreen? _screen;
        private bool _screenBuilt;
        private readonly bool _hasCustomRules;

        /// <summary>A checker with every rule on at its default severity.</summary>
        public static readonly WordingChecker Default = new WordingChecker(new WordingCheckerOptions());

        /// <summary>Builds a checker from <paramref name="options"/>.</summary>
        /// <exception cref="ConfigurationException">The options name a rule that does not exist.</exception>
        public WordingChecker(WordingCheckerOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            if (options.MaxFindings < 1 || options.MaxInputLength < 1)
            {
                throw new ConfigurationException($"WordingCheckerOptions.MaxFindings ({options.MaxFindings}) and MaxInputLength ({options.MaxInputLength}) must be at least 1.", "WordingCheckerOptions");
            }

            _packs = options.Languages ?? throw new ConfigurationException("WordingCheckerOptions.Languages is null; leave it at LanguagePacks.BuiltIn or set a pack set.", "WordingCheckerOptions");
            _maxFindings = options.MaxFindings;
            _maxInputLength = options.MaxInputLength;
            var policies = options.Policies.Select(Policies.Get).ToArray();
            var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (var policy in policies)
            {
                foreach (var pair in policy.Severities)
                {
                    severities[pair.Key] = pair.Value;
                }
            }

            foreach (var pair in options.Severities)
            {
                severities[pair.Key] = pair.Value;
            }

            var effective = new WordingCheckerOptions
            {
                RequireUnsubscribeOnEveryEmail = options.RequireUnsubscribeOnEveryEmail || policies.Any(p => p.RequireUnsubscribeOnEveryEmail),
                RequireSenderIdentity = options.RequireSenderIdentity || policies.Any(p => p.RequireSenderIdentity),
                Languages = _packs,
            };
            var all = CreateRules(effective, policies.SelectMany(p => p.Terms.Select(t => (t, p.Id))).ToArray()).ToList();
            foreach (var custom in options.CustomRules)
            {
                var descriptor = (custom ?? throw new ConfigurationException("WordingCheckerOptions.CustomRules holds a null rule.", "WordingCheckerOptions")).Descriptor
                    ?? throw new ConfigurationException($"Custom rule {custom.GetType().Name} has no Descriptor.", "WordingCheckerOptions");
                if (all.Any(r => r.Descriptor.Id == descriptor.Id) || Array.IndexOf(Suppressions.MarkerRuleIds, descriptor.Id) >= 0)
                {
                    throw new ConfigurationException($"Custom rule {custom.GetType().Name} uses the id '{descriptor.Id}', which another rule already has; give it an id of its own.", "WordingCheckerOptions");
                }

                all.Add(new CustomRule(custom));
                _hasCustomRules = true;
            }

            var known = all.Select(r => r.Descriptor.Id).ToArray();
            _knownRuleIds = known;
            foreach (var id in options.DisabledRules.Concat(severities.Keys))
            {
                if (Array.IndexOf(known, id) < 0)
                {
                    throw new ConfigurationException($"Unknown rule '{id}' in the checker options. Known rules: {string.Join(", ", known)}.", "WordingCheckerOptions", id, known);
                }
            }

            _rules = all
                .Where(r => !options.DisabledRules.Contains(r.Descriptor.Id))
                .Select(r => (r, severities.TryGetValue(r.Descriptor.Id, out var s) ? s : r.Descriptor.DefaultSeverity))
                .ToArray();

            for (var r = 0; r < _rules.Count && r < 64; r++)
            {
                _subjectRules |= _rules[r].Rule.AppliesToSubject ? 1UL << r : 0;
                _subjectLineRule |= _rules[r].Rule is SubjectLineRule ? 1UL << r : 0;
            }
        }

        // The rules that read subject lines (bits in rule order).
        private readonly ulong _subjectRules;

        // The subject-line rule's bit, when it is enabled. It starts from nothing the screen looks for (and never reports
        // on a body, so the screen leaves it out): it is asked before the reading whether it could report.
        private readonly ulong _subjectLineRule;

        /// <summary>Every rule this checker knows, whether enabled or not.</summary>
        public static IReadOnlyList<RuleDescriptor> Rules { get; } = CreateRules(new WordingCheckerOptions(), Array.Empty<(PolicyTerm, string)>()).Select(r => r.Descriptor).ToArray();

        /// <summary>
        /// Checks a message body. Findings are ordered by position; offsets are UTF-16 code units into <paramref name="text"/>.
        /// </summary>
        public IReadOnlyList<Diagnostic> Check(string text, CheckContext? context = null)
        {
            return Screened(text, context ?? CheckContext.Default, subject: false);
        }

        // Most messages give no rule anything to start from, and most others only a few rules; the screen finds which in
        // one pass, and the rules it leaves out never build the parts of the reading only they need. A subject line is
        // screened as a one-line body, and also read by the rules of subject lines, which start from nothing a screen
        // could look for.
        private IReadOnlyList<Diagnostic> Screened(string text, CheckContext context, bool subject) => Screened(text, context, subject, readAtOnce: false, out _);

        /// <summary>
        /// Checks a message body that the caller expects the rules to read — one whose last rendering from the same
        /// template was read (the phrase engine keeps that per template: a dispatch notice always holds dates to check).
        /// The screen's pass over the text, which would stop at its first reason to read, is left out, and the reading's
        /// tokens decide which rules read the message: the same findings as <see cref="Check(string, CheckContext?)"/>,
        /// without a pass that ends in "read it" anyway. <paramref name="read"/> says whether any rule read the message,
        /// the expectation for the next one. <paramref name="share"/> holds the lines shared between the readings of one
        /// message's bodies, its text and then its HTML (see <see cref="LineShare"/>).
        /// </summary>
        internal IReadOnlyList<Diagnostic> Check(string text, CheckContext context, bool readAtOnce, out bool read, LineShare? share = null) =>
            Screened(text, context, subject: false, readAtOnce, out read, share);

        private IReadOnlyList<Diagnostic> Screened(string text, CheckContext context, bool subject, bool readAtOnce, out bool read, LineShare? share = null)
        {
            var rules = EveryRule;
            Analysis.VisibleText? visible = null;
            var decideFromTokens = false;
            read = false;
            if (text != null && text.Length <= _maxInputLength && Screen is MessageScreen screen)
            {
                // A body the screen sends to the reading is cut into tokens there: the screen stops at its first reason to
                // read (or, for a body expected to be read, does not pass over it at all), and the tokens decide which
                // other rules read it (a subject line is short, and screened whole).
                rules = subject ? screen.RulesToRead(text, context, out visible)
                    : readAtOnce ? screen.RulesToReadFromTokens(text, context, out visible, out decideFromTokens)
                    : screen.RulesToReadOrDefer(text, context, out visible, out decideFromTokens);
                rules = subject ? (rules & _subjectRules) | SubjectLineRuleFor(text, context, screen) : rules;
                if (rules == 0)
                {
                    return Array.Empty<Diagnostic>();
                }
            }

            return Findings(text!, context, subject, rules, visible, decideFromTokens, out read, share);
        }

        // The subject-line rule's bit when it reads this subject: unless its own tests, made on the text as it is, say it
        // has nothing to report (the subject names the order, is no generic word in any pack, fakes no reply). Text the
        // normalizer would rewrite, or with a suppression marker, is read. (Users' rules, which start from nothing a screen
        // looks for either, may report on any message: the screen always leaves them in.)
        private ulong SubjectLineRuleFor(string text, CheckContext context, MessageScreen screen) =>
            _subjectLineRule != 0 && text.IndexOf(Suppressions.Marker, StringComparison.Ordinal) < 0 && ScreenText.ReadAsItIs(text)
            && GenericSubjects(screen) is var generic && !SubjectLineRule.MayReport(text, context, generic.Subjects, generic.Longest)
                ? 0
                : _subjectLineRule;

        /// <summary>The findings of the full reading, never screened: for tests that hold the screen to it.</summary>
        internal IReadOnlyList<Diagnostic> CheckUnscreened(string text, CheckContext context) => Findings(text, context, subject: false, EveryRule, visible: null, decideFromTokens: false, out _);

        /// <summary>The rules the screen leaves out of reading <paramref name="text"/>: for tests that hold it to the full reading.</summary>
        internal IReadOnlyList<string> RulesLeftUnread(string text, CheckContext context)
        {
            var read = Screen is MessageScreen screen ? screen.RulesToRead(text, context) : EveryRule;
            return RuleIdsOf(~read);
        }

        /// <summary>
        /// For a message the screen sends to the reading before its pass ends, the rules the reading's tokens decide and
        /// the rules the screen's own pass over the whole text decides, by id; null when the screen decides the message
        /// alone. For tests that hold the two to each other.
        /// </summary>
        internal (IReadOnlyList<string> FromTokens, IReadOnlyList<string> FromText)? RulesDecidedBothWays(string text, CheckContext context)
        {
            if (Screen is not MessageScreen screen)
            {
                return null;
            }

            screen.RulesToReadOrDefer(text, context, out var visible, out var decideFromTokens);
            if (!decideFromTokens)
            {
                return null;
            }

            var analysis = new MessageAnalysis(text, context, false, _packs, visible);
            var fromTokens = screen.RulesFromTokens(analysis.Text, analysis.Tokens, context);
            analysis.Release();
            return (RuleIdsOf(fromTokens), RuleIdsOf(screen.RulesToRead(text, context)));
        }

        /// <summary>
        /// The rules the screen decides for <paramref name="text"/> read after <paramref name="earlier"/>, as a template's
        /// next render is (the lines written the same lent, with what the screen found on each), and the rules it decides
        /// from every token of <paramref name="text"/>, by id; with how many lines were lent to the screen. Null when the
        /// checker has no screen. For tests that hold the two to each other.
        /// </summary>
        internal (IReadOnlyList<string> Lent, IReadOnlyList<string> Exact, int LinesLent)? RulesDecidedAfter(string earlier, string text, CheckContext context)
        {
            if (Screen is not MessageScreen screen)
            {
                return null;
            }

            var first = new LineShare();
            var recorded = new MessageAnalysis(earlier, context, false, _packs, null, first);
            screen.RulesFromTokens(recorded.Text, recorded.Tokens, context, first, null);
            recorded.Release();
            first.KeepForNext();
            var second = new LineShare { Previous = first };
            var borrowing = new MessageAnalysis(text, context, false, _packs, null, second);
            var lent = screen.RulesFromTokens(borrowing.Text, borrowing.Tokens, context, second, borrowing.Lender);
            var linesLent = first.LentToScreen.Count;
            borrowing.Release();
            second.Previous = null;
            first.Release();
            second.Release();

            var alone = new MessageAnalysis(text, context, false, _packs);
            var exact = screen.RulesFromTokens(alone.Text, alone.Tokens, context);
            alone.Release();
            return (RuleIdsOf(lent), RuleIdsOf(exact), linesLent);
        }

        private IReadOnlyList<string> RuleIdsOf(ulong rules) =>
            _rules.Where((r, i) => i < 64 && (rules & (1UL << i)) != 0).Select(r => r.Rule.Descriptor.Id).ToArray();

        // Every rule, as a mask of the checker's rule order (a checker with more than 64 has no screen, and reads all).
        private const ulong EveryRule = ulong.MaxValue;

        // The findings alone: the reading is done with, so its token memory goes back to the pool — unless a user's rule
        // was handed the reading and might keep it.
        // read: whether any rule read the message (the tokens may leave none); callers with no use for it pass out _.
        private IReadOnlyList<Diagnostic> Findings(string text, CheckContext context, bool subject, ulong rules, Analysis.VisibleText? visible, bool decideFromTokens, out bool read, LineShare? share = null)
        {
            var (diagnostics, analysis) = Run(text, context, subject, rules, visible, decideFromTokens, out read, share);
            if (!_hasCustomRules)
            {
                analysis.Release();
            }

            return diagnostics;
        }

        /// <summary>Whether the screen answers <paramref name="text"/> without reading it.</summary>
        internal bool PassesScreen(string text, CheckContext context) => Screen is MessageScreen screen && screen.IsClean(text, context);

        /// <summary>Why the screen reads <paramref name="text"/>, or null when it answers it unread.</summary>
        internal string? ScreenVerdict(string text, CheckContext context) => Screen is MessageScreen screen ? screen.Verdict(text, context) : "no screen";

        // Built on first use: a checker that only reviews or renders never pays for it. A race builds two equal screens.
        private MessageScreen? Screen => _screenBuilt ? _screen : BuildScreen();

        // The subject lines that say nothing in any pack ("hello", "update"), with the longest one's length: read once, for
        // the subject-line rule's question before any subject is read.
        private sealed class GenericSubjectList
        {
            public GenericSubjectList(MessageScreen screen)
            {
                Screen = screen;
                Subjects = screen.EveryPack.EntrySet("subject-line.generic");
                Longest = Subjects.Count == 0 ? 0 : Subjects.Max(s => s.Length);
            }

            public MessageScreen Screen { get; }

            public HashSet<string> Subjects { get; }

            public int Longest { get; }
        }

        private GenericSubjectList? _genericSubjects;

        private GenericSubjectList GenericSubjects(MessageScreen screen)
        {
            var list = Volatile.Read(ref _genericSubjects);
            if (list is null || !ReferenceEquals(list.Screen, screen))
            {
                list = new GenericSubjectList(screen);
                Volatile.Write(ref _genericSubjects, list);
            }

            return list;
        }

        private MessageScreen? BuildScreen()
        {
            _screen = MessageScreen.For(_rules.Select(r => r.Rule).ToArray(), _packs);
            _screenBuilt = true;
            return _screen;
        }

        /// <summary>
        /// Checks a message body and reports how it was classified: transactional or marketing, given by the caller or
        /// inferred with CAN-SPAM's primary-purpose test, and the wording that decided it.
        /// </summary>
        /// <example>
        /// <code>
        /// var report = WordingChecker.Default.Review("Our summer sale starts now: 20% off everything.", CheckContext.Default);
        /// // report.Purpose: marketing (inferred): commercial content ('summer sale') and no transactional content
        /// // report.Diagnostics: missing-unsubscribe
        /// </code>
        /// </example>
        public CheckReport Review(string text, CheckContext? context = null)
        {
            var (diagnostics, analysis) = Run(text, context ?? CheckContext.Default, subject: false, EveryRule, visible: null, decideFromTokens: false, out _);
            return new CheckReport
            {
                Diagnostics = diagnostics,
                Purpose = analysis.PurposeClassification,
                Languages = analysis.LanguagesRead,
                UncoveredLanguages = analysis.UncoveredLanguages.Select(l => l.Code).ToArray(),
            };
        }

        /// <summary>
        /// Reads a message the way the rules do and returns that reading: regions (greeting, body, signature, footer,
        /// quoted reply), time expressions classified absolute / range / event-anchored / vague / pleasantry, next steps
        /// with actor and trigger, commitments with who controls them, links with their role, placeholders, reported
        /// problems and the purpose. Offsets are UTF-16 code units into <paramref name="text"/>.
        /// </summary>
        /// <example>
        /// <code>
        /// var reading = WordingChecker.Analyze("We will refund you by 27 Nov 2026. Please reply with a photo.");
        /// // reading.NextSteps: Promise by Seller 'We will refund you by 27 Nov 2026' (trigger: Absolute '27 Nov 2026'),
        /// //                    Request by Buyer 'Please reply with a photo'
        /// </code>
        /// </example>
        public static AnalyzedMessage Analyze(string text, CheckContext? context = null)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return AnalyzedMessageBuilder.Build(new MessageAnalysis(text, context ?? CheckContext.Default));
        }

        /// <summary>
        /// Classifies a message body as transactional or marketing without checking it. When
        /// <see cref="CheckContext.Purpose"/> is set, that is the answer; otherwise the primary-purpose test reads the body
        /// and <see cref="CheckContext.Subject"/>.
        /// </summary>
        public static PurposeClassification Classify(string text, CheckContext? context = null)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return new MessageAnalysis(text, context ?? CheckContext.Default).PurposeClassification;
        }

        /// <summary>
        /// Checks a subject line: only the rules that make sense on one line (vague timing, overpromise) run.
        /// </summary>
        public IReadOnlyList<Diagnostic> CheckSubject(string subject, CheckContext? context = null)
        {
            context ??= CheckContext.Default;
            return Screened(subject, context.Format == MessageFormat.Text ? context : context with { Format = MessageFormat.Text }, subject: true);
        }

        /// <summary>A subject line's findings with every rule reading it: for tests that hold the screen to it.</summary>
        internal IReadOnlyList<Diagnostic> CheckSubjectUnscreened(string subject, CheckContext context) =>
            Findings(subject, context with { Format = MessageFormat.Text }, subject: true, EveryRule, visible: null, decideFromTokens: false, out _);

        private (IReadOnlyList<Diagnostic> Diagnostics, MessageAnalysis Analysis) Run(string text, CheckContext context, bool subject, ulong rules, Analysis.VisibleText? visible, bool decideFromTokens, out bool read, LineShare? share = null)
        {
            read = true;
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (text.Length > _maxInputLength)
            {
                // Not read at all: only the classification the caller gave (or none) is reported.
                return (new[] { CheckLimits.TooLong(text.Length, _maxInputLength) }, new MessageAnalysis("", context, subject, _packs));
            }

            var analysis = new MessageAnalysis(text, context, subject, _packs, visible, share);
            if (decideFromTokens && Screen is MessageScreen screen)
            {
                rules = screen.RulesFromTokens(analysis.Text, analysis.Tokens, context, analysis.Recording ? analysis.Share : null, analysis.Lender);
                read = rules != 0;
            }

            // Suppressions apply as findings arrive, so a finding a marker silences is never counted against the limit
            // and every marker that silences something is marked used. Each rule keeps twice the report's limit: enough
            // that the first findings by position survive the merge.
            var silenced = context.SuppressedRules != null && context.SuppressedRules.Count > 0 ? context.SuppressedRules : null;
            // A text the screen sends on to the tokens was searched for markers by it, and has none.
            var entries = decideFromTokens || analysis.Input.IndexOf(Suppressions.Marker, StringComparison.Ordinal) < 0 ? null : Suppressions.Find(analysis.Input, _knownRuleIds, analysis.Lines);
            var byLine = entries is null ? null : Suppressions.ByLine(entries);
            var sink = new FindingSink(2 * _maxFindings, Silencer(silenced, entries, byLine));
            for (var r = 0; r < _rules.Count; r++)
            {
                var (rule, severity) = _rules[r];
                if ((!subject || rule.AppliesToSubject) && (r >= 64 || (rules & (1UL << r)) != 0))
                {
                    sink.BeginRule();
                    rule.Check(analysis, severity, sink);
                }
            }

            var findings = sink.Kept;

            ReportMarkers(analysis, findings, entries, subject);
            var ordered = Ordered(findings);
            if (ordered.Length > _maxFindings || sink.Dropped > 0)
            {
                var shown = Math.Min(ordered.Length, _maxFindings);
                var kept = new Diagnostic[shown + 1];
                Array.Copy(ordered, kept, shown);
                kept[shown] = CheckLimits.Truncated(ordered.Length - shown + sink.Dropped, _maxFindings);
                ordered = kept;
            }

            return (ordered, analysis);
        }

        // Whether a finding is silenced, by the context's list or a marker in the text; null when nothing is. The lambda is
        // made two methods away from Run: what it captures is hoisted into a closure object made on entry to the method
        // that holds it, whether or not the lambda is made, so every check paid for one, silenced or not.
        private static Func<Diagnostic, bool>? Silencer(IReadOnlyCollection<string>? silenced, List<Suppressions.Entry>? entries, Dictionary<int, List<Suppressions.Entry>>? byLine) =>
            silenced is null && entries is null ? null : SilencerOf(silenced, entries, byLine);

        private static Func<Diagnostic, bool> SilencerOf(IReadOnlyCollection<string>? silenced, List<Suppressions.Entry>? entries, Dictionary<int, List<Suppressions.Entry>>? byLine) =>
            d => (silenced != null && silenced.Contains(d.Rule)) || (entries != null && Suppressions.Covers(entries, byLine!, d));

        /// <summary>
        /// Findings by position, then rule id, ties in the order the rules reported them (a stable sort without LINQ's
        /// iterators: most messages have none or a few, and the batch mode sorts them 100,000 times).
        /// </summary>
        private static Diagnostic[] Ordered(List<Diagnostic> findings)
        {
            if (findings.Count == 0)
            {
                return Array.Empty<Diagnostic>();
            }

            var reported = findings.ToArray();
            if (reported.Length == 1)
            {
                return reported;
            }

            // By start, then rule id (ordinal), then the order they came in: each finding's place as one number — its start,
            // the rank of its rule id among those reported, its index — sorted as numbers (no comparer called per pair).
            var ids = new List<string>();
            foreach (var d in reported)
            {
                if (d.Start < 0)
                {
                    return OrderedByComparison(reported); // a user's rule may report anything: the numbers need starts of 0 or more
                }

                if (!ids.Contains(d.Rule))
                {
                    ids.Add(d.Rule);
                }
            }

            ids.Sort(StringComparer.Ordinal);
            if (ids.Count >= 1 << RankBits || reported.Length >= 1 << IndexBits)
            {
                return OrderedByComparison(reported);
            }

            var keys = new long[reported.Length];
            for (var i = 0; i < reported.Length; i++)
            {
                keys[i] = ((long)reported[i].Start << (RankBits + IndexBits)) | ((long)ids.IndexOf(reported[i].Rule) << IndexBits) | (long)i;
            }

            Array.Sort(keys);
            var ordered = new Diagnostic[reported.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                ordered[i] = reported[(int)(keys[i] & ((1L << IndexBits) - 1))];
            }

            return ordered;
        }

        // A finding's place as one number: its start (31 bits) above its rule's rank and its index.
        private const int RankBits = 8;
        private const int IndexBits = 24;

        // More rules or findings than the numbers hold (custom rules by the hundred): the same order by comparison.
        private static Diagnostic[] OrderedByComparison(Diagnostic[] reported)
        {
            var order = new int[reported.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                var c = reported[x].Start.CompareTo(reported[y].Start);
                c = c != 0 ? c : string.CompareOrdinal(reported[x].Rule, reported[y].Rule);
                return c != 0 ? c : x.CompareTo(y);
            });
            var ordered = new Diagnostic[reported.Length];
            for (var i = 0; i < order.Length; i++)
            {
                ordered[i] = reported[order[i]];
            }

            return ordered;
        }

        /// <summary>The word lists of the lexical rules, for the naive-regex baseline benchmark.</summary>
        internal static IEnumerable<string> LexiconTerms => VagueTimingRule.Terms.Concat(OverpromiseRule.Terms);

        internal static readonly string[] KnownRuleIds = CreateRules(new WordingCheckerOptions(), Array.Empty<(PolicyTerm, string)>()).Select(r => r.Descriptor.Id).ToArray();

        /// <summary>Markers that are void (no reason, unknown rule) or silenced nothing, as findings of their own.</summary>
        private static void ReportMarkers(MessageAnalysis analysis, List<Diagnostic> findings, List<Suppressions.Entry>? entries, bool subject)
        {
            if (entries is null)
            {
                return;
            }

            foreach (var e in entries)
            {
                if (e.Problem != null)
                {
                    findings.Add(Marked(analysis, Suppressions.Invalid, e, "This suppression " + e.Problem));
                }
                else if (!e.Used && !subject)
                {
                    findings.Add(Marked(analysis, Suppressions.Unused, e, $"This suppression of {string.Join(", ", e.Rules)} silences nothing; remove it."));
                }
            }
        }

        private static Diagnostic Marked(MessageAnalysis analysis, RuleDescriptor rule, Suppressions.Entry e, string message)
        {
            var (line, column) = analysis.Locate(e.Start);
            return new Diagnostic
            {
                Rule = rule.Id,
                Severity = rule.DefaultSeverity,
                Start = e.Start,
                Length = e.Length,
                Line = line,
                Column = column,
                Text = analysis.Input.Substring(e.Start, e.Length),
                Message = message,
                Suggestion = rule.Help,
            };
        }

        private static IWordingRule[] CreateRules(WordingCheckerOptions options, IReadOnlyList<(PolicyTerm, string)> terms) => new IWordingRule[]
        {
            new VagueTimingRule(),
            new OverpromiseRule(),
            new MissingOwnerRule(),
            new MissingUnsubscribeRule { RequireOnEveryEmail = options.RequireUnsubscribeOnEveryEmail },
            new MissingTimezoneRule(),
            new WeekdayMismatchRule(),
            new PastDateRule(),
            new UnfilledPlaceholderRule(),
            new ShoutingRule(),
            new PaymentDetailsRule(),
            new ReviewManipulationRule(),
            new AttachmentMissingRule(),
            new SubjectLineRule(),
            new MissingSenderIdentityRule { Enabled = options.RequireSenderIdentity },
            new SensitiveTermRule(terms),
            new LanguageNotCoveredRule(options.Languages ?? Languages.LanguagePacks.BuiltIn),
        };
    }
}
