namespace FollowUp.Phrases
{
    /// <summary>
    /// A phrasebook or order file that cannot be used, with the place to fix it: file, 1-based line and column
    /// (UTF-16 code units), the JSON field and, for phrasebooks, the phrase key. The message reads like a compiler's:
    /// <c>phrases.json(12,15): phrase 'shipment.dispatched', field 'locales.en.subject': …</c>.
    /// </summary>
    public sealed class DataFileException : FollowUpException
    {
        internal DataFileException(string source, int line, int column, string? field, string? phraseKey, string problem, System.Exception? inner = null)
            : base(Compose(source, line, column, field, phraseKey, problem), inner)
        {
            Source = source;
            Line = line;
            Column = column;
            Field = field;
            PhraseKey = phraseKey;
            Problem = problem;
        }

        /// <summary>The file name or the name the caller gave the text.</summary>
        public new string Source { get; }

        /// <summary>1-based line of the problem.</summary>
        public int Line { get; }

        /// <summary>1-based column of the problem, in UTF-16 code units.</summary>
        public int Column { get; }

        /// <summary>The JSON field, as a dotted path (<c>locales.en.subject</c>), when the problem is in one.</summary>
        public string? Field { get; }

        /// <summary>The phrase the problem belongs to, when it is in a phrasebook.</summary>
        public string? PhraseKey { get; }

        /// <summary>The problem alone, without its place.</summary>
        public string Problem { get; }

        private static string Compose(string source, int line, int column, string? field, string? phraseKey, string problem)
        {
            var where = phraseKey is null ? "" : $"phrase '{phraseKey}', ";
            where += field is null ? "" : $"field '{field}': ";
            return $"{source}({line},{column}): {where}{problem}";
        }
    }
}
