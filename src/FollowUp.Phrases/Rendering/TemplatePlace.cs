namespace FollowUp.Phrases.Rendering
{
    /// <summary>The place of a render error: line and column in the template, and in its phrasebook file when known (0 when not).</summary>
    internal readonly struct TemplatePlace
    {
        public TemplatePlace(int line, int column, string? file, int fileLine, int fileColumn)
        {
            Line = line;
            Column = column;
            File = file;
            FileLine = fileLine;
            FileColumn = fileColumn;
        }

        public int Line { get; }

        public int Column { get; }

        public string? File { get; }

        public int FileLine { get; }

        public int FileColumn { get; }
    }
}
