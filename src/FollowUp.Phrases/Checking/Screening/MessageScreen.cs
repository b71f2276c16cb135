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
    internal sealed class MessageScreen
    {
        private readonly IWordingRule[] _rules;
        private readonly TextFeatures[] _features;
        private readonly ulong[][] _alternatives;
        private readonly ScreenLexicon _lexicon;
        private readonly PhraseMatcher _phrases;
        private readonly Vocabulary _everyPack;
        private readonly LanguageDetector _detector;

        [ThreadStatic]
        private static char[]? t_word;

        [ThreadStatic]
        private static double[]? t_scores;

        [ThreadStatic]
        private static ContextReach? t_reach;

        private MessageScreen(IWordingRule[] rules, WordGroup[] groups, Vocabulary everyPack, LanguageDetector detector)
        {
            _rules = rules;
            _everyPack = everyPack;
            _detector = detector;
            _features = rules.Select(r => r.Triggers?.Features ?? TextFeatures.None).ToArray();
            _alternatives = rules.Select(r => (r.Triggers?.Alternatives ?? Array.Empty<IReadOnlyList<WordGroup>>())
                .Select(alternative => alternative.Aggregate(0UL, (mask, g) => mask | (1UL << Array.IndexOf(groups, g))))
                .ToArray()).ToArray();

            _lexicon = new ScreenLexicon(groups, everyPack, detector);
            _phrases = new PhraseMatcher(_lexicon);
        }

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
            return new MessageScreen(rules.ToArray(), groups, packs.VocabularyFor(others), packs.Detector);
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
        public ulong RulesToRead(string text, CheckContext context, out VisibleText? visible)
        {
            visible = null;
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

            var found = Scan(screened, reach.Wanted, reach.Alternatives, active, reach.Features, out var seen, out _);
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

            var found = Scan(screened, reach.Wanted, reach.Alternatives, 0, reach.Features, out var seen, out var at);
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
        // under one, so the last answer is kept per thread.
        private ContextReach ReachIn(CheckContext context)
        {
            // A context equal to the last one (callers often build one per message with the same values) reaches as far.
            if (t_reach is { } last && ReferenceEquals(last.Screen, this) && (ReferenceEquals(last.Context, context) || last.Context.Equals(context)))
            {
                return last;
            }

            // A context the reading would refuse is refused here too (once per context: its answer is kept).
            MessageAnalysis.ThrowIfTimesOutOfRange(context);

            var active = 0UL;
            var wanted = TextFeatures.None;
            var alternatives = new List<ulong>();
            var alwaysRules = 0UL;
            var features = new TextFeatures[_rules.Length];
            for (var r = 0; r < _rules.Length; r++)
            {
                var reach = _rules[r].ReachIn(context);
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

            return t_reach = new ContextReach(this, context, alwaysRules, active, wanted, alternatives.ToArray(), features);
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

        // The words and features of the text, stopping at the first word that satisfies an active alternative — or, when
        // deciding every rule in decideAll, once all of them are triggered (asked only when some alternative is satisfied:
        // most messages satisfy none, and asking at every word would cost them a tenth of the pass).
        private TextFeatures Scan(string text, TextFeatures wanted, ReadOnlySpan<ulong> alternatives, ulong decideAll, TextFeatures[] ruleFeatures, out ulong seen, out (int Start, int End) at)
        {
            seen = 0;
            at = default;
            var found = TextFeatures.None;
            var word = t_word ??= new char[64];
            var scores = (wanted & TextFeatures.UncoveredLanguage) != 0 ? Scores() : null;
            var placeholders = (wanted & TextFeatures.Placeholder) != 0 ? _everyPack.Placeholders : null;
            var payments = (wanted & TextFeatures.PaymentNumber) != 0;
            int capitals = 0, exclamations = 0;
            bool weekday = false, month = false;
            var afterNumber = false; // the word before was a number: "5 pm"
            var ascii = _lexicon.Ascii; // locals: the loop reads them at every character
            var marks = _lexicon.Marks;
            var words = _lexicon.Words;
            ScreenWord? pending = null; // a word whose phrases wait for the next word
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c >= 0x80 && !ScreenText.IsLatinLetter(c))
                {
                    // Dashes, curly quotes and Chinese punctuation are marks; Chinese characters a feature of their own.
                    found |= placeholders != null && PlaceholderFinder.MayStart(c) && placeholders.MatchAt(text, i) > i ? TextFeatures.Placeholder : TextFeatures.None;
                    if (Tokenizer.IsCjk(c))
                    {
                        found |= TextFeatures.Chinese;
                        if ((wanted & TextFeatures.Chinese) != 0 && decideAll == 0)
                        {
                            return found; // the message is read; only deciding each rule needs the rest
                        }
                    }

                    afterNumber = false;
                    pending = null;
                    i++;
                    continue;
                }

                var kind = c < 0x80 ? ascii[c] : CharKind.Word;
                if ((kind & CharKind.Word) == 0)
                {
                    if ((kind & CharKind.Special) != 0)
                    {
                        exclamations += c == '!' ? 1 : 0;
                        found |= c == '%' ? TextFeatures.Percent : TextFeatures.None;
                        if (placeholders != null && PlaceholderFinder.MayStart(c) && placeholders.MatchAt(text, i) > i)
                        {
                            found |= TextFeatures.Placeholder;
                        }

                        if (marks[c] != 0 && (seen | marks[c]) != seen)
                        {
                            seen |= marks[c];
                            if (Decided(seen, found, alternatives, decideAll, ruleFeatures))
                            {
                                at = (i, i + 1);
                                return found;
                            }
                        }
                    }

                    // Spaces separate tokens; any other mark is a token between the words ("5 - pm", "order, now").
                    var separates = PhraseMatcher.Separates(c);
                    afterNumber &= separates;
                    pending = separates ? pending : null;
                    i++;
                    continue;
                }

                if ((kind & CharKind.UrlStart) != 0 && (i == 0 || !ScreenText.IsAsciiLetterOrDigit(text[i - 1])) && Tokenizer.StartsUrl(text, i))
                {
                    // The reading takes a link as one token, but placeholders and payment numbers are found in it too.
                    var urlEnd = Tokenizer.UrlEnd(text, i);
                    found |= InLink(text, i, urlEnd, placeholders, payments);
                    i = urlEnd;
                    afterNumber = false;
                    pending = null;
                    continue;
                }

                // The word as the tokenizer cuts it, then one pass for its lower case and hash, digits, letters and capitals.
                var end = Tokenizer.WordEnd(text, i);

                if (end - i > word.Length)
                {
                    word = t_word = new char[Math.Max(end - i, 2 * word.Length)];
                }

                var hash = WordTable.Start;
                bool lowerCase = false, upperPair = false, upperBefore = false;
                var letters = 0;
                var all = CharKind.None;
                for (var k = i; k < end; k++)
                {
                    var ch = text[k];
                    var chKind = ch < 128 ? ascii[ch] : CharKind.None;
                    all |= chKind;
                    if ((chKind & CharKind.Upper) != 0)
                    {
                        ch = (char)(ch | 0x20);
                        upperPair |= upperBefore;
                        letters++;
                    }
                    else if ((chKind & CharKind.Lower) != 0)
                    {
                        lowerCase = true;
                        letters++;
                    }
                    else if (ScreenText.IsLatinLetter(ch))
                    {
                        // é, Ü, ß: judged and lowered as the tokenizer (Tokenizer.AddWordAt) judges and lowers them.
                        lowerCase |= char.IsLower(ch);
                        letters++;
                        ch = char.ToLowerInvariant(ch);
                    }
                    else if (ch == '\u2019')
                    {
                        ch = '\'';
                    }

                    upperBefore = (chKind & CharKind.Upper) != 0;
                    word[k - i] = ch;
                    hash = WordTable.Step(hash, ch);
                }

                var digits = (all & CharKind.Digit) != 0;
                var hasX = (all & CharKind.X) != 0;
                var length = end - i;
                if (hasX && placeholders != null) // in a word, only "xxx" can start one
                {
                    found |= PlaceholderIn(text, i, end, placeholders);
                }

                // A payment number starts with a digit or with two capitals (an IBAN's country).
                if (payments && (digits || upperPair) && PaymentIn(text, i, end))
                {
                    found |= TextFeatures.PaymentNumber;
                }

                var lower = new ReadOnlySpan<char>(word, 0, length);
                var known = words.Find(lower, hash);
                var before = seen;
                if (pending != null)
                {
                    seen |= _phrases.Continue(text, pending, lower, hash, known, end, seen);
                    pending = null;
                }

                if (known != null)
                {
                    seen |= known.Bits;
                    if (known.PhraseArray != null)
                    {
                        // Phrases go on with the next word, read anyway; those with a mark second are compared now.
                        pending = known.MarkSecond ? null : known;
                        seen |= known.MarkSecond ? _phrases.Match(text, end, known, seen) : 0;
                    }
                }

                if (seen != before && Decided(seen, found, alternatives, decideAll, ruleFeatures))
                {
                    at = (i, end);
                    return found;
                }

                var bits = known?.Bits ?? 0;
                var numberFirst = c >= '0' && c <= '9';
                found |= digits ? TextFeatures.Digits : TextFeatures.None;
                weekday |= (bits & ScreenLexicon.Weekday) != 0;
                month |= (bits & ScreenLexicon.Month) != 0;
                if (numberFirst)
                {
                    // "2026-11-27" (the tokenizer cuts a hyphen after a digit, and the scanner skips spaces around it),
                    // "27.11.2026" (one word: dots between digits join it).
                    found |= HyphenFollows(text, end) || TwoDots(lower) ? TextFeatures.DateShape : TextFeatures.None;

                    // "16:00", "5pm": a clock time's shape (the time scanner decides whether it is one).
                    var colon = end + 1 < text.Length && text[end] == ':' && text[end + 1] >= '0' && text[end + 1] <= '9';
                    if (colon || lower.EndsWith("am".AsSpan(), StringComparison.Ordinal) || lower.EndsWith("pm".AsSpan(), StringComparison.Ordinal))
                    {
                        found |= TextFeatures.ClockMark;
                    }
                }
                else
                {
                    if (afterNumber && (bits & ScreenLexicon.AmPm) != 0)
                    {
                        found |= TextFeatures.ClockMark;
                    }

                    // In capitals as the reading judges it (Tokenizer.AddWordAt): two letters or more, none in lower case.
                    if (!lowerCase && letters >= 2)
                    {
                        capitals += (bits & ScreenLexicon.Acronym) != 0 ? 0 : 1;
                        found |= capitals >= 3 || (bits & ScreenLexicon.PressureWord) != 0 ? TextFeatures.CapitalWords : TextFeatures.None;
                    }

                    if (scores != null)
                    {
                        Score(scores, known, lower, ref found);
                    }
                }

                afterNumber = numberFirst;
                i = end;
            }

            // A weekday is checked against the date it names, and a date has digits; so is a month's name.
            found |= weekday && (found & TextFeatures.Digits) != 0 ? TextFeatures.WeekdayNames : TextFeatures.None;
            found |= month && (found & TextFeatures.Digits) != 0 ? TextFeatures.DateShape : TextFeatures.None;
            found |= exclamations >= 3 ? TextFeatures.Exclamations : TextFeatures.None;
            return found;
        }

        // Whether the scan can stop: an active alternative is satisfied and, when deciding every rule in decideAll, all of
        // them are triggered.
        private bool Decided(ulong seen, TextFeatures found, ReadOnlySpan<ulong> alternatives, ulong decideAll, TextFeatures[] ruleFeatures) =>
            Satisfied(seen, alternatives) && (decideAll == 0 || Triggered(decideAll, seen, found, ruleFeatures) == decideAll);

        // A hyphen after the word ending at <paramref name="end"/>, white space allowed but no line break: the scanner reads
        // tokens, and "2026 - 11 - 27" is the same tokens as "2026-11-27".
        private static bool HyphenFollows(string text, int end)
        {
            while (end < text.Length && text[end] != '\n' && text[end] != '\r' && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return end < text.Length && text[end] == '-';
        }

        private static bool TwoDots(ReadOnlySpan<char> word)
        {
            var first = word.IndexOf('.');
            return first >= 0 && word.Slice(first + 1).IndexOf('.') >= 0;
        }

        // Every place in [start, end) where the placeholder finder finds one ("xxx" after a hyphen: "AE-xxx").
        private static TextFeatures PlaceholderIn(string text, int start, int end, PlaceholderFinder placeholders)
        {
            for (var k = start; k < end; k++)
            {
                if (PlaceholderFinder.MayStart(text[k]) && placeholders.MatchAt(text, k) > k)
                {
                    return TextFeatures.Placeholder;
                }
            }

            return TextFeatures.None;
        }

        // A payment number starting where a number or a pair of capitals starts in the word ("AE-1234…", "DE89…").
        private bool PaymentIn(string text, int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var c = text[k];
                if (((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) && (k == start || !ScreenText.IsAsciiLetterOrDigit(text[k - 1])) && PaymentDetailsRule.At(text, _everyPack, k))
                {
                    return true;
                }
            }

            return false;
        }

        // Placeholders and payment numbers inside a link, found as the finder and the rule read every character.
        private TextFeatures InLink(string text, int start, int end, PlaceholderFinder? placeholders, bool payments) =>
            (placeholders is null ? TextFeatures.None : PlaceholderIn(text, start, end, placeholders))
            | (payments && PaymentIn(text, start, end) ? TextFeatures.PaymentNumber : TextFeatures.None);

        // The language detector's own score for the languages no pack covers: a clue word counts one, an ending half.
        private void Score(double[] scores, ScreenWord? known, ReadOnlySpan<char> lower, ref TextFeatures found)
        {
            if (known?.Clues is int[] clues)
            {
                foreach (var l in clues)
                {
                    scores[l] += 1;
                    found |= scores[l] >= LanguageDetector.ReportedFrom ? TextFeatures.UncoveredLanguage : TextFeatures.None;
                }
            }

            var last = lower[lower.Length - 1];
            var byEnding = last < 128 && !_lexicon.MayEndUncovered[last] ? -1 : _detector.EndingLanguage(lower);
            if (byEnding >= 0 && !_detector.IsCovered(byEnding))
            {
                scores[byEnding] += 0.5;
                found |= scores[byEnding] >= LanguageDetector.ReportedFrom ? TextFeatures.UncoveredLanguage : TextFeatures.None;
            }
        }

        private double[] Scores()
        {
            var scores = t_scores;
            if (scores is null || scores.Length < _detector.LanguageCount)
            {
                scores = t_scores = new double[_detector.LanguageCount];
            }

            Array.Clear(scores, 0, scores.Length);
            return scores;
        }
    }
}
