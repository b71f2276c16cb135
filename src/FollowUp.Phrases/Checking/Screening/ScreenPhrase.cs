namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>A phrase of a trigger group, after its first word: the words that must follow, with their hashes.</summary>
    internal sealed class ScreenPhrase
    {
        public ScreenPhrase(ulong bit, string[] following)
        {
            Bit = bit;
            Following = following;
            Hashes = new uint[following.Length];
            for (var w = 0; w < following.Length; w++)
            {
                Hashes[w] = WordTable.Hash(following[w]);
            }
        }

        /// <summary>The group the phrase belongs to.</summary>
        public ulong Bit { get; }

        /// <summary>The phrase's words after the first, lower case.</summary>
        public string[] Following { get; }

        /// <summary>Their <see cref="WordTable"/> hashes: most comparisons end at an integer.</summary>
        public uint[] Hashes { get; }
    }
}
