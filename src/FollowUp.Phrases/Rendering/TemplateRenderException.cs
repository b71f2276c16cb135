namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// A template failed while rendering (a loop or output limit passed, a filter given the wrong value…), with its
    /// place in the template and, when the phrase came from a file, in that file.
    /// </summary>
    /// <example><c>phrases/ours.json(14,23): phrase 'shipment.dispatched' (en) body template, line 2, column 5: a loop over 5000 items passed the limit of 1000 iterations per loop (RenderLimits.LoopLimit)</c></example>
    public sealed class TemplateRenderException : FollowUpException
    {
        internal TemplateRenderException(string phraseKey, string locale, string part, TemplatePlace place, string problem, System.Exception? inner)
            : base(Describe(phraseKey, locale, part, place, problem), inner)
        {
            PhraseKey = phraseKey;
            Locale = locale;
            Part = part;
            Line = place.Line;
            Column = place.Column;
            File = place.File;
            FileLine = place.FileLine;
            FileColumn = place.FileColumn;
            Problem = problem;
        }

        /// <summary>The phrase being rendered.</summary>
        public string PhraseKey { get; }

        /// <summary>The locale being rendered.</summary>
        public string Locale { get; }

        /// <summary>Which template failed: <c>subject</c>, <c>body</c> or <c>html</c>.</summary>
        public string Part { get; }

        /// <summary>1-based line in that template of the tag that failed; 0 when the place is not known.</summary>
        public int Line { get; }

        /// <summary>1-based column in that template; 0 when the place is not known.</summary>
        public int Column { get; }

        /// <summary>The phrasebook file (or source name, such as <c>built-in/order.json</c>) the phrase came from.</summary>
        public string? File { get; }

        /// <summary>1-based line in <see cref="File"/> of the tag that failed; 0 when not known.</summary>
        public int FileLine { get; }

        /// <summary>1-based column in <see cref="File"/>; 0 when not known.</summary>
        public int FileColumn { get; }

        /// <summary>What went wrong, without the place.</summary>
        public string Problem { get; }

        private static string Describe(string key, string locale, string part, TemplatePlace place, string problem)
        {
            var file = place.File is null ? "" : place.FileLine > 0 ? $"{place.File}({place.FileLine},{place.FileColumn}): " : place.File + ": ";
            var where = place.Line > 0 ? $", line {place.Line}, column {place.Column}" : "";
            return $"{file}Phrase '{key}' ({locale}) {part} template{where}: {problem}";
        }
    }
}
