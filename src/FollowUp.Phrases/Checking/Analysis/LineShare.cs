using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The tokens of one reading's lines, lent to a later reading of text that repeats them: a rendered email's HTML body
    /// says most of what its text body says, line for line ("Dear Anna Weber,", "Best regards,"), and a template's next
    /// render says most of what its last one said (the carrier's estimate, the signature). A line's tokens depend on its
    /// characters alone — a quotation ends with its line, a word, an address and a mark end at white space — so a line
    /// written exactly as a recorded one is cut into the same tokens, only further along. The first reading records its
    /// lines, with what the screen's pass found on each; a later one copies the tokens of every line it finds among them,
    /// moved to where the line stands, instead of cutting the line again, and the screen adds the line's totals instead
    /// of passing over it.
    /// </summary>
    /// <remarks>
    /// Used by one thread. A line's web addresses are lent with it (the reading notes a link for each, which copied tokens
    /// would not). Nothing is lent when the first reading has many lines (the search for a line is a comparison with
    /// each: rendered messages have a handful). A line's screen totals are lent only where the screen reads the line from
    /// its own characters alone (<see cref="Screening.MessageScreen.ReadsLineAlone"/>).
    /// </remarks>
    internal sealed partial class LineShare
    {
        // More lines than this and nothing is recorded: finding a line compares it with each recorded one.
        private const int MaxLines = 64;

        /// <summary>The most tokens a record kept for a template's next render may hold (<see cref="LastReadings"/>).</summary>
        public const int MaxTokensKept = 1024;

        private string _text = "";

        // The recorded tokens: the recording reading's own (held until Release) when its later passes change them by marks
        // alone, else a copy made as they were cut.
        private TokenList? _held;
        private Token[] _tokens = Array.Empty<Token>();
        private int _count;

        // Each recorded line: its characters, its tokens (first, and the index after the last), and what the screen found on
        // it, when its pass over the recording reading's tokens read the whole line.
        private struct RecordedLine
        {
            public int Start;
            public int End;
            public int First;
            public int Last;
            public bool HasTotals;
            public Screening.LineTotals Totals;

            // Whether the screen reads the line from its own characters alone: 1 yes, -1 no, 0 not yet asked. A function
            // of the line's characters, so a reading that records a line it copied keeps the answer its lender had.
            public sbyte Alone;

            // The dates and times the recording reading found on the line, when the scanner reads them from the line's own
            // tokens (TimeExpressionScanner.ReadsLineAlone): a range of _times.
            public bool HasTimes;
            public int TimesFrom;
            public int TimesCount;

            // Its web addresses: a range of _links.
            public int LinksFrom;
            public int LinkCount;
        }

        // The scanner that found the lines' dates and times (another vocabulary's reads other month names), and all it
        // found in the recording reading, in text order.
        private TimeExpressionScanner? _timesScanner;
        private List<TimeExpression>? _times;

        private RecordedLine[] _lines = new RecordedLine[8];
        private int _lineCount;

        // The screen whose pass made the lines' totals, and the features it looked for: another screen numbers its word
        // groups otherwise, and a pass that looks for more features than these cannot lean on them.
        private Screening.MessageScreen? _totalsScreen;
        private Rules.TextFeatures _totalsWanted;

        [ThreadStatic]
        private static Token[]? t_spare;

        // A share given back, for the thread's next render (its line array and lists kept): the engine makes one per render.
        [ThreadStatic]
        private static LineShare? t_spareShare;

        // Made by Rent (given back to the thread by Release), and given back already.
        private bool _rented;
        private bool _released;

        /// <summary>A share for a render: the thread's spare one, emptied, or a new one; <see cref="Release"/> gives it back.</summary>
        public static LineShare Rent()
        {
            var share = t_spareShare ?? new LineShare();
            t_spareShare = null;
            (share._rented, share._released) = (true, false);
            return share;
        }

        // The word pool's generation the message's readings share, started by the first (YoungWords.NewGeneration), and
        // the pool it was started in, told when the readings are done.
        private int _generation;
        private WordPool? _pool;

        /// <summary>Starts the message's generation in <paramref name="pool"/> (the first reading), or goes on with it; returns it.</summary>
        public int EnterGeneration(WordPool pool)
        {
            if (_pool is null)
            {
                _generation = pool.Young.NewGeneration();
                _pool = pool;
                pool.Young.OpenShare();
            }
            else
            {
                pool.Young.Continue(_generation);
            }

            return _generation;
        }

        /// <summary>Whether a reading has recorded its lines here.</summary>
        public bool HasRecord { get; private set; }

        /// <summary>The vocabulary whose hot-list answers the recorded tokens carry (the recording tokenizer's).</summary>
        public Vocabulary? Likely { get; private set; }

        /// <summary>
        /// Keeps the lines of <paramref name="text"/>, each as the range of <paramref name="tokens"/> it was cut into
        /// (<paramref name="lines"/>, as the tokenizer noted them), with the web addresses the tokenizer noted on it
        /// (<paramref name="links"/>: the reading's, in text order). When <paramref name="marksOnly"/> — the reading will
        /// change its tokens by marks alone (names, quoted replies), which a lent copy takes off (<see cref="Token.AsCutAt"/>)
        /// — the reading's own tokens are kept, held until <see cref="Release"/>; otherwise (its words are read anew: shorthand,
        /// another vocabulary) a copy of them as they were cut. <paramref name="format"/> is the form of the text recorded.
        /// </summary>
        public void Record(string text, TokenList tokens, List<(int First, int End, sbyte Alone)> lines, List<Link> links, Vocabulary likely, bool marksOnly,
            MessageFormat format = MessageFormat.Text)
        {
            HasRecord = true;
            RecordedFormat = format;
            Sentences.Forget();
            if (lines.Count > MaxLines || lines.Count == 0)
            {
                return;
            }

            _text = text;
            Likely = likely;
            ReadOnlySpan<Token> kept;
            if (marksOnly)
            {
                // No copy: copying a rendered body's tokens cost more than cutting a tenth of them.
                tokens.Hold();
                _held = tokens;
                kept = tokens.Span;
            }
            else
            {
                var copy = t_spare is { } spare && spare.Length >= tokens.Count ? spare : new Token[Math.Max(64, tokens.Count)];
                t_spare = null;
                tokens.Span.CopyTo(copy);
                (_tokens, _count) = (copy, tokens.Count);
                kept = new ReadOnlySpan<Token>(copy, 0, tokens.Count);
            }

            if (_lines.Length < lines.Count)
            {
                _lines = new RecordedLine[Math.Max(lines.Count, 2 * _lines.Length)];
            }

            // The web addresses written out on each line, in text order as the tokenizer noted them (an HTML anchor's
            // target is no line's).
            var linkAt = 0;
            _linkCount = 0;
            foreach (var (first, end, alone) in lines)
            {
                if (end > first)
                {
                    var line = new RecordedLine { Start = kept[first].Start, End = kept[end - 1].End, First = first, Last = end, Alone = alone, LinksFrom = _linkCount };
                    for (; linkAt < links.Count && (links[linkAt].IsHref || links[linkAt].VisibleStart < line.End); linkAt++)
                    {
                        if (!links[linkAt].IsHref && links[linkAt].VisibleStart >= line.Start)
                        {
                            AddLink(links[linkAt]);
                        }
                    }

                    line.LinkCount = _linkCount - line.LinksFrom;
                    _lines[_lineCount++] = line;
                }
            }
        }

        // The recorded lines' web addresses: as written, and where they stand in the recorded text.
        private (string Url, int Start, int End)[] _links = new (string, int, int)[4];
        private int _linkCount;

        private void AddLink(Link link)
        {
            if (_linkCount == _links.Length)
            {
                Array.Resize(ref _links, 2 * _links.Length);
            }

            _links[_linkCount++] = (link.Url, link.VisibleStart, link.VisibleEnd);
        }

        /// <summary>The web addresses written out on recorded line <paramref name="k"/>: as written, and where they stand in the recorded text.</summary>
        public ReadOnlySpan<(string Url, int Start, int End)> LinksOf(int k) => new ReadOnlySpan<(string, int, int)>(_links, _lines[k].LinksFrom, _lines[k].LinkCount);

        /// <summary>
        /// What the sentence splitter made of each recorded line, kept by the recording reading's splitter when it reads the
        /// tokens as cut (<see cref="SentenceSplitter.Split(TokenList, Vocabulary, List{Sentence}, LineShare, LineShare)"/>).
        /// </summary>
        public LineSentences Sentences { get; } = new LineSentences();

        /// <summary>The form of the text recorded (a text body, or an HTML body's visible text).</summary>
        public MessageFormat RecordedFormat { get; private set; }

        /// <summary>How many tokens the record holds.</summary>
        public int RecordedTokens => _held?.Count ?? _count;

        /// <summary>
        /// The number of the recorded line written exactly as <paramref name="text"/>'s line from <paramref name="start"/>
        /// (its first character that is not white space) to its break, trailing white space aside, or -1;
        /// <paramref name="end"/> is then the index after that line's last character that is not white space.
        /// </summary>
        /// <remarks>
        /// The line after the one found last is tried first: the readings of one message, and the renders of one template,
        /// repeat their lines in order. Each recorded line is compared where the line starts, and only a match is followed
        /// to the line's break (a search for the break first cost a fifth of copying the line).
        /// </remarks>
        public int LineAt(string text, int start, out int end)
        {
            var room = text.Length - start;
            for (var n = 0; n < _lineCount; n++)
            {
                var k = _nextGuess + n;
                if (k >= _lineCount)
                {
                    k -= _lineCount;
                }

                ref readonly var recorded = ref _lines[k];
                var length = recorded.End - recorded.Start;
                if (length <= room && text[start] == _text[recorded.Start] && string.CompareOrdinal(text, start, _text, recorded.Start, length) == 0
                    && OnlySpaceToBreak(text, start + length))
                {
                    _nextGuess = k + 1 < _lineCount ? k + 1 : 0;
                    end = start + length;
                    return k;
                }
            }

            end = start;
            return -1;
        }

        // Whether nothing but white space stands between i and the next line break (or the text's end).
        private static bool OnlySpaceToBreak(string text, int i)
        {
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    return true;
                }

                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        // Where LineAt starts looking: the line after the one it found last.
        private int _nextGuess;

        /// <summary>
        /// The recorded tokens of line <paramref name="k"/> (<see cref="LineAt"/>), as the recording reading cut them, save
        /// for its marks (names, quoted replies), which the caller takes off as it copies them (<see cref="Token.AsCutAt"/>).
        /// </summary>
        public ReadOnlySpan<Token> TokensOfLine(int k)
        {
            ref readonly var recorded = ref _lines[k];
            return Tokens.Slice(recorded.First, recorded.Last - recorded.First);
        }

        private ReadOnlySpan<Token> Tokens => _held is { } held ? (ReadOnlySpan<Token>)held.Span : new ReadOnlySpan<Token>(_tokens, 0, _count);

        /// <summary>
        /// The lines the borrowing reading copied whose screen totals it may add instead of passing over them, as ranges of
        /// its tokens (first, and the index after the last) with the recorded line's number (<see cref="TotalsOf"/>), in order.
        /// </summary>
        public List<(int First, int End, int Line)> LentToScreen { get; } = new List<(int, int, int)>();

        /// <summary>
        /// The lines the borrowing reading copied, in order: their tokens there (first, and the index after the last) and
        /// their numbers here.
        /// </summary>
        public List<(int First, int End, int Line)> LentLines { get; } = new List<(int, int, int)>();

        /// <summary>
        /// The record of the same template's last render, for the recording reading to borrow from (the phrase engine's
        /// <see cref="LastReadings"/>): a template's renders repeat most of their lines.
        /// </summary>
        public LineShare? Previous { get; set; }

        /// <summary>
        /// Keeps the record for the template's next render: the message's readings are done (the word pool is told so),
        /// and what was lent from here is forgotten; the recorded tokens and their totals stay.
        /// </summary>
        public void KeepForNext()
        {
            _pool?.Young.CloseShare();
            _pool = null;
            LentToScreen.Clear();
            LentLines.Clear();
            Previous = null;
        }

        /// <summary>Gives the recorded tokens' memory back.</summary>
        public void Release()
        {
            if (_released)
            {
                return; // given back already (and maybe rented again)
            }

            _pool?.Young.CloseShare();
            _pool = null;
            _held?.Let();
            _held = null;
            if (_tokens.Length > 0)
            {
                // Not cleared: the thread's spare keeps its words until the next record written over them (a few hundred
                // small objects at most), and a larger array is dropped.
                if (_tokens.Length <= 1024)
                {
                    t_spare = _tokens;
                }

                _tokens = Array.Empty<Token>();
            }

            // Emptied whole before it goes back to the thread: a record made again rewrites every line it keeps.
            Array.Clear(_links, 0, _linkCount);
            (_count, _lineCount, _linkCount, _nextGuess, _timesScanner, _times, _totalsScreen) = (0, 0, 0, 0, null, null, null);
            LentToScreen.Clear();
            LentLines.Clear();
            Sentences.Forget();
            (_text, Likely, RecordedFormat, Previous, HasRecord) = ("", null, MessageFormat.Text, null, false);
            _released = true;
            if (_rented)
            {
                t_spareShare = this;
            }
        }
    }
}
