using System;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// What a word adds to the screen's state, read the same way by its pass over the text and its pass over tokens: the
    /// groups it adds (with the phrases it continues or starts, less those a conditional voids), the features it shows
    /// (numbers' shapes, clock marks, capitals, placeholders, payment numbers, endings of languages no pack covers), and
    /// the tests both passes make on marks and at the end of the text.
    /// </summary>
    internal sealed partial class MessageScreen
    {
        // What a pass — over the text (Scan) or over tokens (ScanTokens) — carries from token to token, in one place so the
        // rare paths can be methods of their own and the loops over ordinary words stay small.
        private struct TokenScan
        {
            public ulong Seen;
            public TextFeatures Found;
            public double[]? Scores;
            public PlaceholderFinder? Placeholders;
            public bool Payments;
            public int Capitals;
            public int Exclamations;
            public bool Weekday;
            public bool Month;
            public bool AfterNumber; // the word before was a number: "5 pm"
            public ScreenWord? Pending; // a word whose phrases wait for the next word
            public bool Conditional; // a conditional earlier in the clause (see Scan)
            public int LineTokens;
            public char Closer; // the closing mark of a quotation that may be open on this line
            public char[] Word; // the text pass's buffer for a word's lower case (the thread's)
            public (int Start, int End) At; // where the text pass stopped
        }

        // The first half of reading a word: the placeholders and payment numbers in it, and the groups it adds — alone, with
        // the phrases it continues or starts, less those a conditional earlier in the clause voids. Scan asks whether it can
        // stop between the halves.
        private void ReadWordGroups(string text, int i, int end, ScreenWord? known, uint hash, ReadOnlySpan<char> lower, bool hasX, bool digits, ref TokenScan st)
        {
            if (st.Placeholders != null && hasX) // in a word, only "xxx" can start one
            {
                st.Found |= PlaceholderIn(text, i, end, st.Placeholders);
            }

            // A payment number starts with a digit, or with two capitals followed by two digits (an IBAN): in a word,
            // either needs a digit.
            if (st.Payments && digits && PaymentIn(text, i, end))
            {
                st.Found |= TextFeatures.PaymentNumber;
            }

            var before = st.Seen;
            if (st.Pending != null)
            {
                st.Seen |= _phrases.Continue(text, st.Pending, lower, hash, known, end, st.Seen);
                st.Pending = null;
            }

            var bits = known?.Bits ?? 0;
            if (known != null)
            {
                st.Seen |= bits;
                if (known.PhraseArray != null)
                {
                    // Phrases go on with the next word, read anyway; those with a mark second are compared now.
                    st.Pending = known.MarkSecond ? null : known;
                    st.Seen |= known.MarkSecond ? _phrases.Match(text, end, known, st.Seen) : 0;
                }
            }

            if (++st.LineTokens < SentenceSplitter.MaxClauseTokens && st.Conditional)
            {
                st.Seen &= before | ~_notAfterConditional;
            }

            st.Conditional = ((bits & ScreenLexicon.Conditional) != 0 && st.Closer == '\0') || (st.Conditional && (bits & ScreenLexicon.ClauseBreakWord) == 0);
        }

        // The second half of reading a word: the features it shows — digits, a weekday's or a month's name, a number's
        // shape, a clock mark after a number, capitals, the ending of a language no pack covers (facts, as FactsOf gives).
        private void ReadWordFeatures(string text, int end, ScreenWord? known, int facts, bool digits, bool allCaps, bool numberFirst, ref TokenScan st)
        {
            var bits = known?.Bits ?? 0;
            st.Found |= digits ? TextFeatures.Digits : TextFeatures.None;
            st.Weekday |= (bits & ScreenLexicon.Weekday) != 0;
            st.Month |= (bits & ScreenLexicon.Month) != 0;
            if (numberFirst)
            {
                st.Found |= ShapeAfter(text, end) | (TextFeatures)(facts & ShapeMask);
            }
            else
            {
                if (st.AfterNumber && (bits & ScreenLexicon.AmPm) != 0)
                {
                    st.Found |= TextFeatures.ClockMark;
                }

                // In capitals as the reading judges it (Tokenizer.AddWordAt): two letters or more, none in lower case.
                if (allCaps)
                {
                    st.Capitals += (bits & ScreenLexicon.Acronym) != 0 ? 0 : 1;
                    st.Found |= st.Capitals >= 3 || (bits & ScreenLexicon.PressureWord) != 0 ? TextFeatures.CapitalWords : TextFeatures.None;
                }

                if (st.Scores != null)
                {
                    Score(st.Scores, known, (facts >> EndingShift) - 1, ref st.Found);
                }
            }

            st.AfterNumber = numberFirst;
        }

        // An ASCII mark other than a space or a line break: a token on the line that may end the clause or open or close a
        // quotation, and ends a phrase.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void ReadAsciiMark(string text, int i, char c, ref TokenScan st)
        {
            st.LineTokens++;
            st.Conditional &= !EndsClause(c);
            st.Closer = Quotation(c, st.Closer);
            if ((_lexicon.Ascii[c] & CharKind.Special) != 0)
            {
                ReadMark(text, i, c, ref st);
            }

            st.AfterNumber = false;
            st.Pending = null;
        }

        // A character outside ASCII that is no Latin letter (a dash, a curly quote, Chinese punctuation or a Chinese
        // character), as both passes read it: a token on the line that may end the clause, open or close a quotation, or
        // start a placeholder.
        private static void ReadOtherCharacter(string text, int i, char c, ref TokenScan st)
        {
            st.LineTokens++;
            st.Conditional &= !EndsClause(c);
            st.Closer = Quotation(c, st.Closer);
            st.Found |= st.Placeholders != null && PlaceholderFinder.MayStart(c) && st.Placeholders.MatchAt(text, i) > i ? TextFeatures.Placeholder : TextFeatures.None;
        }

        // An ASCII mark the screen does more with than count (CharKind.Special): an exclamation, a per cent sign, a
        // placeholder's start, a listed mark.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void ReadMark(string text, int i, char c, ref TokenScan st)
        {
            st.Exclamations += c == '!' ? 1 : 0;
            st.Found |= c == '%' ? TextFeatures.Percent : TextFeatures.None;
            if (st.Placeholders != null && PlaceholderFinder.MayStart(c) && st.Placeholders.MatchAt(text, i) > i)
            {
                st.Found |= TextFeatures.Placeholder;
            }

            st.Seen |= _lexicon.Marks[c];
        }

        // What a number starting a word shows: "2026-11-27" (the tokenizer cuts a hyphen after a digit, and the scanner
        // skips spaces around it) and "27.11.2026" (one word: dots between digits join it) a date's shape; "16:00", "5pm",
        // "9h" a clock time's (the time scanner decides whether it is one) — what follows it, and what it shows alone.
        //
        // What the text after a number shows: a hyphen (a date's shape), a colon and a digit (a clock time's).
        private static TextFeatures ShapeAfter(string text, int end) =>
            (HyphenFollows(text, end) ? TextFeatures.DateShape : TextFeatures.None)
            | (end + 1 < text.Length && text[end] == ':' && text[end + 1] >= '0' && text[end + 1] <= '9' ? TextFeatures.ClockMark : TextFeatures.None);

        // What a number's word alone shows: two dots (a date's shape), "am", "pm" or an hour's mark at its end (a clock time's).
        private TextFeatures WordShape(ReadOnlySpan<char> lower) =>
            (TwoDots(lower) ? TextFeatures.DateShape : TextFeatures.None)
            | (lower.EndsWith("am".AsSpan(), StringComparison.Ordinal) || lower.EndsWith("pm".AsSpan(), StringComparison.Ordinal) || _lexicon.IsGluedHour(lower)
                ? TextFeatures.ClockMark
                : TextFeatures.None);

        // The features only the whole text shows: a weekday is checked against the date it names, and a date has digits;
        // so is a month's name; and exclamations count from three.
        private static TextFeatures EndOfText(TextFeatures found, bool weekday, bool month, int exclamations)
        {
            found |= weekday && (found & TextFeatures.Digits) != 0 ? TextFeatures.WeekdayNames : TextFeatures.None;
            found |= month && (found & TextFeatures.Digits) != 0 ? TextFeatures.DateShape : TextFeatures.None;
            return found | (exclamations >= 3 ? TextFeatures.Exclamations : TextFeatures.None);
        }

        // Marks the sentence splitter may end a clause or a sentence at (it ends none at a quoted one, or at an abbreviation's
        // dot): the screen ends its clause at each.
        private static bool EndsClause(char c) => SentenceSplitter.IsClauseMark(c) || SentenceSplitter.IsSentenceMark(c) || c == '.';

        // The reading's quotation marks: an opening mark waits for its closing one.
        private static char Quotation(char c, char closer) => closer != '\0' ? (c == closer ? '\0' : closer) : QuotedWords.CloserOf(c);

        // Whether the scan can stop: an active alternative is satisfied and, when deciding every rule in decideAll, all of
        // them are triggered.
        private bool Decided(ulong seen, TextFeatures found, ReadOnlySpan<ulong> satisfiable, ulong decideAll, TextFeatures[] ruleFeatures) =>
            AnySatisfied(seen, satisfiable) && (decideAll == 0 || Triggered(decideAll, seen, found, ruleFeatures) == decideAll);

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
        // The characters no placeholder starts with are passed over many at a time (a link's thirty-odd hold none).
        private static TextFeatures PlaceholderIn(string text, int start, int end, PlaceholderFinder placeholders)
        {
            for (var k = PlaceholderFinder.Inert.SkipFrom(text, start, end); k < end; k = PlaceholderFinder.Inert.SkipFrom(text, k + 1, end))
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
                if (((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) && (k == start || !ScreenText.IsAsciiLetterOrDigit(text[k - 1]))
                    && (c > '9' || PaymentDetailsRule.MayStartLongNumber(text, k)) && PaymentDetailsRule.At(text, _everyPack, k))
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

        // The language no pack covers whose detection ending the word has, or -1.
        private int UncoveredEnding(ReadOnlySpan<char> lower)
        {
            var last = lower[lower.Length - 1];
            var byEnding = last < 128 && !_lexicon.MayEndUncovered[last] ? -1 : _detector.EndingLanguage(lower);
            return byEnding >= 0 && !_detector.IsCovered(byEnding) ? byEnding : -1;
        }

        // The language detector's own score for the languages no pack covers: a clue word counts one, an ending half.
        private static void Score(double[] scores, ScreenWord? known, int uncoveredEnding, ref TextFeatures found)
        {
            if (known?.Clues is int[] clues)
            {
                foreach (var l in clues)
                {
                    scores[l] += 1;
                    found |= scores[l] >= LanguageDetector.ReportedFrom ? TextFeatures.UncoveredLanguage : TextFeatures.None;
                }
            }

            if (uncoveredEnding >= 0)
            {
                scores[uncoveredEnding] += 0.5;
                found |= scores[uncoveredEnding] >= LanguageDetector.ReportedFrom ? TextFeatures.UncoveredLanguage : TextFeatures.None;
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
