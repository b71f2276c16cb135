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

                    AddLineStart(i + 1);
                }
                else if (c == '\n')
                {
                    AddLineStart(i + 1);
                }
            }
        }

        /// <summary>
        /// The map of a text read elsewhere, one line so far: the reader adds each line's start as it passes the line break
        /// before it (<see cref="AddLineStart"/>) — the checker's tokenizer does, so the text is not searched again.
        /// </summary>
        public LineMap()
        {
        }

        public (int Line, int Column) Locate(int offset)
        {
            var line = SortedSearch.LastAtOrBefore(_lineStarts, _count, offset);
            return (line + 1, offset - _lineStarts[line] + 1);
        }

        /// <summary>
        /// Notes that a line starts at <paramref name="start"/>, just after a CRLF, LF or lone CR; starts come in order.
        /// </summary>
        public void AddLineStart(int start)
        {
            if (_count == _lineStarts.Length)
            {
                System.Array.Resize(ref _lineStarts, _count * 2);
            }

            _lineStarts[_count++] = start;
        }
    }
}
