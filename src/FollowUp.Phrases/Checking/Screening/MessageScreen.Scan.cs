using System;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// The screen's pass over the text (<see cref="MessageScreen"/> decides from what it finds; what each word adds is read
    /// as the pass over tokens reads it, in MessageScreen.Words): each word cut and lowered into one buffer and looked up
    /// once in the lexicon of every pack's trigger words, its phrases followed word to word, and the text's features —
    /// dates' shapes, clock marks, capitals, exclamations, placeholders, payment numbers, Chinese, words of languages no
    /// pack covers — noted as they pass.
    /// </summary>
    internal sealed partial class MessageScreen
    {
        [ThreadStatic]
        private static char[]? t_word;

        [ThreadStatic]
        private static double[]? t_scores;

        // What the pass over the text is after: the groups of which active alternatives (satisfiable), and — deciding
        // every rule in DecideAll — all of those rules' triggers (their features in RuleFeatures); with UntilRead, also
        // the first wanted feature.
        private readonly ref struct ScanGoal
        {
            public ScanGoal(TextFeatures wanted, ReadOnlySpan<ulong> satisfiable, ulong decideAll, TextFeatures[] ruleFeatures, bool untilRead)
            {
                Wanted = wanted;
                Satisfiable = satisfiable;
                DecideAll = decideAll;
                RuleFeatures = ruleFeatures;
                UntilRead = untilRead;
            }

            public TextFeatures Wanted { get; }

            public ReadOnlySpan<ulong> Satisfiable { get; }

            public ulong DecideAll { get; }

            public TextFeatures[] RuleFeatures { get; }

            public bool UntilRead { get; }
        }

        // The words and features of the text, stopping at the first word that satisfies an active alternative — or, when
        // deciding every rule in decideAll, once all of them are triggered (asked only when some alternative is satisfied:
        // most messages satisfy none, and asking at every word would cost them a tenth of the pass). With untilRead, it also
        // stops at the first wanted feature: some rule reads the message then, and the reading's tokens decide the others.
        // Where it stopped is in at (its end is 0 when it read to the end).
        //
        // The loop only sorts characters: a word, a mark, a link and any other character are each read by a method of its
        // own, with the state in one struct (TokenScan, as the pass over tokens keeps it) — one method holding them all
        // kept thirty-odd values live and most of them on the stack.
        private TextFeatures Scan(string text, TextFeatures wanted, ReadOnlySpan<ulong> satisfiable, ulong decideAll, TextFeatures[] ruleFeatures, out ulong seen, out (int Start, int End) at, bool untilRead = false)
        {
            var goal = new ScanGoal(wanted, satisfiable, decideAll, ruleFeatures, untilRead);
            var st = new TokenScan
            {
                Scores = (wanted & TextFeatures.UncoveredLanguage) != 0 ? Scores() : null,
                Placeholders = (wanted & TextFeatures.Placeholder) != 0 ? _everyPack.Placeholders : null,
                Payments = (wanted & TextFeatures.PaymentNumber) != 0,
                Word = t_word ??= new char[64],
            };

            // A conditional earlier in the clause ("If the tracking shows no movement…") voids the words of groups the
            // reading skips in such clauses — where the screen is sure the reading's clause holds it: every mark that may
            // end a clause or sentence ends the screen's clause (the reading ends them at fewer), a conditional that may be
            // in quotation marks counts for nothing, and the line so far is shorter than the reading's longest clause (its
            // clauses start at a line's start or later, and it counts no more tokens than the screen).
            var ascii = _lexicon.Ascii;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    var kind = ascii[c];
                    if ((kind & CharKind.Word) != 0)
                    {
                        i = (kind & CharKind.UrlStart) != 0 && (i == 0 || !ScreenText.IsAsciiLetterOrDigit(text[i - 1])) && Tokenizer.StartsUrl(text, i)
                            ? ScanLink(text, i, ref st)
                            : ScanWord(text, i, ref st, in goal);
                    }
                    else if (c == ' ')
                    {
                        i++; // spaces separate tokens and do nothing else
                    }
                    else
                    {
                        i = ScanMark(text, i, c, kind, ref st, in goal);
                    }
                }
                else
                {
                    i = ScreenText.IsLatinLetter(c) ? ScanWord(text, i, ref st, in goal) : ScanOther(text, i, c, ref st, in goal);
                }

                if (i < 0)
                {
                    seen = st.Seen;
                    at = st.At;
                    return st.Found;
                }
            }

            seen = st.Seen;
            at = default;
            return EndOfText(st.Found, st.Weekday, st.Month, st.Exclamations);
        }

        // An ASCII character outside words but a space: a line break ends the line, a control character separates tokens as
        // a space does, any other is a mark read as the pass over tokens reads it (ReadAsciiMark), and one the scan counts
        // or tries (CharKind.Special) may decide it. Where the scan goes on, or -1 where it stops.
        private int ScanMark(string text, int i, char c, CharKind kind, ref TokenScan st, in ScanGoal goal)
        {
            if (c == '\n' || c == '\r')
            {
                (st.LineTokens, st.Conditional, st.Closer) = (0, false, '\0');
                st.AfterNumber = false;
                st.Pending = null;
                return i + 1;
            }

            if (c <= ' ')
            {
                return i + 1;
            }

            var before = st.Seen;
            ReadAsciiMark(text, i, c, ref st);
            if ((kind & CharKind.Special) != 0
                && ((st.Seen != before && Decided(st.Seen, st.Found, goal.Satisfiable, goal.DecideAll, goal.RuleFeatures))
                    || (goal.UntilRead && (st.Found & goal.Wanted) != 0)))
            {
                st.At = (i, i + 1);
                return -1;
            }

            return i + 1;
        }

        // A character outside ASCII that is no Latin letter: dashes, curly quotes and Chinese punctuation are marks; Chinese
        // characters a feature of their own. Where the scan goes on, or -1 where it stops.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private int ScanOther(string text, int i, char c, ref TokenScan st, in ScanGoal goal)
        {
            ReadOtherCharacter(text, i, c, ref st);
            if (Tokenizer.IsCjk(c))
            {
                st.Found |= TextFeatures.Chinese;
                if ((goal.Wanted & TextFeatures.Chinese) != 0 && goal.DecideAll == 0)
                {
                    st.At = (i, i + 1);
                    return -1; // the message is read; only deciding each rule needs the rest
                }
            }

            st.AfterNumber = false;
            st.Pending = null;
            return i + 1;
        }

        // A web address: the reading takes a link as one token, but placeholders and payment numbers are found in it too.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private int ScanLink(string text, int i, ref TokenScan st)
        {
            var urlEnd = Tokenizer.UrlEnd(text, i);
            st.LineTokens++;
            st.Found |= InLink(text, i, urlEnd, st.Placeholders, st.Payments);
            st.AfterNumber = false;
            st.Pending = null;
            return urlEnd;
        }

        // The word starting at i, as the tokenizer cuts it: its lower case, hash, digits, letters and capitals in one pass
        // over it — or, for a word of up to fifteen ASCII letters and digits (nearly every word), all of that read at once
        // (ShortWord, MediumWord), and most such words, in no list and showing nothing, settled there. Where the scan goes
        // on, or -1 where it stops.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private int ScanWord(string text, int i, ref TokenScan st, in ScanGoal goal)
        {
            int end;
            uint hash;
            bool lowerCase, digits, hasX;
            int letters;
            ScreenWord? known;
            var word = st.Word;
#if NET8_0_OR_GREATER
            if (ShortWord.Read(text, i) is { Length: > 0 } run && !Tokenizer.ContinuesWord(text, i + run.Length))
            {
                end = i + run.Length;
                known = _lexicon.Words.FindShort(run.Key);
                if (known is null && SettledAlone(ref st, in goal, run.Digits, run.Lowers, run.Capitals, st.Placeholders != null && run.Holds('x'), run.Last))
                {
                    return end;
                }

                run.WriteLower(word);
                lowerCase = run.Lowers != 0;
                letters = lowerCase ? 0 : System.Numerics.BitOperations.PopCount(run.Capitals); // only counted without lower case
                digits = run.Digits != 0;
                hasX = st.Placeholders != null && run.Holds('x');
                hash = st.Pending != null ? WordTable.Hash(new ReadOnlySpan<char>(word, 0, run.Length)) : 0; // only a phrase's next word compares it
            }
            else if (MediumWord.Read(text, i) is { Length: > 0 } medium && !Tokenizer.ContinuesWord(text, i + medium.Length))
            {
                end = i + medium.Length;
                known = _lexicon.Words.FindMedium(medium.Low, medium.High);
                if (known is null && SettledAlone(ref st, in goal, medium.Digits, medium.Lowers, medium.Capitals, st.Placeholders != null && medium.Holds('x'), medium.Last))
                {
                    return end;
                }

                medium.WriteLower(word);
                lowerCase = medium.Lowers != 0;
                letters = lowerCase ? 0 : System.Numerics.BitOperations.PopCount(medium.Capitals);
                digits = medium.Digits != 0;
                hasX = st.Placeholders != null && medium.Holds('x');
                hash = st.Pending != null ? WordTable.Hash(new ReadOnlySpan<char>(word, 0, medium.Length)) : 0;
            }
            else
#endif
            {
                end = Tokenizer.WordEnd(text, i);
                if (end - i > word.Length)
                {
                    word = st.Word = t_word = new char[Math.Max(end - i, 2 * word.Length)];
                }

                var ascii = _lexicon.Ascii;
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
                        ch = Text.InvariantLower.Of(ch);
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
                known = _lexicon.Words.Find(new ReadOnlySpan<char>(word, 0, end - i), hash);
            }

            var lower = new ReadOnlySpan<char>(word, 0, end - i);
            var before = st.Seen;
            ReadWordGroups(text, i, end, known, hash, lower, hasX, digits, ref st);
            if (st.Seen != before && Decided(st.Seen, st.Found, goal.Satisfiable, goal.DecideAll, goal.RuleFeatures))
            {
                st.At = (i, end);
                return -1;
            }

            // What the word shows alone, as FactsOf notes it for a token — only what the features read: a number's shape, or
            // the ending of a language no pack covers.
            var c = text[i];
            var numberFirst = c >= '0' && c <= '9';
            var facts = numberFirst ? (int)WordShape(lower) : st.Scores != null ? ((known?.UncoveredEnding ?? UncoveredEnding(lower)) + 1) << EndingShift : 0;
            ReadWordFeatures(text, end, known, facts, digits, !lowerCase && letters >= 2, numberFirst, ref st);
            if (goal.UntilRead && (st.Found & goal.Wanted) != 0)
            {
                st.At = (i, end);
                return -1;
            }

            return end;
        }

#if NET8_0_OR_GREATER
        // Whether a word of ASCII letters and digits in no list is settled as it is read: when it shows nothing — no number,
        // not in capitals (its bits of digits, lower-case letters and capitals), nothing a phrase waits for, no placeholder
        // (holdsX) or ending (its last character) to try, and no wanted feature found before it to stop at — it is a token
        // on the line, which changes nothing else.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool SettledAlone(ref TokenScan st, in ScanGoal goal, uint digits, uint lowers, uint capitals, bool holdsX, char last)
        {
            if (st.Pending is null && digits == 0 && (lowers != 0 || (capitals & (capitals - 1)) == 0) && !holdsX
                && (st.Scores is null || !_lexicon.MayEndUncovered[last & 0x7F]) && !(goal.UntilRead && (st.Found & goal.Wanted) != 0))
            {
                st.LineTokens++;
                st.AfterNumber = false;
                return true;
            }

            return false;
        }
#endif
    }
}
