namespace FollowUp.Phrases.Text
{
    /// <summary>Turns UTF-16 offsets into 1-based line and column numbers. CRLF, LF and lone CR all end a line.</summary>
    internal sealed class LineMap
    {
        private int[] _lineStarts = new int[16];
        private int _count = 1;

        private static readonly char[] LineEnds = { '\r', '\n' };

        public LineMap(string text)
        {
            for (var i = 0; (i = text.IndexOfAny(LineEnds, i)) >= 0; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    Add(i + 1);
                }
                else if (c == '\n')
                {
                    Add(i + 1);
                }
            }
        }

        /// <summary>
        /// The map of a text whose line starts are known already: <paramref name="lineStarts"/>[0, <paramref name="count"/>),
        /// in order, the first 0 and each other the offset after a CRLF, LF or lone CR — what the checker's tokenizer notes
        /// as it passes each line break, so the text is not searched again. The map keeps the array.
        /// </summary>
        public LineMap(int[] lineStarts, int count)
        {
            _lineStarts = lineStarts;
            _count = count;
        }

        public (int Line, int Column) Locate(int offset)
        {
            var line = SortedSearch.LastAtOrBefore(_lineStarts, _count, offset);
            return (line + 1, offset - _lineStarts[line] + 1);
        }

        private void Add(int start)
        {
            if (_count == _lineStarts.Length)
            {
                System.Array.Resize(ref _lineStarts, _count * 2);
            }

            _lineStarts[_count++] = start;
        }
    }
}
