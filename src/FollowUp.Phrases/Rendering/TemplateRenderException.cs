namespace FollowUp.Phrases.Rendering
{
    /// <summary>A template failed while rendering (a filter given the wrong value, a loop limit hit…), with its place in the template.</summary>
    public sealed class TemplateRenderException : FollowUpException
    {
        internal TemplateRenderException(string phraseKey, string locale, string part, int line, int column, string problem, System.Exception? inner)
            : base($"Phrase '{phraseKey}' ({locale}) {part} template, line {line}, column {column}: {problem}", inner)
        {
            PhraseKey = phraseKey;
            Locale = locale;
            Part = part;
            Line = line;
            Column = column;
        }

        /// <summary>The phrase being rendered.</summary>
        public string PhraseKey { get; }

        /// <summary>The locale being rendered.</summary>
        public string Locale { get; }

        /// <summary>Which template failed: <c>subject</c>, <c>body</c> or <c>html</c>.</summary>
        public string Part { get; }

        /// <summary>1-based line in that template.</summary>
        public int Line { get; }

        /// <summary>1-based column in that template.</summary>
        public int Column { get; }
    }
}
