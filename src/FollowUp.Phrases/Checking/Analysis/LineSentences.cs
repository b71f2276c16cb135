using System;
using SentenceSpan = (int First, int End, int ClauseStart, int ClauseCount, ulong Hot, FollowUp.Phrases.Checking.Analysis.SentenceHolds Holds);

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// What the sentence splitter made of each recorded line of a <see cref="LineShare"/>: the sentences and clauses that
    /// end on the line, the names it marked there, and the sentence still open at the line's end — so a reading that
    /// copies the line takes them instead of splitting it again.
    /// </summary>
    /// <remarks>
    /// A line's sentences are the line's own: a line break ends a sentence (at splitting time no line break is quoted), so
    /// every line starts one, and the splitter looks at no token before the sentence it is in, nor after the line but the
    /// break that follows it — which it reads only to ask whether the line's last token is glued to it. A line is kept
    /// only where the splitter met it with no sentence open; the sentence open at its end is carried on by the reading
    /// that copies it, through the line break, as the recording reading carried it on.
    /// </remarks>
    internal sealed class LineSentences
    {
        private SentenceSpan[] _spans = new SentenceSpan[16];
        private int _spanCount;
        private Clause[] _clauses = new Clause[32];
        private int _clauseCount;
        private int[] _names = new int[16];
        private int _nameCount;
        private Line[] _lines = new Line[8];

        // One recorded line's: ranges of the arrays above (token positions from the line's first token), the sentence open
        // at its end, and how its last token stands to the token after it (Glue).
        private struct Line
        {
            public bool Kept;
            public int SpansFrom;
            public int SpanCount;
            public int ClausesFrom;
            public int ClauseCount;
            public int NamesFrom;
            public int NameCount;
            public OpenSentence Open;
            public sbyte Glue;
        }

        /// <summary>The vocabulary the lines were split with (its abbreviations, titles and hot lists).</summary>
        public Vocabulary? Vocabulary { get; private set; }

        /// <summary>Forgets every line's sentences, for a record of <paramref name="lineCount"/> lines split with <paramref name="vocabulary"/>.</summary>
        public void Begin(int lineCount, Vocabulary? vocabulary)
        {
            if (_lines.Length < lineCount)
            {
                _lines = new Line[Math.Max(lineCount, 2 * _lines.Length)];
            }

            Array.Clear(_lines, 0, _lines.Length);
            (_spanCount, _clauseCount, _nameCount, Vocabulary, Taken) = (0, 0, 0, vocabulary, 0);
        }

        /// <summary>How many lines' sentences were taken (<see cref="TryGet"/>) since <see cref="Begin"/>.</summary>
        public int Taken { get; private set; }

        /// <summary>Forgets every line's sentences until the next <see cref="Begin"/>.</summary>
        public void Forget() => Vocabulary = null;

        /// <summary>
        /// How the last token of a line (at <paramref name="end"/> - 1 in <paramref name="tokens"/>) stands to the token
        /// after it, as far as the splitter asks: of a full stop alone (one glued to what follows ends nothing) — 2 nothing
        /// follows, 1 apart, 0 glued; 3 for any other token, whose end the token after the line decides nothing of.
        /// </summary>
        public static sbyte GlueAt(Span<Token> tokens, int end) =>
            tokens[end - 1].Mark != '.' ? (sbyte)3 : end >= tokens.Length ? (sbyte)2 : tokens[end].Start > tokens[end - 1].End ? (sbyte)1 : (sbyte)0;

        /// <summary>
        /// Keeps line <paramref name="k"/>'s (its first token <paramref name="lineFirst"/>): the sentences
        /// <paramref name="spans"/>[<paramref name="spansFrom"/>, <paramref name="spansEnd"/>) that ended on it, whose
        /// clauses start at <paramref name="clausesFrom"/>; the clauses to <paramref name="clausesEnd"/>, the open sentence's
        /// too; the names <paramref name="names"/>[<paramref name="namesFrom"/>, <paramref name="namesEnd"/>) marked on it.
        /// </summary>
        public void Keep(int k, int lineFirst, SentenceSpan[] spans, int spansFrom, int spansEnd, Clause[] clauses, int clausesFrom, int clausesEnd,
            int[] names, int namesFrom, int namesEnd, in OpenSentence open, sbyte glue)
        {
            ref var line = ref _lines[k];
            line = new Line
            {
                Kept = true,
                SpansFrom = _spanCount,
                SpanCount = spansEnd - spansFrom,
                ClausesFrom = _clauseCount,
                ClauseCount = clausesEnd - clausesFrom,
                NamesFrom = _nameCount,
                NameCount = namesEnd - namesFrom,
                Open = open.MovedBy(-lineFirst),
                Glue = glue,
            };

            Room(ref _spans, _spanCount + line.SpanCount);
            for (var s = spansFrom; s < spansEnd; s++)
            {
                var (first, end, clauseStart, clauseCount, hot, holds) = spans[s];
                _spans[_spanCount++] = (first - lineFirst, end - lineFirst, clauseStart - clausesFrom, clauseCount, hot, holds);
            }

            Room(ref _clauses, _clauseCount + line.ClauseCount);
            for (var c = clausesFrom; c < clausesEnd; c++)
            {
                _clauses[_clauseCount++] = new Clause(clauses[c].First - lineFirst, clauses[c].End - lineFirst);
            }

            Room(ref _names, _nameCount + line.NameCount);
            for (var n = namesFrom; n < namesEnd; n++)
            {
                _names[_nameCount++] = names[n] - lineFirst;
            }
        }

        /// <summary>
        /// Whether line <paramref name="k"/>'s sentences were kept for <paramref name="vocabulary"/>, with its last token
        /// standing to the next as <paramref name="glue"/> says (<see cref="GlueAt"/>): then its sentences, clauses (token
        /// positions from the line's first token; a sentence's first clause counted from the line's first) and names, and
        /// the sentence open at its end.
        /// </summary>
        public bool TryGet(int k, Vocabulary vocabulary, sbyte glue, out ReadOnlySpan<SentenceSpan> spans, out ReadOnlySpan<Clause> clauses,
            out ReadOnlySpan<int> names, out OpenSentence open)
        {
            ref readonly var line = ref _lines[k];
            if (!line.Kept || line.Glue != glue || !ReferenceEquals(vocabulary, Vocabulary))
            {
                spans = default;
                clauses = default;
                names = default;
                open = default;
                return false;
            }

            spans = new ReadOnlySpan<SentenceSpan>(_spans, line.SpansFrom, line.SpanCount);
            clauses = new ReadOnlySpan<Clause>(_clauses, line.ClausesFrom, line.ClauseCount);
            names = new ReadOnlySpan<int>(_names, line.NamesFrom, line.NameCount);
            open = line.Open;
            Taken++;
            return true;
        }

        private static void Room<T>(ref T[] array, int needed)
        {
            if (array.Length < needed)
            {
                Array.Resize(ref array, Math.Max(needed, 2 * array.Length));
            }
        }
    }
}
