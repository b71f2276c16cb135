using System;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// The screen's pass over the text (the other half of <see cref="MessageScreen"/>, which decides from what it finds):
    /// each word cut and lowered into one buffer and looked up once in the lexicon of every pack's trigger words, its
    /// phrases followed word to word, and the text's features — dates' shapes, clock marks, capitals, exclamations,
    /// placeholders, payment numbers, Chinese, words of languages no pack covers — noted as they pass.
    /// </summary>
    internal sealed partial class MessageScreen
    {
        [ThreadStatic]
        private static char[]? t_word;

        [ThreadStatic]
        private static double[]? t_scores;

        // The words and features of the text, stopping at the first word that satisfies an active alternative — or, when
        // deciding every rule in decideAll, once all of them are triggered (asked only when some alternative is satisfied:
        // most messages satisfy none, and asking at every word would cost them a tenth of the pass). With untilRead, it also
        // stops at the first wanted feature: some rule reads the message then, and the reading's tokens decide the others.
        // Where it stopped is in at (its end is 0 when it read to the end).
        private TextFeatures Scan(string text, TextFeatures wanted, ReadOnlySpan<ulong> satisfiable, ulong decideAll, TextFeatures[] ruleFeatures, out ulong seen, out (int Start, int End) at, bool untilRead = false)
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

            // A conditional earlier in the clause ("If the tracking shows no movement…") voids the words of groups the
            // reading skips in such clauses — where the screen is sure the reading's clause holds it: every mark that may
            // end a clause or sentence ends the screen's clause (the reading ends them at fewer), a conditional that may be
            // in quotation marks counts for nothing, and the line so far is shorter than the reading's longest clause (its
            // clauses start at a line's start or later, and it counts no more tokens than the screen).
            var conditional = false;
            var lineTokens = 0;
            var closer = '\0'; // the closing mark of a quotation that may be open on this line
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c >= 0x80 && !ScreenText.IsLatinLetter(c))
                {
                    lineTokens++;
                    conditional &= !EndsClause(c);
                    closer = Quotation(c, closer);
                    // Dashes, curly quotes and Chinese punctuation are marks; Chinese characters a feature of their own.
                    found |= placeholders != null && PlaceholderFinder.MayStart(c) && placeholders.MatchAt(text, i) > i ? TextFeatures.Placeholder : TextFeatures.None;
                    if (Tokenizer.IsCjk(c))
                    {
                        found |= TextFeatures.Chinese;
                        if ((wanted & TextFeatures.Chinese) != 0 && decideAll == 0)
                        {
                            at = (i, i + 1);
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
                    if (c == '\n' || c == '\r')
                    {
                        (lineTokens, conditional, closer) = (0, false, '\0');
                    }
                    else if (c > ' ')
                    {
                        lineTokens++;
                        conditional &= !EndsClause(c);
                        closer = Quotation(c, closer);
                    }

                    if ((kind & CharKind.Special) != 0)
                    {
                        exclamations += c == '!' ? 1 : 0;
                        found |= c == '%' ? TextFeatures.Percent : TextFeatures.None;
                        if (placeholders != null && PlaceholderFinder.MayStart(c) && placeholders.MatchAt(text, i) > i)
                        {
                            found |= TextFeatures.Placeholder;
                        }

                        var decided = false;
                        if (marks[c] != 0 && (seen | marks[c]) != seen)
                        {
                            seen |= marks[c];
                            decided = Decided(seen, found, satisfiable, decideAll, ruleFeatures);
                        }

                        if (decided || (untilRead && (found & wanted) != 0))
                        {
                            at = (i, i + 1);
                            return found;
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
                    lineTokens++;
                    found |= InLink(text, i, urlEnd, placeholders, payments);
                    i = urlEnd;
                    afterNumber = false;
                    pending = null;
                    continue;
                }

                // The word as the tokenizer cuts it, then one pass for its lower case and hash, digits, letters and capitals
                // — or, for a short word of ASCII letters and digits (most words), all of that read at once.
                int end;
                uint hash;
                bool lowerCase, digits, hasX;
                int letters;
                ScreenWord? known;
#if NET8_0_OR_GREATER
                if (ShortWord.Read(text, i) is { Length: > 0 } run && !Tokenizer.ContinuesWord(text, i + run.Length))
                {
                    end = i + run.Length;
                    run.WriteLower(word);
                    known = words.FindShort(run.Key);
                    hash = pending != null ? WordTable.Hash(new ReadOnlySpan<char>(word, 0, run.Length)) : 0; // only a phrase's next word compares it
                    lowerCase = run.Lowers != 0;
                    letters = lowerCase ? 0 : System.Numerics.BitOperations.PopCount(run.Capitals); // only counted without lower case
                    digits = run.Digits != 0;
                    hasX = placeholders != null && run.Holds('x');
                }
                else
#endif
                {
                    end = Tokenizer.WordEnd(text, i);
                    if (end - i > word.Length)
                    {
                        word = t_word = new char[Math.Max(end - i, 2 * word.Length)];
                    }

                    hash = WordTable.Start;
                    lowerCase = false;
                    letters = 0;
                    var all = CharKind.None;
                    for (var k = i; k < end; k++)
                    {
                        var ch = text[k];
                        var chKind = ch < 128 ? ascii[ch] : CharKind.None;
                        all |= chKind;
                        if ((chKind & CharKind.Upper) != 0)
                        {
                            ch = (char)(ch | 0x20);
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

                        word[k - i] = ch;
                        hash = WordTable.Step(hash, ch);
                    }

                    digits = (all & CharKind.Digit) != 0;
                    hasX = (all & CharKind.X) != 0;
                    known = words.Find(new ReadOnlySpan<char>(word, 0, end - i), hash);
                }

                var length = end - i;
                if (hasX && placeholders != null) // in a word, only "xxx" can start one
                {
                    found |= PlaceholderIn(text, i, end, placeholders);
                }

                // A payment number starts with a digit, or with two capitals and two digits (an IBAN's country and check
                // digits): a word holds a digit either way, since digits continue a word.
                if (payments && digits && PaymentIn(text, i, end))
                {
                    found |= TextFeatures.PaymentNumber;
                }

                var lower = new ReadOnlySpan<char>(word, 0, length);
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

                if (++lineTokens < SentenceSplitter.MaxClauseTokens && conditional)
                {
                    seen &= before | ~_notAfterConditional;
                }

                var wordBits = known?.Bits ?? 0;
                conditional = ((wordBits & ScreenLexicon.Conditional) != 0 && closer == '\0') || (conditional && (wordBits & ScreenLexicon.ClauseBreakWord) == 0);

                if (seen != before && Decided(seen, found, satisfiable, decideAll, ruleFeatures))
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
                    found |= NumberShape(text, end, lower);
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
                        Score(scores, known, UncoveredEnding(lower), ref found);
                    }
                }

                if (untilRead && (found & wanted) != 0)
                {
                    at = (i, end);
                    return found;
                }

                afterNumber = numberFirst;
                i = end;
            }

            return EndOfText(found, weekday, month, exclamations);
        }

        // What a number starting a word shows: "2026-11-27" (the tokenizer cuts a hyphen after a digit, and the scanner
        // skips spaces around it) and "27.11.2026" (one word: dots between digits join it) a date's shape; "16:00", "5pm",
        // "9h" a clock time's (the time scanner decides whether it is one).
        private TextFeatures NumberShape(string text, int end, ReadOnlySpan<char> lower) => ShapeAfter(text, end) | WordShape(lower);

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
