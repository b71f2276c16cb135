using System;
using FollowUp.Phrases.Checking.Analysis;
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
        /// As <see cref="RulesToRead(string, CheckContext, out VisibleText?)"/>, but the pass over the text stops at the first
        /// thing that makes a rule read it: <paramref name="decideFromTokens"/> is then true, the answer is provisional (every
        /// rule the context lets report), and <see cref="RulesFromTokens"/> decides the rest from the reading's tokens.
        /// </summary>
        public ulong RulesToReadOrDefer(string text, CheckContext context, out VisibleText? visible, out bool decideFromTokens)
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

            var found = Scan(screened, reach.Wanted, reach.Alternatives, 0, reach.Features, out var seen, out var at, untilRead: true);
            if (at.End > 0)
            {
                decideFromTokens = true;
                return always | active;
            }

            return always | Triggered(active, seen, found, reach.Features);
        }

        /// <summary>
        /// The rules that must read a message under <paramref name="context"/>, decided from its reading's
        /// <paramref name="tokens"/> over <paramref name="text"/> (the text the screen read): the same answer as
        /// <see cref="RulesToRead(string, CheckContext)"/>. Tokens the screen does not read as the reading cuts them (a mail
        /// address, a word starting with a letter outside Latin) send the whole text to the screen's own pass.
        /// </summary>
        public ulong RulesFromTokens(string text, TokenList tokens, CheckContext context)
        {
            var reach = ReachIn(context);
            if (reach.Active == 0)
            {
                return reach.AlwaysRules;
            }

            var found = ScanTokens(text, tokens, reach.Wanted, reach.Alternatives, reach.Active, reach.Features, out var seen, out var readAll);
            if (!readAll)
            {
                found = Scan(text, reach.Wanted, reach.Alternatives, reach.Active, reach.Features, out seen, out _);
            }

            return reach.AlwaysRules | Triggered(reach.Active, seen, found, reach.Features);
        }

        // Scan's pass over tokens: the same words, marks and features, stopping once every rule in decideAll is triggered.
        // readAll is false when a token is cut otherwise than the screen cuts text (the caller then scans the text).
        private TextFeatures ScanTokens(string text, TokenList tokens, TextFeatures wanted, ReadOnlySpan<ulong> alternatives, ulong decideAll, TextFeatures[] ruleFeatures, out ulong seen, out bool readAll)
        {
            seen = 0;
            readAll = true;
            var found = TextFeatures.None;
            var scores = (wanted & TextFeatures.UncoveredLanguage) != 0 ? Scores() : null;
            var placeholders = (wanted & TextFeatures.Placeholder) != 0 ? _everyPack.Placeholders : null;
            var payments = (wanted & TextFeatures.PaymentNumber) != 0;
            int capitals = 0, exclamations = 0;
            bool weekday = false, month = false;
            var afterNumber = false;
            var marks = _lexicon.Marks;
            ScreenWord? pending = null;
            var conditional = false;
            var lineTokens = 0;
            var closer = '\0';
            for (var t = 0; t < tokens.Count; t++)
            {
                ref readonly var token = ref tokens[t];
                int i = token.Start, end = token.End;
                var c = text[i];
                switch (token.Kind)
                {
                    case TokenKind.Word when c < 0x80 || ScreenText.IsLatinLetter(c):
                        break;
                    case TokenKind.Cjk:
                        // Each character a token of the screen's line, none of them a mark.
                        lineTokens += end - i;
                        found |= TextFeatures.Chinese;
                        afterNumber = false;
                        pending = null;
                        continue;
                    case TokenKind.Link when Tokenizer.StartsUrl(text, i):
                        lineTokens++;
                        found |= InLink(text, i, end, placeholders, payments);
                        afterNumber = false;
                        pending = null;
                        continue;
                    case TokenKind.Punct when c == '\n' || c == '\r':
                        (lineTokens, conditional, closer) = (0, false, '\0');
                        afterNumber = false;
                        pending = null;
                        continue;
                    case TokenKind.Punct when c < 0x80:
                        if (c <= ' ')
                        {
                            continue; // a control character: the screen passes it as it passes a space
                        }

                        lineTokens++;
                        conditional &= !EndsClause(c);
                        closer = Quotation(c, closer);
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
                                return found;
                            }
                        }

                        afterNumber = false;
                        pending = null;
                        continue;
                    case TokenKind.Punct:
                        for (var k = i; k < end; k++)
                        {
                            lineTokens++;
                            conditional &= !EndsClause(text[k]);
                            closer = Quotation(text[k], closer);
                            found |= placeholders != null && PlaceholderFinder.MayStart(text[k]) && placeholders.MatchAt(text, k) > k ? TextFeatures.Placeholder : TextFeatures.None;
                        }

                        afterNumber = false;
                        pending = null;
                        continue;
                    default:
                        // A mail address (the screen reads its words), or a word starting with a letter outside Latin.
                        readAll = false;
                        return found;
                }

                var known = Entry(text, in token, out var hash, out var lower, out var facts);
                var digits = token.HasDigit;
                if (placeholders != null && (facts & HasX) != 0)
                {
                    found |= PlaceholderIn(text, i, end, placeholders);
                }

                // A payment number starts with a digit, or with two capitals followed by two digits (an IBAN): in a word,
                // either needs a digit.
                if (payments && digits && PaymentIn(text, i, end))
                {
                    found |= TextFeatures.PaymentNumber;
                }

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
                        pending = known.MarkSecond ? null : known;
                        seen |= known.MarkSecond ? _phrases.Match(text, end, known, seen) : 0;
                    }
                }

                if (++lineTokens < SentenceSplitter.MaxClauseTokens && conditional)
                {
                    seen &= before | ~_notAfterConditional;
                }

                var bits = known?.Bits ?? 0;
                conditional = ((bits & ScreenLexicon.Conditional) != 0 && closer == '\0') || (conditional && (bits & ScreenLexicon.ClauseBreakWord) == 0);
                if (seen != before && Decided(seen, found, alternatives, decideAll, ruleFeatures))
                {
                    return found;
                }

                var numberFirst = token.IsDigitStart;
                found |= digits ? TextFeatures.Digits : TextFeatures.None;
                weekday |= (bits & ScreenLexicon.Weekday) != 0;
                month |= (bits & ScreenLexicon.Month) != 0;
                if (numberFirst)
                {
                    found |= ShapeAfter(text, end) | (TextFeatures)(facts & ShapeMask);
                }
                else
                {
                    if (afterNumber && (bits & ScreenLexicon.AmPm) != 0)
                    {
                        found |= TextFeatures.ClockMark;
                    }

                    if (token.IsAllCaps)
                    {
                        capitals += (bits & ScreenLexicon.Acronym) != 0 ? 0 : 1;
                        found |= capitals >= 3 || (bits & ScreenLexicon.PressureWord) != 0 ? TextFeatures.CapitalWords : TextFeatures.None;
                    }

                    if (scores != null)
                    {
                        Score(scores, known, (facts >> EndingShift) - 1, ref found);
                    }
                }

                afterNumber = numberFirst;
            }

            return EndOfText(found, weekday, month, exclamations);
        }

        // What a word alone shows the screen, noted on the pooled word: a number's shape (TextFeatures.DateShape and
        // ClockMark), an x (which may start a placeholder), and the language no pack covers whose ending it has (plus one).
        private const int ShapeMask = (int)(TextFeatures.DateShape | TextFeatures.ClockMark);
        private const int HasX = 1 << 16;
        private const int EndingShift = 20;

        private int FactsOf(ReadOnlySpan<char> lower) =>
            (int)WordShape(lower) | (lower.IndexOf('x') >= 0 ? HasX : 0) | ((UncoveredEnding(lower) + 1) << EndingShift);

        // The screen's entry for a word token, its hash, its lower case and what it shows: kept on the pooled word per
        // screen, unless the reading reads the token as another word (shorthand), whose written form is looked up here.
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

            var length = token.End - token.Start;
            var buffer = t_word is { } b && b.Length >= length ? b : t_word = new char[Math.Max(64, length)];
            for (var k = 0; k < length; k++)
            {
                buffer[k] = ScreenText.Lower(text[token.Start + k]);
            }

            lower = new ReadOnlySpan<char>(buffer, 0, length);
            hash = WordTable.Hash(lower);
            facts = FactsOf(lower);
            return _lexicon.Words.Find(lower, hash);
        }
    }
}
