using System.Collections.Generic;

namespace FollowUp.Phrases.Text
{
    /// <summary>Turns UTF-16 offsets into 1-based line and column numbers. CRLF, LF and lone CR all end a line.</summary>
    internal sealed class LineMap
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    _lineStarts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Locate(int offset)
        {
            var lo = 0;
            var hi = _lineStarts.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_lineStarts[mid] <= offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return (lo + 1, offset - _lineStarts[lo] + 1);
        }
    }
}
