namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>A word, Chinese run, punctuation mark or link in the visible text.</summary>
    internal sealed class Token
    {
        public Token(TokenKind kind, int start, int end, string lower, bool isCapitalized)
        {
            Kind = kind;
            Start = start;
            End = end;
            Lower = lower;
            IsCapitalized = isCapitalized;
        }

        public TokenKind Kind { get; }

        /// <summary>Start in the visible text.</summary>
        public int Start { get; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; }

        /// <summary>Lower-cased text with typographic apostrophes made straight.</summary>
        public string Lower { get; }

        public bool IsCapitalized { get; }

        /// <summary>Written in capitals throughout (ASAP, DHL), so not a capitalised name.</summary>
        public bool IsAllCaps { get; set; }

        /// <summary>Inside a quotation of someone else's words, so not the seller's own wording.</summary>
        public bool IsQuoted { get; set; }

        /// <summary>Read as a person's name (Mr. Soon, Soon-Yi), not as a word.</summary>
        public bool IsName { get; set; }

        public bool IsWord => Kind == TokenKind.Word;

        public bool IsDigitStart => Lower.Length > 0 && Lower[0] >= '0' && Lower[0] <= '9';

        public override string ToString() => Lower;
    }
}
