namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>A token inside a tag: a name, a literal or a piece of punctuation, by offset into the template text.</summary>
    internal readonly struct LiquidToken
    {
        public LiquidToken(LiquidTokenKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public LiquidTokenKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public string Text(string source) => source.Substring(Start, Length);

        public bool Is(string source, string text) =>
            Length == text.Length && string.CompareOrdinal(source, Start, text, 0, Length) == 0;
    }
}
