using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Which capitalised words are people's names ("thanks, Soon", "Mr. Soon"), so rules do not read them as words: a
    /// capital after a title, or in mid-sentence where capitals are not expected. Asked by the sentence splitter of each
    /// token as it passes, with the first token of the sentence it is in: a pass of its own over every token of a long
    /// message cost more than the few capitals it found.
    /// </summary>
    internal static class NameMarks
    {
        /// <summary>
        /// Marks token <paramref name="i"/> a name when it reads as one in the sentence starting at token
        /// <paramref name="first"/>; returns whether it did.
        /// </summary>
        /// <param name="tokens">The message's tokens.</param>
        /// <param name="t">Token <paramref name="i"/>.</param>
        /// <param name="i">The token's index.</param>
        /// <param name="first">The first token of its sentence.</param>
        /// <param name="titles">"mr", "frau", "sr": a capital after one is a name in any language.</param>
        /// <param name="capitalizedNouns">
        /// Whether a language the message is read in capitalises every noun (German): then capitals say nothing, and only a
        /// title marks a name.
        /// </param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool MarkAt(Span<Token> tokens, ref Token t, int i, int first, WordList titles, bool capitalizedNouns) =>
            t.Kind == TokenKind.Word && t.IsCapitalized && !t.IsAllCaps && MarkCapitalized(tokens, i, first, titles, capitalizedNouns);

        private static bool MarkCapitalized(Span<Token> tokens, int i, int first, WordList titles, bool capitalizedNouns)
        {
            // "I", "I'll", "I'm" are capitalised everywhere and never a name. The token's first character rules out most
            // words without following the token to its word's text (a load that missed the cache at most capitals).
            ref var t = ref tokens[i];
            if (t.First == 'i' && (t.Is("i") || t.Lower.StartsWith("i'", StringComparison.Ordinal)))
            {
                return false;
            }

            var prev = i - 1 >= first ? i - 1 : -1;
            var prevWord = prev >= 0 && tokens[prev].Is(".") ? (prev - 1 >= first ? prev - 1 : -1) : prev;
            if (prevWord >= 0 && tokens[prevWord].Kind == TokenKind.Word && titles.Contains(tokens[prevWord]))
            {
                t.IsName = true;
                return true;
            }

            // A capital in mid-sentence marks a name ("thanks, Soon"), not a word; sentence starts and text after a colon
            // or an opening bracket are capitalised anyway.
            if (!capitalizedNouns && prev >= 0 && !(tokens[prev].Kind == TokenKind.Punct && IsOpener(tokens[prev].Mark)))
            {
                t.IsName = true;
                return true;
            }

            return false;
        }

        // After these a capital is expected: a colon, an opening bracket or quote, Spanish "¡" and "¿".
        private static bool IsOpener(char mark) => mark != '\0' && ":(\"¡¿".IndexOf(mark) >= 0;
    }
}
