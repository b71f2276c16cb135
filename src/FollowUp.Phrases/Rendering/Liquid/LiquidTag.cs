namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>One <c>{{ … }}</c> or <c>{% … %}</c> of a template, by offsets into the template text.</summary>
    internal readonly struct LiquidTag
    {
        public LiquidTag(int start, int contentStart, int contentEnd, int end, string? name)
        {
            Start = start;
            ContentStart = contentStart;
            ContentEnd = contentEnd;
            End = end;
            Name = name;
        }

        /// <summary>Offset of the opening <c>{{</c> or <c>{%</c>.</summary>
        public int Start { get; }

        /// <summary>Offset after the opening delimiter (and its <c>-</c>).</summary>
        public int ContentStart { get; }

        /// <summary>Offset of the closing delimiter (or its <c>-</c>).</summary>
        public int ContentEnd { get; }

        /// <summary>Offset after the tag; for comment and raw blocks, after their end tag.</summary>
        public int End { get; }

        /// <summary>The tag name, or null for an output (<c>{{ … }}</c>).</summary>
        public string? Name { get; }

        public bool IsOutput => Name is null;
    }
}
