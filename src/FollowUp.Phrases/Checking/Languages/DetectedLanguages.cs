using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>What the detector found: the covered languages a message is read in, and those no pack covers.</summary>
    internal sealed class DetectedLanguages
    {
        public DetectedLanguages(IReadOnlyList<string> read, IReadOnlyList<(string Code, string Name)> uncovered)
        {
            Read = read;
            Uncovered = uncovered;
        }

        /// <summary>Codes of covered languages, most evident first.</summary>
        public IReadOnlyList<string> Read { get; }

        /// <summary>Languages seen that no pack covers.</summary>
        public IReadOnlyList<(string Code, string Name)> Uncovered { get; }
    }
}
