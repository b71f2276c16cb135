using System;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Where a template was written: the phrasebook file and how an offset in the template maps to that file's line
    /// and column (a template may be a JSON string with escapes, or an array of lines). Engine-independent.
    /// </summary>
    internal sealed class TemplateOrigin
    {
        private readonly Func<int, (int Line, int Column)> _locate;

        public TemplateOrigin(string file, Func<int, (int Line, int Column)> locate)
        {
            File = file;
            _locate = locate;
        }

        /// <summary>The phrasebook file (or source name) the template came from.</summary>
        public string File { get; }

        /// <summary>1-based line and column in <see cref="File"/> of an offset into the template text.</summary>
        public (int Line, int Column) Locate(int templateOffset) => _locate(templateOffset);
    }
}
