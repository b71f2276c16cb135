namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>Kinds of token a sentence holds (<see cref="Sentence.Holds"/>), a bit each.</summary>
    [System.Flags]
    internal enum SentenceHolds : byte
    {
        None = 0,

        /// <summary>A word in capitals throughout (<see cref="Token.IsAllCaps"/>).</summary>
        AllCaps = 1,

        /// <summary>A run of Chinese characters.</summary>
        Chinese = 2,

        /// <summary>A token that starts with a digit (<see cref="Token.IsDigitStart"/>).</summary>
        Number = 4,

        /// <summary>A link or an address.</summary>
        Link = 8,

        /// <summary>A word with a digit anywhere in it (<see cref="Token.HasDigit"/>).</summary>
        Digit = 16,
    }
}
