using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Cuts a message's visible text into tokens: words (lower-cased, pooled, judged for capitals), runs of Chinese
    /// characters, marks, line breaks, and web and mail addresses as links; the tokens between quotation marks are marked
    /// quoted as the closing mark is cut. The checker's screen cuts words with the same
    /// <see cref="WordEnd"/>, so what it looks up is what the reading reads.
    /// </summary>
    internal sealed class Tokenizer
    {
        private readonly TokenList _tokens;
        private readonly List<Link> _links;

        // One string per distinct word, shared with the thread's earlier messages: follow-ups repeat their words, so most
        // words cost a look-up and no allocation.
        private readonly WordPool _words = WordPool.ForThisThread();

        /// <summary>The thread's word pool.</summary>
        public WordPool Words => _words;

        /// <param name="tokens">Where the tokens go.</param>
        /// <param name="links">Where the addresses found in the text go.</param>
        /// <param name="likely">
        /// The vocabulary the reading will most likely read with (the locale's, or English and Chinese): each token gets
        /// its word's answers for that vocabulary's hot lists as it is made, while the word is at hand, so the reading
        /// need not visit every token again to give them when the vocabulary is that one (<see cref="Likely"/>).
        /// </param>
        public Tokenizer(TokenList tokens, List<Link> links, Vocabulary likely)
        {
            _tokens = tokens;
            _links = links;
            Likely = likely;
            _likelyId = likely.HotId;
            _shorthandBit = likely.ShorthandWords.HotBit;
        }

        /// <summary>The vocabulary whose hot-list answers every token was given.</summary>
        public Vocabulary Likely { get; }

        private readonly ushort _likelyId;

        // The shorthand list's bit ("pls", "u"): such a word is read as the words it stands for, which the reading does.
        private readonly ulong _shorthandBit;

        /// <summary>
        /// Whether a word may be shorthand the reading reads as other words (in <see cref="Likely"/>'s shorthand list,
        /// or that list has no hot bit to say).
        /// </summary>
        public bool MayHoldShorthand { get; private set; }

        // A word token's answers, noting shorthand.
        private ulong WordAnswers(Word word)
        {
            var hot = word.HotIn(Likely);
            MayHoldShorthand |= _shorthandBit == 0 || (hot & _shorthandBit) != 0;
            return hot;
        }

        /// <summary>A Latin-script (or other non-CJK, below U+3000) letter or digit: what a word boundary is judged by.</summary>
        internal static bool IsLatinLetterOrDigit(char c) => c < '\u3000' && char.IsLetterOrDigit(c);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static bool IsCjk(char c) =>
            (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);

        /// <summary>
        /// Where a web address that starts at <paramref name="i"/> ends in running text: at white space, an angle bracket,
        /// a quote or Chinese text, without the punctuation that closes the sentence around it. The email layout links
        /// the same span the checker reads as a link.
        /// </summary>
        internal static int UrlEnd(string text, int i)
        {
            var j = i;
            while (j < text.Length)
            {
                // Printable ASCII, nearly every character of an address, is no white space, Chinese or Chinese mark.
                var c = text[j];
                if (c > ' ' && c < '\u007F' ? c == '<' || c == '>' || c == '"'
                    : char.IsWhiteSpace(c) || c == '，' || c == '。' || c == '、' || IsCjk(c))
                {
                    break;
                }

                j++;
            }

            while (j > i && ".,;:!?)]}'".IndexOf(text[j - 1]) >= 0)
            {
                j--;
            }

            return j;
        }

        // The first letter decides whether a prefix comparison is worth making: most words start with none of h, m, w.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static bool StartsUrl(string text, int i)
        {
            switch (text[i] | 0x20)
            {
                case 'h':
                    return Matches(text, i, "http://") || Matches(text, i, "https://");
                case 'm':
                    return Matches(text, i, "mailto:");
                case 'w':
                    return Matches(text, i, "www.");
                default:
                    return false;
            }
        }

        // A lower-case ASCII prefix, compared ignoring case; ASCII text (nearly all) without a call into the comparer.
        private static bool Matches(string text, int i, string prefix)
        {
            if (i + prefix.Length > text.Length)
            {
                return false;
            }

            for (var k = 0; k < prefix.Length; k++)
            {
                var c = text[i + k];
                if (c >= '\u0080')
                {
                    return string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
                }

                if ((c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) != prefix[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Another reading of the same message whose lines this one may copy instead of cutting them (set before
        /// <see cref="Tokenize"/>): its tokens carry the answers of the same <see cref="Likely"/> vocabulary.
        /// </summary>
        public LineShare? Lender { get; set; }

        /// <summary>How many tokens were copied from <see cref="Lender"/> rather than cut.</summary>
        public int LentTokens { get; private set; }

        /// <summary>
        /// Each line's tokens (their first index and the index after the last), line breaks left out, once noted; with whether
        /// the screen reads the line alone, as the lender it was copied from knew it (0 when not copied or not known).
        /// </summary>
        public List<(int First, int End, sbyte Alone)>? LineRanges { get; private set; }

        /// <summary>Has <see cref="Tokenize"/> note each line's tokens in <see cref="LineRanges"/>, for a <see cref="LineShare"/>.</summary>
        public void NoteLines() => LineRanges = new List<(int First, int End, sbyte Alone)>(16);

        // Whether the screen reads the line being cut alone, as its lender knew it (LineShare.AloneOf): 0 when not lent or
        // not known.
        private sbyte _lineAlone;

        // The first token of the line being cut, and whether no token of it has been cut yet.
        private int _lineFirst;
        private bool _atLineStart = true;

        // The line starting at i (its first character that is not white space) copied from the lender, when it has one
        // written the same; i then stands after the line's last such character. A line's tokens are cut from its own
        // characters alone: what precedes it is a line break or the start, and what follows is white space.
        private bool Lent(string text, ref int i)
        {
            var line = Lender!.LineAt(text, i, out var end);
            if (line < 0)
            {
                return false;
            }

            var lent = Lender.TokensOfLine(line);
            var shift = i - Lender.LineStart(line);
            Lender.LentLines.Add((_tokens.Count, _tokens.Count + lent.Length, line));
            if (Lender.ScreenLineOf(line) is var screenLine && screenLine >= 0)
            {
                Lender.LentToScreen.Add((_tokens.Count, _tokens.Count + lent.Length, screenLine));
            }

            _lineAlone = Lender.AloneOf(line);

            foreach (ref var token in _tokens.AddCopies(lent))
            {
                token.AsCutAt(shift);
                if (token.Kind == TokenKind.Cjk)
                {
                    ChineseRuns++;
                }
                else if (token.Kind == TokenKind.Word)
                {
                    MayHoldShorthand |= _shorthandBit == 0 || (token.Hot & _shorthandBit) != 0;
                }
            }

            // The line's web addresses noted as its cutting notes them (the tokens are copied; a link is the reading's own).
            foreach (var (url, start, linkEnd) in Lender.LinksOf(line))
            {
                _links.Add(new Link(url, start + shift, linkEnd + shift, isHref: false));
            }

            LentTokens += lent.Length;
            i = end;
            return true;
        }

        /// <summary>Cuts <paramref name="text"/> (the visible text) into tokens, and notes the web addresses in it as links.</summary>
        public void Tokenize(string text)
        {
            var nextAt = text.IndexOf('@'); // the next '@' at or after the word being cut, or -1 when there is none
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    LineRanges?.Add((_lineFirst, _tokens.Count, _lineAlone));

                    // CRLF is one line break. A blank line is two breaks in a row; further breaks add nothing a rule
                    // reads, so they widen the second break instead of adding tokens (text of mostly line breaks stays small).
                    var end = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                    var n = _tokens.Count;
                    if (n >= 2 && _tokens[n - 1].Is("\n") && _tokens[n - 2].Is("\n") && IsBlank(text, _tokens[n - 1].End, i))
                    {
                        var widened = new Token(TokenKind.Punct, _tokens[n - 1].Start, end, _words.Mark('\n'), false);
                        widened.SetHot(_likelyId, widened.Word.HotIn(Likely));
                        _tokens[n - 1] = widened;
                    }
                    else
                    {
                        AddToken(TokenKind.Punct, i, end, _words.Mark('\n'), false);
                    }

                    _quoteOpen = -1; // an unclosed quotation ends with its line: the rest of the message is not hidden
                    NoteLineStart(end);
                    (_lineFirst, _atLineStart, _lineAlone) = (_tokens.Count, true, 0);

                    i = end;
                    continue;
                }

                if (c == ' ' || char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (_atLineStart)
                {
                    _atLineStart = false;
                    if (Lender != null && Lent(text, ref i))
                    {
                        continue;
                    }
                }

                if (StartsUrl(text, i) && (i == 0 || !IsWordChar(text[i - 1])))
                {
                    var end = UrlEnd(text, i);
                    var (url, word) = _words.Link(text, i, end - i);
                    AddToken(TokenKind.Link, i, end, word, false);
                    _links.Add(new Link(url, i, end, isHref: false));
                    i = end;
                    continue;
                }

                if (IsWordChar(c))
                {
                    while (true)
                    {
                        // An address needs an '@' within its first 65 characters: only a word that near the next one pays for
                        // the look-ahead (a long text with one address in it would otherwise try every word).
                        if (nextAt >= 0 && nextAt < i)
                        {
                            nextAt = text.IndexOf('@', i);
                        }

                        var emailEnd = nextAt >= 0 && nextAt - i <= 65 ? EmailEnd(text, i) : -1;
                        if (emailEnd > i)
                        {
                            AddToken(TokenKind.Link, i, emailEnd, new Word(text.Substring(i, emailEnd - i).ToLowerInvariant()), false);
                            i = emailEnd;
                            break;
                        }

                        i = AddWordAt(text, i);

                        // Most words of running text follow one space: the next is cut here, passing the tests the top of
                        // the loop makes of the space and of the word's first character (which are settled by these).
                        if (i + 1 < text.Length && text[i] == ' ' && Screening.ScreenText.IsAsciiLetterOrDigit(text[i + 1]) && !StartsUrl(text, i + 1))
                        {
                            i++;
                            continue;
                        }

                        break;
                    }

                    continue;
                }

                if (IsCjk(c))
                {
                    var j = i + 1;
                    while (j < text.Length && IsCjk(text[j]))
                    {
                        j++;
                    }

                    AddToken(TokenKind.Cjk, i, j, Pooled(text, i, j - i), false);
                    ChineseRuns++;
                    i = j;
                    continue;
                }

                if (c < 128)
                {
                    var mark = _words.Mark(c);
                    _tokens.AddSlot().SetMark(i, mark, c, _likelyId, mark.HotIn(Likely));
                    if (_quoteOpen >= 0 || c == '"')
                    {
                        QuotationMark(c);
                    }

                    i++;
                    continue;
                }

                var len = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                AddToken(TokenKind.Punct, i, i + len, Pooled(text, i, len), false);
                QuotationMark(len == 1 ? c : '\0'); // a mark's one character (Token.Mark)
                i += len;
            }

            LineRanges?.Add((_lineFirst, _tokens.Count, _lineAlone));
        }

        /// <summary>
        /// Where the word starting at <paramref name="i"/> (a word character) ends: letters and digits, joined by an
        /// apostrophe before a letter ("we'll"), a hyphen after a letter ("e-mail", "AE-20931"), a decimal point or comma
        /// between digits ("59.90"). The tokenizer and the checker's screen cut words alike.
        /// </summary>
        internal static int WordEnd(string text, int i)
        {
            var j = i + 1;
            while (j < text.Length && ContinuesWord(text, j))
            {
                j++;
            }

            return j;
        }

        /// <summary>
        /// Whether the character at <paramref name="j"/> continues the word before it: a letter or digit, or an apostrophe
        /// before a letter, a hyphen after a letter, a decimal point or comma between digits. A joiner is followed by a
        /// character that continues the word in its own right, so the word can be cut one character at a time.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static bool ContinuesWord(string text, int j)
        {
            var d = text[j];
            if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9'))
            {
                return true; // most characters of most words: no Unicode tables needed
            }

            if (d >= '\u0080')
            {
                return IsWordChar(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (d == '\u2019' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && !IsCjk(text[j + 1]));
            }

            return d switch
            {
                '\'' => j + 1 < text.Length && char.IsLetter(text[j + 1]) && !IsCjk(text[j + 1]),
                '-' => j + 1 < text.Length && IsWordChar(text[j + 1]) && !char.IsDigit(text[j - 1]),
                '.' or ',' => char.IsDigit(text[j - 1]) && j + 1 < text.Length && char.IsDigit(text[j + 1]),
                _ => false,
            };
        }

        private static int EmailEnd(string text, int i)
        {
            // Bounded by the address limits (64 before the @, 255 after) so long runs of text stay linear.
            var j = i;
            while (j < text.Length && j - i <= 64 && (IsWordChar(text[j]) || text[j] == '.' || text[j] == '_' || text[j] == '-' || text[j] == '+'))
            {
                j++;
            }

            if (j >= text.Length || text[j] != '@' || j == i)
            {
                return -1;
            }

            var k = j + 1;
            var dot = false;
            while (k < text.Length && k - j <= 255 && (IsWordChar(text[k]) || text[k] == '.' || text[k] == '-'))
            {
                dot |= text[k] == '.';
                k++;
            }

            while (k > j + 1 && text[k - 1] == '.')
            {
                k--;
            }

            return dot && k > j + 2 ? k : -1;
        }

        // The opening quotation mark waiting for its closing one on this line (its token), or -1; and that closing mark.
        private int _quoteOpen = -1;
        private char _quoteCloser;

        /// <summary>
        /// The mark token just added (<paramref name="mark"/>, or '\0' for one of two characters) as a quotation mark: an
        /// opening one waits for its closing one on the same line (<see cref="QuotedWords.CloserOf"/>), and the tokens from
        /// one to the other are marked quoted — someone else's words, which rules do not read as the seller's. Done as the
        /// marks are cut: a pass of its own over every token of a long message found the few marks among them.
        /// </summary>
        private void QuotationMark(char mark)
        {
            var index = _tokens.Count - 1;
            if (_quoteOpen < 0)
            {
                _quoteCloser = QuotedWords.CloserOf(mark);
                _quoteOpen = _quoteCloser != '\0' ? index : -1;
            }
            else if (mark == _quoteCloser)
            {
                for (var k = _quoteOpen; k <= index; k++)
                {
                    _tokens[k].MarkQuotedWhenCut();
                }

                _quoteOpen = -1;
            }
        }

        // Where each line starts (after each CRLF, LF or lone CR, as Text.LineMap cuts lines): every line break passes the
        // loop above, so a finding's line and column need no search of the text. Made at the first break.
        private Text.LineMap? _lines;

        /// <summary>The text's lines, as the line breaks passed while tokenizing left them.</summary>
        public Text.LineMap Lines() => _lines ?? new Text.LineMap();

        private void NoteLineStart(int start) => (_lines ??= new Text.LineMap()).AddLineStart(start);

        /// <summary>Runs of Chinese characters among the tokens: none in most messages, and then no Chinese term is looked for.</summary>
        public int ChineseRuns { get; private set; }

        // A link matches no list (TokenKind.Link): its answers are all no, set without asking its word.
        private void AddToken(TokenKind kind, int start, int end, Word word, bool capitalized)
        {
            ref var slot = ref _tokens.AddSlot();
            slot = new Token(kind, start, end, word, capitalized);
            slot.SetHot(_likelyId, kind == TokenKind.Link ? 0 : word.HotIn(Likely));
        }

        /// <summary>
        /// The word starting at <paramref name="start"/> (a word character) as a token; returns where it ends, as
        /// <see cref="WordEnd"/> cuts it. Cut, hashed for the pool as lower case and judged for capitals in one pass over
        /// its characters: a message is mostly words, and four passes per word were a tenth of its reading. A word of
        /// ASCII letters and digits alone (nearly every word) is looked up where it stands in the text; any other
        /// character sends the word to <see cref="AddWordFrom"/>.
        /// </summary>
        private int AddWordAt(string text, int start)
        {
#if NET8_0_OR_GREATER
            if (ShortWord.Read(text, start) is { Length: > 0 } run && !ContinuesWord(text, start + run.Length))
            {
                return AddShortWord(text, start, run);
            }

            if (MediumWord.Read(text, start) is { Length: > 0 } medium && !ContinuesWord(text, start + medium.Length))
            {
                return AddMediumWord(text, start, in medium);
            }
#endif

            return AddLongerWord(text, start);
        }

        // A word AddWordAt does not read at once: longer than seven characters, or with a character outside ASCII letters
        // and digits. A method of its own, so the short words' path keeps a small frame.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private int AddLongerWord(string text, int start)
        {
            // Few values live through the loop (a word's look-up is inlined after it, and each value kept was a register
            // spilled there): the kinds of character seen as bits, and the capitals counted — with no lower-case letter,
            // the capitals are the letters, and a word is in capitals throughout from two.
            const int Lower = 1, Digit = 2;
            var hash = WordPool.HashStart;
            var seen = 0;
            var capitals = 0;
            var j = start;
            while (j < text.Length)
            {
                var ch = text[j];
                if ((uint)(ch - 'a') <= 'z' - 'a')
                {
                    seen |= Lower;
                }
                else if ((uint)(ch - 'A') <= 'Z' - 'A')
                {
                    ch = (char)(ch | 0x20);
                    capitals++;
                }
                else if ((uint)(ch - '0') <= 9)
                {
                    seen |= Digit;
                }
                else
                {
                    break;
                }

                hash = WordPool.HashStep(hash, ch);
                j++;
            }

            if (j < text.Length && (j == start || ContinuesWord(text, j)))
            {
                // The capitals stand for the letters: they are all the letters when there is no lower-case one, and the
                // count only matters then.
                return AddWordFrom(text, start, j, hash, (seen & Lower) != 0, capitals, (seen & Digit) != 0);
            }

            var first = text[start];
            var lowerFirst = WordPool.LowerAscii(first);
            var word = _words.GetAscii(text, start, j - start, WordPool.HashEnd(hash), capitals > 0);
            _tokens.AddSlot().SetWord(start, j, word, lowerFirst, isCapitalized: lowerFirst != first, isAllCaps: (seen & Lower) == 0 && capitals >= 2,
                startsWithDigit: (uint)(first - '0') <= 9, hasDigit: (seen & Digit) != 0, _likelyId, WordAnswers(word));
            return j;
        }

#if NET8_0_OR_GREATER
        // A word of at most seven ASCII letters and digits, read at once (ShortWord): looked up by its characters as one
        // number, with no loop over them — most words of most messages.
        private int AddShortWord(string text, int start, ShortWord word) =>
            AddRun(start, word.Length, _words.Short(word.Key) ?? _words.ShortMissed(word.Key, text, start, word.Length, word.Capitals != 0),
                word.First, word.Capitals, word.Lowers, word.Digits);

        // A word of eight to fifteen ASCII letters and digits, read at once (MediumWord), as AddShortWord reads a shorter one.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private int AddMediumWord(string text, int start, in MediumWord word) =>
            AddRun(start, word.Length, _words.Medium(word.Low, word.High) ?? _words.MediumMissed(word.Low, word.High, text, start, word.Length, word.Capitals != 0),
                (char)(word.Low & 0xFF), word.Capitals, word.Lowers, word.Digits);

        // A run read at once as its word token, judged from its bit masks (a bit per character, the first lowest): capitalised
        // when the first is a capital, in capitals with two or more and no lower-case letter. Returns where it ends.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int AddRun(int start, int length, Word pooled, char first, uint capitals, uint lowers, uint digits)
        {
            var end = start + length;
            _tokens.AddSlot().SetWord(start, end, pooled, first, isCapitalized: (capitals & 1) != 0,
                isAllCaps: lowers == 0 && System.Numerics.BitOperations.PopCount(capitals) >= 2,
                startsWithDigit: (digits & 1) != 0, hasDigit: digits != 0, _likelyId, WordAnswers(pooled));
            return end;
        }
#endif

        /// <summary>
        /// The rest of a word with a character outside ASCII letters and digits (a joiner, a letter such as é), from
        /// <paramref name="j"/> on, its first characters — read up to there with <paramref name="hash"/> and the rest —
        /// copied lower-cased to the buffer.
        /// </summary>
        private int AddWordFrom(string text, int start, int j, int hash, bool lowerCase, int letters, bool digit)
        {
            var buffer = _buffer;
            var length = 0;
            for (var k = start; k < j; k++)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow();
                }

                buffer[length++] = WordPool.LowerAscii(text[k]);
            }

            while (true)
            {
                // ASCII letters and digits, most characters of most words, continue a word whatever is around them: they
                // are taken in a loop of their own, with no asking whether each continues the word.
                while (j < text.Length)
                {
                    var ch = text[j];
                    if ((uint)(ch - 'a') <= 'z' - 'a')
                    {
                        lowerCase = true;
                        letters++;
                    }
                    else if ((uint)(ch - 'A') <= 'Z' - 'A')
                    {
                        ch = (char)(ch | 0x20);
                        letters++;
                    }
                    else if ((uint)(ch - '0') <= 9)
                    {
                        digit = true;
                    }
                    else
                    {
                        break;
                    }

                    if (length == buffer.Length)
                    {
                        buffer = Grow();
                    }

                    buffer[length++] = ch;
                    hash = WordPool.HashStep(hash, ch);
                    j++;
                }

                // Any other character: the word's first (a letter such as é), or one that continues it (a joiner, a
                // letter outside ASCII); anything else ends the word.
                if (j >= text.Length || (j > start && !ContinuesWord(text, j)))
                {
                    break;
                }

                var other = text[j];
                if (other == '\u2019')
                {
                    other = '\'';
                }
                else if (other >= '\u0080')
                {
                    lowerCase |= char.IsLower(other);
                    letters += char.IsLetter(other) ? 1 : 0;
                    digit |= char.IsDigit(other);
                    other = Text.InvariantLower.Of(other);
                }

                if (length == buffer.Length)
                {
                    buffer = Grow();
                }

                buffer[length++] = other; // an ASCII joiner (' - . ,) as it is
                hash = WordPool.HashStep(hash, other);
                j++;
            }

            var token = new Token(TokenKind.Word, start, j, _words.Get(buffer, length, WordPool.HashEnd(hash)), char.IsUpper(text[start]));
            token.IsAllCaps = !lowerCase && letters >= 2; // two letters or more, none in lower case
            token.HasDigit = digit;
            token.SetHot(_likelyId, WordAnswers(token.Word));
            _tokens.Add(token);
            return j;
        }

        private char[] Grow()
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
            t_buffer = _buffer;
            return _buffer;
        }

        // A word's lower case as it is built, the thread's (a reading's words are built one at a time, and a buffer per
        // reading was an allocation per message).
        private char[] _buffer = t_buffer ??= new char[64];

        [ThreadStatic]
        private static char[]? t_buffer;

        /// <summary>The pooled word for <paramref name="word"/> (lower case already): what shorthand is read as.</summary>
        public Word Pooled(string word) => _words.Get(word, Scratch(word.Length));

        private char[] Scratch(int length)
        {
            if (_buffer.Length < length)
            {
                _buffer = t_buffer = new char[Math.Max(length, _buffer.Length * 2)];
            }

            return _buffer;
        }

        // A run of Chinese characters or a mark outside ASCII, as written (neither has case).
        private Word Pooled(string text, int start, int length) =>
            _words.Get(text, start, length, Scratch(Math.Min(length, WordPool.MaxPooledLength)));

        private static bool IsBlank(string text, int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (!char.IsWhiteSpace(text[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
