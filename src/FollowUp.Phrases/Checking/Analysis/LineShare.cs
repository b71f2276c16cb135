using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The tokens of one reading's lines, lent to the next reading of the same message in another form: a rendered
    /// email's HTML body says most of what its text body says, line for line ("Dear Anna Weber,", "Best regards,"), and
    /// a line's tokens depend on its characters alone — a quotation ends with its line, a word, an address and a mark
    /// end at white space — so a line of the HTML's visible text written exactly as a line of the text body is cut into
    /// the same tokens, only further along. The first reading records its lines; a later one copies the tokens of every
    /// line it finds among them, moved to where the line stands, instead of cutting the line again.
    /// </summary>
    /// <remarks>
    /// One per rendered message, made by the phrase engine, used by one thread. Lines holding a web address are not
    /// lent (the reading notes a link for each, which copied tokens would not), nor anything when the first reading has
    /// many lines (the search for a line is a comparison with each: rendered messages have a handful).
    /// </remarks>
    internal sealed class LineShare
    {
        // More lines than this and nothing is recorded: finding a line compares it with each recorded one.
        private const int MaxLines = 64;

        private string _text = "";

        // The recorded tokens: the recording reading's own (held until Release) when its later passes change them by marks
        // alone, else a copy made as they were cut.
        private TokenList? _held;
        private Token[] _tokens = Array.Empty<Token>();
        private int _count;
        private readonly List<(int Start, int End, int First, int Last)> _lines = new List<(int, int, int, int)>();

        [ThreadStatic]
        private static Token[]? t_spare;

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
        /// (<paramref name="lines"/>, as the tokenizer noted them). When <paramref name="marksOnly"/> — the reading will
        /// change its tokens by marks alone (names, quoted replies), which a lent copy takes off (<see cref="Token.AsCutAt"/>)
        /// — the reading's own tokens are kept, held until <see cref="Release"/>; otherwise (its words are read anew: shorthand,
        /// another vocabulary) a copy of them as they were cut.
        /// </summary>
        public void Record(string text, TokenList tokens, List<(int First, int End)> lines, Vocabulary likely, bool marksOnly)
        {
            HasRecord = true;
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

            foreach (var (first, end) in lines)
            {
                if (end > first && !HoldsLink(kept, first, end))
                {
                    _lines.Add((kept[first].Start, kept[end - 1].End, first, end));
                }
            }
        }

        private static bool HoldsLink(ReadOnlySpan<Token> tokens, int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (tokens[k].Kind == TokenKind.Link)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The recorded tokens of a line written exactly as <paramref name="text"/> from <paramref name="start"/> to
        /// <paramref name="end"/> (its first character to its last that is not white space), or an empty span: as the
        /// recording reading cut them, save for its marks (names, quoted replies), which the caller takes off as it copies
        /// them (<see cref="Token.AsCutAt"/>). <paramref name="shift"/> is how far further along <paramref name="text"/> the
        /// line stands; <paramref name="screenLocal"/> says whether the screen reads the line from its own characters alone
        /// (<see cref="Screening.MessageScreen.ReadsLineAlone"/>), worked out for a line lent, not for every line recorded.
        /// </summary>
        public ReadOnlySpan<Token> TokensOf(string text, int start, int end, out int shift, out bool screenLocal)
        {
            var length = end - start;
            foreach (var (lineStart, lineEnd, first, last) in _lines)
            {
                if (lineEnd - lineStart == length && string.CompareOrdinal(text, start, _text, lineStart, length) == 0)
                {
                    var tokens = (_held is { } held ? (ReadOnlySpan<Token>)held.Span : new ReadOnlySpan<Token>(_tokens, 0, _count)).Slice(first, last - first);
                    (shift, screenLocal) = (start - lineStart, Screening.MessageScreen.ReadsLineAlone(_text, tokens, lineStart, lineEnd));
                    return tokens;
                }
            }

            (shift, screenLocal) = (0, false);
            return default;
        }

        /// <summary>
        /// The lines the borrowing reading copied that the screen reads from their own characters alone, as ranges of its
        /// tokens (first, and the index after the last), in order.
        /// </summary>
        public List<(int First, int End)> LentToScreen { get; } = new List<(int First, int End)>();

        /// <summary>What the screen's pass over the recording reading's tokens found, when it passed them all.</summary>
        public Screening.ScreenTotals? Screened { get; set; }

        /// <summary>Gives the copied tokens' memory back for the next message.</summary>
        public void Release()
        {
            _pool?.Young.CloseShare();
            _pool = null;
            _held?.Let();
            _held = null;
            if (_tokens.Length > 0)
            {
                Array.Clear(_tokens, 0, _count); // no word kept alive by a spare array
                if (_tokens.Length <= 1024)
                {
                    t_spare = _tokens;
                }

                _tokens = Array.Empty<Token>();
            }

            _lines.Clear();
            LentToScreen.Clear();
            Screened = null;
        }
    }
}
