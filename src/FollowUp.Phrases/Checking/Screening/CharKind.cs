using System;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>What the screen's scan does with an ASCII character (<see cref="ScreenLexicon.Ascii"/>).</summary>
    [Flags]
    internal enum CharKind : byte
    {
        None = 0,
        Word = 1,
        Lower = 2,
        Upper = 4,
        Digit = 8,
        X = 16,

        /// <summary>A web address may start here (h, m, w).</summary>
        UrlStart = 32,

        /// <summary>A mark the scan counts or tries: '!', '%', a placeholder's opening, a trigger mark.</summary>
        Special = 64,
    }
}
