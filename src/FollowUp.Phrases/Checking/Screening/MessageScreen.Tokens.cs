using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// The screen's second half for a message it sends to the reading: once one rule must read it, the rest of the text is
    /// cut into words by the reading anyway, so which other rules read it is decided from the reading's tokens — each word
    /// looked up once per thread (its entry kept on the pooled word), with no second cut of every character.
    /// </summary>
    internal sealed partial class MessageScreen
    {
        /// <summary>
        /// The rules that must read a message under <paramref name="context"/>, decided from its reading's
        /// <paramref name="tokens"/> over <paramref name="text"/> (the text the screen read): the same answer as
        /// <see cref="RulesToRead(string, CheckContext)"/>. A mail address is read as the screen reads it, word by word and
        /// mark by mark; tokens the screen cuts otherwise (a word starting with a letter outside Latin, an address with a
        /// web address in it or a word running on past it) send the whole text to the screen's own pass.
        /// </summary>
        public ulong RulesFromTokens(string text, TokenList tokens, CheckContext context) => RulesFromTokens(text, tokens, context, null, null);

        /// <summary>
        /// As <see cref="RulesFromTokens(string, TokenList, CheckContext)"/>, for a reading that records its lines for later
        /// readings (<paramref name="recordTo"/>: what the pass finds on each line is kept there) or copied lines from an
        /// earlier one (<paramref name="lender"/>): the copied lines the screen reads alone are not passed over, their
        /// totals are added as the pass reaches them. The answer is the one a pass over every token gives.
        /// </summary>
        public ulong RulesFromTokens(string text, TokenList tokens, CheckContext context, LineShare? recordTo, LineShare? lender)
        {
            var reach = ReachIn(context);
            if (reach.Active == 0)
            {
                return reach.AlwaysRules;
            }

            var lent = lender != null && lender.LentToScreen.Count > 0 && lender.TotalsServe(this, reach.Wanted) ? lender : null;
            var found = ScanTokens(text, tokens, reach.Wanted, reach.Satisfiable, reach.Active, reach.Features, lent, recordTo, out var st, out var readAll);
            if (!readAll)
            {
                found = Scan(text, reach.Wanted, reach.Satisfiable, reach.Active, reach.Features, out var seen, out _);
                return reach.AlwaysRules | Triggered(reach.Active, seen, found, reach.Features);
            }

            return reach.AlwaysRules | Triggered(reach.Active, st.Seen, found, reach.Features);
        }

        // What a line's totals add to the pass: groups and features joined, counts and scores summed, and what the sums
        // reach (three words in capitals, a language's score) found as the pass finds it.
        private static void Add(ref TokenScan st, in LineTotals line)
        {
            st.Seen |= line.Seen;
            st.Found |= line.Found;
            st.Weekday |= line.Weekday;
            st.Month |= line.Month;
            st.Exclamations += line.Exclamations;
            st.Capitals += line.Capitals;
            st.Found |= st.Capitals >= 3 ? TextFeatures.CapitalWords : TextFeatures.None;
            if (line.Scores != null && st.Scores != null)
            {
                for (var l = 0; l < line.Scores.Length && l < st.Scores.Length; l++)
                {
                    st.Scores[l] += line.Scores[l];
                    st.Found |= st.Scores[l] >= LanguageDetector.ReportedFrom ? TextFeatures.UncoveredLanguage : TextFeatures.None;
                }
            }
        }

        // The totals the pass has gathered, taken out of it: it goes on from none, for a line of its own (scoring into
        // lineScores, zeroed, when it scores languages). The scores taken are the pass's array as it was, or a copy of
        // lineScores (when the line scored any) as the pass leaves the line.
        private static LineTotals TakeTotals(ref TokenScan st, double[]? lineScores, bool leavingLine)
        {
            double[]? scores = null;
            if (st.Scores != null)
            {
                scores = !leavingLine ? st.Scores : AnyScore(st.Scores) ? (double[])st.Scores.Clone() : null;
                if (leavingLine)
                {
                    Array.Clear(st.Scores, 0, st.Scores.Length);
                }

                st.Scores = lineScores;
            }

            var totals = new LineTotals(st.Seen, st.Found, st.Weekday, st.Month, st.Exclamations, st.Capitals, scores);
            (st.Seen, st.Found, st.Weekday, st.Month, st.Exclamations, st.Capitals) = (0, TextFeatures.None, false, false, 0, 0);
            return totals;
        }

        [ThreadStatic]
        private static double[]? t_lineScores;

        private static bool AnyScore(double[] scores)
        {
            foreach (var score in scores)
            {
                if (score != 0)
                {
                    return true;
                }
            }

            return false;
        }

        // The thread's array a recorded line's scores are gathered in, zeroed.
        private static double[] LineScores(int length)
        {
            var scores = t_lineScores;
            if (scores is null || scores.Length != length)
            {
                scores = t_lineScores = new double[length];
            }

            Array.Clear(scores, 0, length);
            return scores;
        }

        // Scan's pass over tokens: the same words, marks and features, stopping once every rule in decideAll is triggered.
        // readAll is false when a token is cut otherwise than the screen cuts text (the caller then scans the text). The
        // lines lender lent to the screen are not passed over: their totals are added. Each line of recordTo read whole
        // gets its totals: the pass gathers a line's from none and adds the text's before it at the line's end. st: the
        // state at the end, before the whole-text features.
        private TextFeatures ScanTokens(string text, TokenList tokens, TextFeatures wanted, ReadOnlySpan<ulong> satisfiable, ulong decideAll, TextFeatures[] ruleFeatures, LineShare? lender, LineShare? recordTo, out TokenScan st, out bool readAll)
        {
            st = new TokenScan
            {
                Scores = (wanted & TextFeatures.UncoveredLanguage) != 0 ? Scores() : null,
                Placeholders = (wanted & TextFeatures.Placeholder) != 0 ? _everyPack.Placeholders : null,
                Payments = (wanted & TextFeatures.PaymentNumber) != 0,
            };
            var lexicon = _lexicon;
            readAll = true;
            var lent = lender?.LentToScreen;
            var nextLent = 0;
            var lentFrom = lent != null ? lent[0].First : int.MaxValue;

            // The line being recorded (its number, and its end; -1 when none) and the text's totals before it.
            var record = recordTo != null && recordTo.LineCount > 0 ? recordTo : null;
            record?.BeginTotals(this, wanted);
            var (line, lineFrom, lineEnd) = (0, record?.LineFirst(0) ?? int.MaxValue, -1);
            var before = default(LineTotals);
            var lineScores = st.Scores is null || record is null ? null : LineScores(st.Scores.Length);
            for (var t = 0; ; t++)
            {
                if (t == lineEnd)
                {
                    // The recorded line is read whole: its totals are kept, and the text's before it added back (its scores are
                    // the pass's array again, the line's added to them).
                    var own = TakeTotals(ref st, before.Scores, leavingLine: true);
                    record!.SetTotals(line, own);
                    Add(ref st, new LineTotals(before.Seen, before.Found, before.Weekday, before.Month, before.Exclamations, before.Capitals));
                    Add(ref st, own);
                    lineEnd = -1;
                    lineFrom = ++line < record.LineCount ? record.LineFirst(line) : int.MaxValue;
                    if (Decided(st.Seen, st.Found, satisfiable, decideAll, ruleFeatures))
                    {
                        return st.Found; // every rule is triggered: what the rest would show changes nothing
                    }
                }

                if (t >= tokens.Count)
                {
                    break;
                }

                if (t == lineFrom)
                {
                    before = TakeTotals(ref st, lineScores, leavingLine: false);
                    lineEnd = record!.LineEnd(line);
                }

                if (t == lentFrom)
                {
                    // A copied line the screen reads alone: its totals, not a pass. The token after it is a line break or the
                    // end, where a line's state starts again.
                    Add(ref st, in lender!.TotalsOf(lent![nextLent].Line));
                    t = lent[nextLent].End - 1;
                    lentFrom = ++nextLent < lent.Count ? lent[nextLent].First : int.MaxValue;
                    (st.AfterNumber, st.Pending) = (false, null);
                    if (lineEnd < 0 && Decided(st.Seen, st.Found, satisfiable, decideAll, ruleFeatures))
                    {
                        return st.Found;
                    }

                    continue;
                }

                ref readonly var token = ref tokens[t];
                var seenBefore = st.Seen;
                if (token.Kind == TokenKind.Word)
                {
                    // Most words are in no list and show nothing (no number, no capitals, nothing a phrase waits for):
                    // a token on the line, settled from the note on the pooled word.
                    if (st.Pending is null && !token.HasDigit && !token.IsAllCaps && !token.IsReadAsOther
                        && token.Word.ScreenNoteOf(lexicon, out var entry, out _, out var facts) && entry is null && facts == 0)
                    {
                        st.LineTokens++;
                        st.AfterNumber = false;
                        continue;
                    }

                    if (!ReadWord(text, in token, ref st))
                    {
                        readAll = false;
                        record?.ClearTotals();
                        break;
                    }
                }
                else if (token.Kind == TokenKind.Punct && token.Mark is var c && c > ' ' && c < 0x80)
                {
                    ReadAsciiMark(text, token.Start, c, ref st);
                }
                else if (!ReadOther(text, in token, ref st))
                {
                    readAll = false;
                    record?.ClearTotals();
                    break;
                }

                // Within a recorded line the pass holds the line's totals alone: it decides at the line's end.
                if (st.Seen != seenBefore && lineEnd < 0 && Decided(st.Seen, st.Found, satisfiable, decideAll, ruleFeatures))
                {
                    return st.Found; // every rule is triggered: what the rest would show changes nothing
                }
            }

            return EndOfText(st.Found, st.Weekday, st.Month, st.Exclamations);
        }

        /// <summary>
        /// Whether the screen reads the line from <paramref name="start"/> to <paramref name="end"/> from its own
        /// characters alone, so that the same characters on another line of another text show it the same: false for a
        /// line with a number long enough for a card or an account (whose label the screen seeks up to 40 characters
        /// before it), an IBAN's start, or a placeholder's opening mark without its closing one later on the line (whose
        /// search runs on past the line). <paramref name="tokens"/> are the line's tokens.
        /// </summary>
        /// <remarks>
        /// The numbers and an IBAN's start are found in the word tokens holding a digit and in addresses — every digit is in
        /// one — and the two characters before each, where an IBAN's letters may stand; the opening marks, rare, by a
        /// search of the line.
        /// A line's characters are not read one by one: that loop was a few per cent of checking a rendered message's text body.
        /// </remarks>
        internal static bool ReadsLineAlone(string text, ReadOnlySpan<Token> tokens, int start, int end)
        {
            foreach (ref readonly var token in tokens)
            {
                if ((token.HasDigit || token.Kind == TokenKind.Link) && !NumbersReadAlone(text, Math.Max(start, token.Start - 2), token.End, start, end))
                {
                    return false;
                }
            }

            return OpenersClosed(text, start, end, PlaceholderFinder.AsciiOpeners) && OpenersClosed(text, start, end, PlaceholderFinder.WideOpeners);
        }

        // Whether every mark of openers on the line from start to end has its closing mark after it on the line. The
        // ASCII marks and the wide ones are sought apart: a search for a few characters of one kind runs many at a step,
        // where one for both kinds at once went a character at a time.
        private static bool OpenersClosed(string text, int start, int end, string openers)
        {
            for (var k = start; k < end; k++)
            {
                var next = text.AsSpan(k, end - k).IndexOfAny(openers.AsSpan());
                if (next < 0)
                {
                    break;
                }

                k += next;
                if (!ClosedOnLine(text, k, end))
                {
                    return false;
                }
            }

            return true;
        }

        // Whether no character from `from` to `to` starts a number long enough for a card or an account, or an IBAN
        // (two capitals, two digits) within the line from start to end.
        private static bool NumbersReadAlone(string text, int from, int to, int start, int end)
        {
            for (var k = from; k < to; k++)
            {
                var c = text[k];
                if (c >= '0' && c <= '9')
                {
                    if ((k == start || !char.IsLetterOrDigit(text[k - 1])) && PaymentDetailsRule.MayAskForLabel(text, k))
                    {
                        return false;
                    }
                }
                else if (c >= 'A' && c <= 'Z' && k + 3 < end && text[k + 1] >= 'A' && text[k + 1] <= 'Z' && char.IsDigit(text[k + 2]) && char.IsDigit(text[k + 3]))
                {
                    return false;
                }
            }

            return true;
        }

        // Whether the placeholder opening at k ("[", "(", "{{", "{%", "【"…) has its closing mark before end.
        private static bool ClosedOnLine(string text, int k, int end)
        {
            if (PlaceholderFinder.TemplateCloserAt(text, k, end) is { } templateCloser)
            {
                return text.IndexOf(templateCloser, k + 2, end - k - 2, StringComparison.Ordinal) >= 0;
            }

            var closer = PlaceholderFinder.CloserOf(text[k]);
            return closer == '\0' || (k + 1 < end && text.IndexOf(closer, k + 1, end - k - 1) >= 0);
        }

        // A word token as Scan reads a word; false for one starting with a letter outside Latin, which Scan cuts otherwise.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private bool ReadWord(string text, in Token token, ref TokenScan st)
        {
            int i = token.Start, end = token.End;
            if (text[i] >= 0x80 && !ScreenText.IsLatinLetter(text[i]))
            {
                return false;
            }

            var known = Entry(text, in token, out var hash, out var lower, out var facts);
            ReadWord(text, i, end, known, hash, lower, facts, token.HasDigit, token.IsAllCaps, token.IsDigitStart, ref st);
            return true;
        }

        // A word from i to end, as Scan reads one: its entry, hash and lower case; what it shows alone (facts); whether it
        // holds a digit, is in capitals throughout (two letters or more, none in lower case), starts with a digit.
        private void ReadWord(string text, int i, int end, ScreenWord? known, uint hash, ReadOnlySpan<char> lower, int facts, bool digits, bool allCaps, bool numberFirst, ref TokenScan st)
        {
            ReadWordGroups(text, i, end, known, hash, lower, (facts & HasX) != 0, digits, ref st);
            ReadWordFeatures(text, end, known, facts, digits, allCaps, numberFirst, ref st);
        }

        // Any other token: a line break, a control character, a mark outside ASCII, a run of Chinese, a link or a mail
        // address. False for a token the screen's pass cuts otherwise.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private bool ReadOther(string text, in Token token, ref TokenScan st)
        {
            int i = token.Start, end = token.End;
            var c = text[i];
            switch (token.Kind)
            {
                case TokenKind.Cjk:
                    // Each character a token of the screen's line, none of them a mark.
                    st.LineTokens += end - i;
                    st.Found |= TextFeatures.Chinese;
                    break;
                case TokenKind.Link when Tokenizer.StartsUrl(text, i):
                    st.LineTokens++;
                    st.Found |= InLink(text, i, end, st.Placeholders, st.Payments);
                    break;
                case TokenKind.Link:
                    return ReadAddress(text, i, end, ref st);
                case TokenKind.Punct when c == '\n' || c == '\r':
                    (st.LineTokens, st.Conditional, st.Closer) = (0, false, '\0');
                    break;
                case TokenKind.Punct when c <= ' ':
                    return true; // a control character: the screen passes it as it passes a space
                default:
                    // A mark outside ASCII (a dash, a curly quote, Chinese punctuation): each character a token.
                    for (var k = i; k < end; k++)
                    {
                        ReadOtherCharacter(text, k, text[k], ref st);
                    }

                    break;
            }

            st.AfterNumber = false;
            st.Pending = null;
            return true;
        }

        // A mail address, which the tokenizer cuts as one token and the screen reads as words and marks ("sales", "@",
        // "brightway", ".", "com"): read so, unless a word in it runs on past its end or a web address starts in it
        // (false: the screen's own pass decides). The state after it is its last word's or mark's, as after them in Scan.
        private bool ReadAddress(string text, int start, int end, ref TokenScan st)
        {
            for (var j = start; j < end;)
            {
                var c = text[j];
                if (!ScreenText.IsWordChar(c))
                {
                    // '@', '.', '_', '-', '+': marks of their own. A letter outside Latin ("々"), which the tokenizer lets
                    // into an address and the screen reads as a mark, is left to the screen's pass.
                    if (c >= 0x80)
                    {
                        return false;
                    }

                    ReadAsciiMark(text, j, c, ref st);
                    j++;
                    continue;
                }

                var wordEnd = Tokenizer.WordEnd(text, j);
                if (wordEnd > end || ((j == 0 || !ScreenText.IsAsciiLetterOrDigit(text[j - 1])) && Tokenizer.StartsUrl(text, j)))
                {
                    return false;
                }

                bool lowerCase = false, digits = false;
                var letters = 0;
                for (var k = j; k < wordEnd; k++)
                {
                    var ch = text[k];
                    lowerCase |= (ch >= 'a' && ch <= 'z') || (ScreenText.IsLatinLetter(ch) && char.IsLower(ch));
                    letters += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ScreenText.IsLatinLetter(ch) ? 1 : 0;
                    digits |= ch >= '0' && ch <= '9';
                }

                var known = WrittenEntry(text, j, wordEnd, out var hash, out var lower, out var facts);
                ReadWord(text, j, wordEnd, known, hash, lower, facts, digits, !lowerCase && letters >= 2, c >= '0' && c <= '9', ref st);
                j = wordEnd;
            }

            return true;
        }

        // What a word alone shows the screen, noted on the pooled word: a number's shape (TextFeatures.DateShape and
        // ClockMark), an x (which may start a placeholder), and the language no pack covers whose ending it has (plus one).
        private const int ShapeMask = (int)(TextFeatures.DateShape | TextFeatures.ClockMark);
        private const int HasX = 1 << 16;
        private const int EndingShift = 20;

        private int FactsOf(ReadOnlySpan<char> lower) =>
            (int)WordShape(lower) | (lower.IndexOf('x') >= 0 ? HasX : 0) | ((UncoveredEnding(lower) + 1) << EndingShift);

        // The screen's entry for a word token, its hash, its lower case and what it shows: kept on the pooled word per
        // screen, unless the reading reads the token as another word (shorthand), whose written form is looked up.
        private ScreenWord? Entry(string text, in Token token, out uint hash, out ReadOnlySpan<char> lower, out int facts)
        {
            if (!token.IsReadAsOther)
            {
                var word = token.Word;
                lower = word.Text.AsSpan();
                if (!word.ScreenNoteOf(_lexicon, out var entry, out hash, out facts))
                {
                    hash = WordTable.Hash(lower);
                    entry = _lexicon.Words.Find(lower, hash);
                    facts = FactsOf(lower);
                    word.NoteForScreen(_lexicon, entry, hash, facts);
                }

                return (ScreenWord?)entry;
            }

            return WrittenEntry(text, token.Start, token.End, out hash, out lower, out facts);
        }

        // The screen's entry for the word written from start to end, lowered into the thread's word buffer, with its hash
        // and what it shows: for a word that has no pooled word of its own (shorthand read as another, a piece of an address).
        private ScreenWord? WrittenEntry(string text, int start, int end, out uint hash, out ReadOnlySpan<char> lower, out int facts)
        {
            var length = end - start;
            var buffer = t_word is { } b && b.Length >= length ? b : t_word = new char[Math.Max(64, length)];
            for (var k = 0; k < length; k++)
            {
                buffer[k] = ScreenText.Lower(text[start + k]);
            }

            lower = new ReadOnlySpan<char>(buffer, 0, length);
            hash = WordTable.Hash(lower);
            facts = FactsOf(lower);
            return _lexicon.Words.Find(lower, hash);
        }
    }
}
