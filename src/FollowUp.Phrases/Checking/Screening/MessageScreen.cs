using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// One pass over a plain-text message that tells whether any enabled rule could report anything on it, before the deep
    /// reading (sentences, clauses, regions, links, timing, steps, commitments) is built. Each rule declares what it starts
    /// from (<see cref="RuleTriggers"/>: groups of pack-list words and text features) and whether the check's context lets
    /// it report at all (<see cref="RuleReach"/>); the screen looks every word up once in a table of every pack's trigger
    /// words, with no string per word, and answers "clean" only when no active rule's trigger occurs. Most follow-ups a CRM
    /// checks are clean, and they cost this pass instead of the reading.
    /// </summary>
    /// <remarks>
    /// The screen is conservative by construction: it reads every pack's lists whatever the message's language, counts
    /// quoted words, names and footers as words, reads HTML as its visible text (the words every rule reads; the markup
    /// only keeps findings away), and leaves to the full reading anything it does not follow — text the normalizer would
    /// rewrite (look-alikes, full-width forms, compatibility characters; letters such as é, ü, ß and symbols such as × are
    /// read), suppression markers, a user's rules, and rules whose findings need no trigger (a marketing email's missing link).
    /// </remarks>
    internal sealed partial class MessageScreen
    {
        private readonly IWordingRule[] _rules;
        private readonly TextFeatures[] _features;
        private readonly ulong[][] _alternatives;
        private readonly ScreenLexicon _lexicon;
        private readonly PhraseMatcher _phrases;
        private readonly Vocabulary _everyPack;
        private readonly LanguageDetector _detector;

        // The groups whose words count for nothing after a conditional in their clause, a bit each.
        private readonly ulong _notAfterConditional;

        [ThreadStatic]
        private static ContextReach? t_reach;

        // The answer before it: a message's HTML is checked under its text's context with another format, and a thread
        // that checks both for each message (the phrase engine does) finds both kept.
        [ThreadStatic]
        private static ContextReach? t_olderReach;

        private MessageScreen(IWordingRule[] rules, WordGroup[] groups, Vocabulary everyPack, Vocabulary alwaysRead, LanguageDetector detector)
        {
            _rules = rules;
            _everyPack = everyPack;
            _detector = detector;
            _features = rules.Select(r => r.Triggers?.Features ?? TextFeatures.None).ToArray();
            _alternatives = rules.Select(r => (r.Triggers?.Alternatives ?? Array.Empty<IReadOnlyList<WordGroup>>())
                .Select(alternative => alternative.Aggregate(0UL, (mask, g) => mask | (1UL << Array.IndexOf(groups, g))))
                .ToArray()).ToArray();

            _lexicon = new ScreenLexicon(groups, everyPack, alwaysRead, detector);
            for (var g = 0; g < groups.Length; g++)
            {
                _notAfterConditional |= groups[g].NotAfterConditional ? 1UL << g : 0;
            }
            _phrases = new PhraseMatcher(_lexicon);
        }

        /// <summary>The lists of every pack the checker has, whatever a message's language: what the screen looks words up in.</summary>
        public Vocabulary EveryPack => _everyPack;

        /// <summary>The screen for these rules read with these packs, or null when their triggers are too many to screen.</summary>
        public static MessageScreen? For(IReadOnlyList<IWordingRule> rules, LanguagePacks packs)
        {
            // A bit per rule and per word group: a checker with more (many users' rules) is read in full.
            var groups = rules.SelectMany(r => r.Triggers?.Alternatives ?? Array.Empty<IReadOnlyList<WordGroup>>()).SelectMany(a => a).Distinct().ToArray();
            if (rules.Count > 64 || groups.Length > ScreenLexicon.MaxGroups)
            {
                return null;
            }

            var others = packs.Languages.Where(l => l != "en" && l != "zh").ToArray();
            return new MessageScreen(rules.ToArray(), groups, packs.VocabularyFor(others), packs.WithoutOthers, packs.Detector);
        }

        /// <summary>
        /// True when no rule can report anything on <paramref name="text"/> (a message body) under <paramref name="context"/>:
        /// the checker may answer with no findings without reading it. False means "read it", not "it has findings".
        /// </summary>
        public bool IsClean(string text, CheckContext context) => RulesToRead(text, context) == 0;

        /// <summary>
        /// The rules that must read <paramref name="text"/> (a message body) under <paramref name="context"/>, a bit per rule
        /// in the checker's order; 0 when none must, and the checker answers with no findings. A rule the context lets
        /// report on any message is always among them, one it leaves nothing to report never, and the others when what they
        /// start from occurs. HTML, suppression markers and text the normalizer rewrites are read by every rule the context
        /// lets report. The reading is lazy, so what only the rules left out need is never worked out.
        /// </summary>
        public ulong RulesToRead(string text, CheckContext context) => RulesToRead(text, context, out _);

        /// <summary>As <see cref="RulesToRead(string, CheckContext)"/>; <paramref name="visible"/> is the visible text of HTML when it was worked out, for the reading to reuse.</summary>
        public ulong RulesToRead(string text, CheckContext context, out VisibleText? visible) => Screen(text, context, untilRead: false, out visible, out _);

        /// <summary>
        /// As <see cref="RulesToRead(string, CheckContext, out VisibleText?)"/>, but the pass over the text stops at the first
        /// thing that makes a rule read it: <paramref name="decideFromTokens"/> is then true, the answer is provisional (every
        /// rule the context lets report), and <see cref="RulesFromTokens(string, TokenList, CheckContext)"/> decides the rest from the reading's tokens.
        /// </summary>
        public ulong RulesToReadOrDefer(string text, CheckContext context, out VisibleText? visible, out bool decideFromTokens) =>
            Screen(text, context, untilRead: true, out visible, out decideFromTokens);

        /// <summary>
        /// As <see cref="RulesToReadOrDefer"/> for a message the caller expects to be read: no pass over the text at all —
        /// unless no rule can report in the context, or the text is not one the screen reads, the answer is provisional
        /// (every rule the context lets report) and <see cref="RulesFromTokens(string, TokenList, CheckContext)"/> decides from the reading's tokens.
        /// </summary>
        public ulong RulesToReadFromTokens(string text, CheckContext context, out VisibleText? visible, out bool decideFromTokens) =>
            Screen(text, context, untilRead: true, out visible, out decideFromTokens, pass: false);

        // untilRead: the pass stops at its first reason to read and leaves the rest to the tokens; pass: false leaves the
        // whole text to them.
        private ulong Screen(string text, CheckContext context, bool untilRead, out VisibleText? visible, out bool decideFromTokens, bool pass = true)
        {
            visible = null;
            decideFromTokens = false;
            var reach = ReachIn(context);
            var (always, active) = (reach.AlwaysRules, reach.Active);
            if (active == 0)
            {
                return always;
            }

            if (ScreenedText(text, context, out visible) is not string screened)
            {
                return always | active;
            }

            if (!pass)
            {
                decideFromTokens = true;
                return always | active;
            }

            var found = ScanOrRecall(screened, reach, untilRead, out var seen, out var at);
            if (untilRead && at.End > 0)
            {
                decideFromTokens = true;
                return always | active;
            }

            return always | Triggered(active, seen, found, reach.Features);
        }

        // The text the rules would read, as the screen can read it, or null when it cannot: a suppression marker (in the
        // source, as the reading finds them), or characters the normalizer rewrites. HTML is read as its visible text —
        // the words every rule reads; what the markup adds (anchors' targets, quoted and footer regions) only keeps
        // findings away, never brings one.
        private static string? ScreenedText(string text, CheckContext context, out VisibleText? visible)
        {
            visible = null;
            if (text.IndexOf(Suppressions.Marker, StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            visible = context.Format == MessageFormat.Html ? VisibleText.FromHtml(text) : null;
            var screened = visible?.Text ?? text;
            return ScreenText.ReadAsItIs(screened) ? screened : null;
        }

        // The rules among active whose words or features occur.
        private ulong Triggered(ulong active, ulong seen, TextFeatures found, TextFeatures[] features)
        {
            var triggered = 0UL;
            for (var r = 0; r < _rules.Length; r++)
            {
                var bit = 1UL << r;
                if ((active & bit) != 0 && (Satisfied(seen, _alternatives[r]) || (found & features[r]) != TextFeatures.None))
                {
                    triggered |= bit;
                }
            }

            return triggered;
        }

        /// <summary>
        /// Why <paramref name="text"/> must be read — the first rule that may report and what it starts from — or null when
        /// it need not be. For tests and diagnostics: a check asks <see cref="RulesToRead(string, CheckContext)"/>.
        /// </summary>
        internal string? Verdict(string text, CheckContext context)
        {
            var reach = ReachIn(context);
            if (reach.AlwaysRules != 0)
            {
                return FirstRule(reach.AlwaysRules).Descriptor.Id + " may report on any message in this context";
            }

            if (reach.Active == 0)
            {
                return null;
            }

            if (text.IndexOf(Suppressions.Marker, StringComparison.Ordinal) >= 0)
            {
                return "the message has a suppression marker";
            }

            if (ScreenedText(text, context, out _) is not string screened)
            {
                return "the message has characters the normalizer rewrites";
            }

            var found = Scan(screened, reach.Wanted, reach.Satisfiable, 0, reach.Features, out var seen, out var at);
            for (var r = 0; r < _rules.Length; r++)
            {
                if ((reach.Active & (1UL << r)) == 0)
                {
                    continue;
                }

                if (Satisfied(seen, _alternatives[r]))
                {
                    return $"{_rules[r].Descriptor.Id}: words up to '{screened.Substring(at.Start, at.End - at.Start)}' at {at.Start}";
                }

                if ((found & reach.Features[r]) != TextFeatures.None)
                {
                    return $"{_rules[r].Descriptor.Id}: {found & reach.Features[r]}";
                }
            }

            return null;
        }

        // The rule of the lowest bit set in a rule mask.
        private IWordingRule FirstRule(ulong rules)
        {
            var r = 0;
            while ((rules & (1UL << r)) == 0)
            {
                r++;
            }

            return _rules[r];
        }

        // What the rules can report under a context. Contexts are immutable, and a CRM or a batch checks many messages
        // under one, so the last two answers are kept per thread.
        private ContextReach ReachIn(CheckContext context)
        {
            // A context equal to a kept one (callers often build one per message with the same values) reaches as far.
            if (t_reach is { } last && last.Answers(this, context))
            {
                return last;
            }

            if (t_olderReach is { } older && older.Answers(this, context))
            {
                (t_reach, t_olderReach) = (older, t_reach);
                return older;
            }

            // A context the reading would refuse is refused here too (once per context: its answer is kept).
            MessageAnalysis.ThrowIfTimesOutOfRange(context);

            // A context that differs only where no rule's reach looks — the send time, the order's facts: a service makes
            // one per message, moments apart, for another order — reaches as far as a kept one: each rule is asked (a few
            // comparisons each) instead of the reach being built again (lists and arrays, about a third of a microsecond).
            Span<RuleReach> reaches = stackalloc RuleReach[_rules.Length]; // at most 64: a checker with more has no screen
            for (var r = 0; r < _rules.Length; r++)
            {
                reaches[r] = _rules[r].ReachIn(context);
            }

            var answer = (SameReach(t_reach, reaches) ?? SameReach(t_olderReach, reaches))?.For(context) ?? Build(context, reaches);
            (t_olderReach, t_reach) = (t_reach, answer);
            return answer;
        }

        // The kept reach when it was built from the rules' reaches in reaches, else null.
        private ContextReach? SameReach(ContextReach? kept, ReadOnlySpan<RuleReach> reaches)
        {
            if (kept is null || !ReferenceEquals(kept.Screen, this))
            {
                return null;
            }

            for (var r = 0; r < reaches.Length; r++)
            {
                if (!kept.Reaches[r].Equals(reaches[r]))
                {
                    return null;
                }
            }

            return kept;
        }

        private ContextReach Build(CheckContext context, ReadOnlySpan<RuleReach> reaches)
        {
            var active = 0UL;
            var wanted = TextFeatures.None;
            var alternatives = new List<ulong>();
            var alwaysRules = 0UL;
            var features = new TextFeatures[_rules.Length];
            for (var r = 0; r < _rules.Length; r++)
            {
                var reach = reaches[r];
                switch (reach.Kind)
                {
                    case RuleReachKind.Always:
                        alwaysRules |= 1UL << r;
                        break;
                    case RuleReachKind.Screened:
                        active |= 1UL << r;
                        features[r] = _features[r] | reach.AlsoOn;
                        wanted |= features[r];
                        alternatives.AddRange(_alternatives[r]);
                        break;
                }
            }

            return new ContextReach(this, context, reaches.ToArray(), alwaysRules, active, wanted, alternatives.ToArray(), features);
        }

        // Whether an alternative of a context's reach (ContextReach.Satisfiable: the one-group alternatives as one mask
        // first, then the others) is satisfied by the groups seen.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool AnySatisfied(ulong seen, ReadOnlySpan<ulong> satisfiable)
        {
            if ((seen & satisfiable[0]) != 0)
            {
                return true;
            }

            for (var k = 1; k < satisfiable.Length; k++)
            {
                if ((seen & satisfiable[k]) == satisfiable[k])
                {
                    return true;
                }
            }

            return false;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool Satisfied(ulong seen, ReadOnlySpan<ulong> alternatives)
        {
            foreach (var alternative in alternatives)
            {
                if ((seen & alternative) == alternative)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
