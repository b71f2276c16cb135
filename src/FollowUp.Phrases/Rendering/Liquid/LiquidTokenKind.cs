namespace FollowUp.Phrases.Rendering.Liquid
{
    internal enum LiquidTokenKind
    {
        Identifier,
        String,
        Number,
        Dot,
        Range,
        Pipe,
        Colon,
        Comma,
        OpenBracket,
        CloseBracket,
        OpenParen,
        CloseParen,
        Assign,
        Operator,
    }
}
