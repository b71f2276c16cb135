namespace FollowUp.Phrases.Checking.Analysis
{
    internal enum TokenKind : byte
    {
        /// <summary>Latin-script word or number, possibly with inner hyphens or apostrophes.</summary>
        Word,
        /// <summary>A run of Chinese characters.</summary>
        Cjk,
        /// <summary>A single punctuation mark, or a line break.</summary>
        Punct,
        /// <summary>A URL or email address, never matched against word lists.</summary>
        Link,
    }
}
