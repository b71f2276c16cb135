using System.Collections.Generic;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// Line starts of a text, found once, so that locating each finding is a binary search rather than a scan from the
    /// start (which made SARIF output quadratic in findings × length). CRLF, LF and CR end lines, as in diagnostics.
    /// </summary>
    internal sealed class LineIndex
    {
        private readonly List<int> _starts = new List<int> { 0 };

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (c == '\r' || c == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        /// <summary>1-based line and UTF-16 column of <paramref name="offset"/>.</summary>
        public (int Line, int Column) Locate(int offset)
        {
            var lo = 0;
            var hi = _starts.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_starts[mid] <= offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return (lo + 1, offset - _starts[lo] + 1);
        }
    }
}
