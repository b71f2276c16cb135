using System;
using System.Collections.Generic;
using SentenceSpan = (int First, int End, int ClauseStart, int ClauseCount, ulong Hot, FollowUp.Phrases.Checking.Analysis.SentenceHolds Holds);

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Sentences end at '.', '!', '?', their Chinese forms and line breaks (not at an abbreviation's dot, nor inside
    /// quotes); clauses at commas, colons, dashes, brackets and "but". Rules look for a word's partners within its clause
    /// or sentence. The capitals that are names are marked in the same pass (<see cref="NameMarks"/>).
    /// </summary>
    internal static class SentenceSplitter
    {
        // Rules look around a word within its clause and sentence. Capping their length keeps every rule linear in the
        // text even when a message has no punctuation at all; real clauses and sentences are far shorter than this.
        public const int MaxClauseTokens = 64;
        public const int MaxSentenceTokens = 256;

        /// <summary>
        /// Splits <paramref name="tokens"/> into sentences (added to <paramref name="sentences"/>) and their clauses; returns
        /// the clause array the sentences read, rented from the shared pool: give it back when the reading is done with.
        /// </summary>
        public static Clause[] Split(TokenList tokens, Vocabulary vocabulary, List<Sentence> sentences) => Split(tokens, vocabulary, sentences, null, null);

        /// <summary>
        /// As <see cref="Split(TokenList, Vocabulary, List{Sentence})"/>, keeping what it makes of each line recorded on
        /// <paramref name="record"/> (the reading records its lines there) in the record's <see cref="LineShare.Sentences"/>,
        /// and taking what <paramref name="lender"/> kept of each line the reading copied from it
        /// (<see cref="LineShare.LentLines"/>) instead of splitting the line again. Both only for tokens as they were cut,
        /// their words read with <paramref name="vocabulary"/>, the tokenizer's.
        /// </summary>
        public static Clause[] Split(TokenList tokens, Vocabulary vocabulary, List<Sentence> sentences, LineShare? record, LineShare? lender)
        {
            var abbreviations = vocabulary.Abbreviations;
            var months = vocabulary.Months;
            var titles = vocabulary.Titles;
            var capitalizedNouns = vocabulary.CapitalizedNouns;

            // Sentences are gathered as (first, end, first clause, clause count, what their tokens hold), then made to
            // share one clause array. Sized from the token count (about one sentence per 16 tokens, one clause per 6) so
            // they rarely grow; both arrays come from SpareArray (the thread's spare, or the shared pool for a long message's
            // large ones): the spans go back at the end, the clauses when a check is done with the reading. What a sentence
            // holds is gathered here, while its tokens pass anyway: a pass of its own over a long message's tokens costs as
            // much as the passes it spares.
            var spans = SpareArray<SentenceSpan>.Take(tokens.Count / 16 + 2);
            var spanCount = 0;
            var clauses = SpareArray<Clause>.Take(tokens.Count / 6 + 2);
            var clauseCount = 0;
            var first = 0;
            var clauseFirst = 0;
            var sentenceClauses = 0;
            var hot = 0UL;
            var signs = 0; // the tokens' flags and kinds, combined with or: what the sentence holds, read once at its end
            var items = tokens.Span;

            // The lines: each recorded one, from its first token to its last, and each copied one, at its first token. Lines
            // are few, so the tokens' loop asks one index (nextLine) whether anything happens at a token.
            var keeping = record?.Sentences;
            keeping?.Begin(record!.LineCount, vocabulary);
            var recordAt = keeping != null && record!.LineCount > 0 ? 0 : -1;
            var inRecorded = false;
            var (lineSpans, lineClauses, lineNames, lineStartsFresh) = (0, 0, 0, false);
            var names = keeping != null ? SpareArray<int>.Take(16) : null; // the names marked, while recording
            var nameCount = 0;
            var lent = lender?.LentLines;
            var taking = lender?.Sentences;
            var lentAt = lent is { Count: > 0 } && ReferenceEquals(taking!.Vocabulary, vocabulary) ? 0 : -1;
            var nextLine = NextLine();

            for (var i = 0; i < items.Length; i++)
            {
                if (i == nextLine && (i = AtLines(items, i)) >= items.Length)
                {
                    break;
                }

                // Names are marked here, while the tokens pass with their sentence's first token known (NameMarks).
                ref var t = ref items[i];
                if (NameMarks.MarkAt(items, ref t, i, first, titles, capitalizedNouns) && names != null)
                {
                    AddName(i);
                }

                hot |= t.Hot; // every token's answers are set by now (MessageAnalysis.ReadWords)
                signs |= t.HoldsSign;
                if (!t.IsQuoted && t.Kind == TokenKind.Punct && IsSentenceEnd(items, i, abbreviations, months) || i - first + 1 >= MaxSentenceTokens)
                {
                    var last = spanCount - 1;
                    if (first == i && t.Is("\n") && last >= 0 && spans[last].End - spans[last].First < MaxSentenceTokens)
                    {
                        // A line break alone (a blank line) joins the sentence before it rather than making a sentence
                        // of nothing: text that is mostly line breaks must not cost a sentence per line.
                        var joined = spans[last];
                        spans[last] = (joined.First, i + 1, joined.ClauseStart, joined.ClauseCount, joined.Hot | hot, joined.Holds | Token.HoldsOf(signs));
                        clauses[clauseCount - 1] = new Clause(clauses[clauseCount - 1].First, i + 1);
                        first = i + 1;
                        clauseFirst = i + 1;
                        (hot, signs) = (0, 0);
                        continue;
                    }

                    AddClause(new Clause(clauseFirst, i + 1));
                    AddSpan((first, i + 1, clauseCount - sentenceClauses - 1, sentenceClauses + 1, hot, Token.HoldsOf(signs)));
                    sentenceClauses = 0;
                    first = i + 1;
                    clauseFirst = i + 1;
                    (hot, signs) = (0, 0);
                }
                else if (!t.IsQuoted && IsClauseBreak(t) && !JoinsNumbers(items, i) || i - clauseFirst + 1 >= MaxClauseTokens)
                {
                    AddClause(new Clause(clauseFirst, i + 1));
                    sentenceClauses++;
                    clauseFirst = i + 1;
                }
            }

            if (inRecorded)
            {
                KeepLine(items, items.Length); // the last line, with no line break after it
            }

            if (first < items.Length || spanCount == 0)
            {
                AddClause(new Clause(clauseFirst, items.Length));
                AddSpan((first, items.Length, clauseCount - sentenceClauses - 1, sentenceClauses + 1, hot, Token.HoldsOf(signs)));
            }

            if (sentences.Capacity < spanCount)
            {
                sentences.Capacity = spanCount;
            }
            for (var k = 0; k < spanCount; k++)
            {
                var (f, e, start, count, sentenceHot, sentenceHolds) = spans[k];
                sentences.Add(new Sentence(f, e, new ClauseRange(clauses, start, count), sentenceHot, sentenceHolds));
            }

            SpareArray<SentenceSpan>.Give(spans);
            if (names != null)
            {
                SpareArray<int>.Give(names);
            }

            return clauses;

            OpenSentence Open() => new OpenSentence(first, clauseFirst, sentenceClauses, hot, signs);

            int NextLine()
            {
                var next = int.MaxValue;
                if (recordAt >= 0)
                {
                    next = inRecorded ? record!.LineEnd(recordAt) : record!.LineFirst(recordAt);
                }

                if (lentAt >= 0 && lent![lentAt].First < next)
                {
                    next = lent[lentAt].First;
                }

                return next;
            }

            // At token i, where a recorded line starts or ends or a copied line starts: returns the token to go on from
            // (after a copied line whose sentences were taken).
            int AtLines(Span<Token> items, int i)
            {
                while (i == nextLine)
                {
                    if (inRecorded && record!.LineEnd(recordAt) == i)
                    {
                        KeepLine(items, i);
                    }
                    else if (recordAt >= 0 && !inRecorded && record!.LineFirst(recordAt) == i)
                    {
                        inRecorded = true;
                        (lineSpans, lineClauses, lineNames, lineStartsFresh) = (spanCount, clauseCount, nameCount, Open().StartsAt(i));
                    }

                    if (lentAt >= 0 && lent![lentAt].First == i)
                    {
                        var (lineFirst, lineEnd, line) = lent[lentAt];
                        lentAt = lentAt + 1 < lent.Count ? lentAt + 1 : -1;
                        if (Open().StartsAt(i) && taking!.TryGet(line, vocabulary, LineSentences.GlueAt(items, lineEnd), out var lentSpans, out var lentClauses, out var lentNames, out var open))
                        {
                            var clauseBase = clauseCount;
                            foreach (var clause in lentClauses)
                            {
                                AddClause(new Clause(clause.First + lineFirst, clause.End + lineFirst));
                            }

                            foreach (var (f, e, start, count, sentenceHot, sentenceHolds) in lentSpans)
                            {
                                AddSpan((f + lineFirst, e + lineFirst, clauseBase + start, count, sentenceHot, sentenceHolds));
                            }

                            foreach (var name in lentNames)
                            {
                                items[lineFirst + name].IsName = true;
                                if (names != null)
                                {
                                    AddName(lineFirst + name);
                                }
                            }

                            open = open.MovedBy(lineFirst);
                            (first, clauseFirst, sentenceClauses, hot, signs) = (open.First, open.ClauseFirst, open.ClosedClauses, open.Hot, open.Signs);
                            i = lineEnd;
                        }
                    }

                    nextLine = NextLine();
                }

                return i;
            }

            // The recorded line now ending at token end: kept when a sentence started at its first token.
            void KeepLine(Span<Token> items, int end)
            {
                if (lineStartsFresh)
                {
                    keeping!.Keep(recordAt, record!.LineFirst(recordAt), spans, lineSpans, spanCount, clauses, lineClauses, clauseCount,
                        names!, lineNames, nameCount, Open(), LineSentences.GlueAt(items, end));
                }

                inRecorded = false;
                recordAt = recordAt + 1 < record!.LineCount ? recordAt + 1 : -1;
            }

            void AddName(int i) => SpareArray<int>.Append(ref names!, ref nameCount, i);

            void AddClause(Clause clause) => SpareArray<Clause>.Append(ref clauses, ref clauseCount, clause);

            void AddSpan(SentenceSpan span) => SpareArray<SentenceSpan>.Append(ref spans, ref spanCount, span);
        }

        /// <summary>The one word a clause ends at.</summary>
        public const string ClauseBreakWord = "but";

        private static bool IsClauseBreak(in Token t) =>
            t.Kind == TokenKind.Word ? t.Is(ClauseBreakWord) : t.Kind == TokenKind.Punct && IsClauseMark(t.Mark);

        // "10:30", "2026-11-23", "7–10": a mark glued to a number on both sides is part of a time, a date or a range, and
        // ends no clause — a claim or a step runs on over it ("delivery by 10:30 tomorrow").
        private static bool JoinsNumbers(Span<Token> tokens, int i) =>
            i > 0 && i + 1 < tokens.Length && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start == tokens[i].End
            && tokens[i - 1].IsDigitStart && tokens[i + 1].IsDigitStart;

        /// <summary>The marks a clause ends at (unquoted). Marks are one character: a switch on it is a jump, where one on
        /// the string hashed it for every token.</summary>
        public static bool IsClauseMark(char c)
        {
            switch (c)
            {
                case ',': case ';': case ':': case '\u2014': case '\u2013': case '-': case '(': case ')':
                case '\uFF0C': case '\uFF1B': case '\uFF1A': case '\uFF08': case '\uFF09':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The marks a sentence ends at (unquoted) besides the full stop, which an abbreviation or a number keeps.</summary>
        public static bool IsSentenceMark(char c)
        {
            switch (c)
            {
                case '!': case '?': case '\n': case '\u3002': case '\uFF01': case '\uFF1F': case '\u2026':
                    return true;
                default:
                    return false;
            }
        }

        // Token i is a mark (the caller tests that: most tokens are words).
        private static bool IsSentenceEnd(Span<Token> tokens, int i, WordList abbreviations, IReadOnlyDictionary<string, int> months)
        {
            ref readonly var t = ref tokens[i];
            var mark = t.Mark;
            if (IsSentenceMark(mark))
            {
                return true;
            }

            switch (mark)
            {
                case '.':
                    if (i > 0)
                    {
                        ref readonly var prev = ref tokens[i - 1];
                        if (prev.End == t.Start && prev.Kind == TokenKind.Word
                            && (abbreviations.Contains(prev) || char.IsLetter(prev.Mark)))
                        {
                            return false;
                        }

                        // "bis 10. Dezember 2026", "am 4. Dez.": a day's ordinal dot before a month's name ends nothing
                        // ("may" aside: "…on the 12. May we ask…" is English).
                        if (prev.End == t.Start && prev.IsDigitStart && prev.Lower.Length <= 2 && i + 1 < tokens.Length
                            && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Is("may") && months.ContainsKey(tokens[i + 1].Lower))
                        {
                            return false;
                        }

                        // "7. Dez. 2026", "Nov. 30": nor does a month's abbreviating dot before a number.
                        if (prev.End == t.Start && prev.Kind == TokenKind.Word && i + 1 < tokens.Length && tokens[i + 1].IsDigitStart
                            && months.ContainsKey(prev.Lower))
                        {
                            return false;
                        }
                    }

                    // "3.5" is one token; a '.' glued to the next word ("e.g.x") is not an end either.
                    return i + 1 >= tokens.Length || tokens[i + 1].Start > t.End;
                default:
                    return false;
            }
        }
    }
}
