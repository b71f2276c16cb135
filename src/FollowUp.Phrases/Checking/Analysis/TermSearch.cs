using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Searches for a list's terms inside one piece of text, term by term — every pack's reply headers in a line, URL
    /// words inside a link (a pack's Chinese terms are a <see cref="TermSet"/>, searched in one pass). Loops rather than <c>Array.Exists</c> with a lambda: a lambda that reads the current token allocates a closure
    /// for every token the loop visits, whether or not it is called, and that was a third of a long message's memory.
    /// </summary>
    internal static class TermSearch
    {
        /// <summary>Whether any of <paramref name="terms"/> occurs in <paramref name="text"/>.</summary>
        public static bool AnyIn(string text, string[] terms) => FirstIn(text, terms) != null;

        /// <summary>The first of <paramref name="terms"/>, in list order, that occurs in <paramref name="text"/>; null when none does.</summary>
        public static string? FirstIn(string text, string[] terms)
        {
            foreach (var term in terms)
            {
                if (text.IndexOf(term, StringComparison.Ordinal) >= 0)
                {
                    return term;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="text"/> starts with any of <paramref name="terms"/>.</summary>
        public static bool AnyStarts(string text, string[] terms)
        {
            foreach (var term in terms)
            {
                if (text.StartsWith(term, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="text"/> ends with any of <paramref name="terms"/>.</summary>
        public static bool AnyEnds(string text, string[] terms)
        {
            foreach (var term in terms)
            {
                if (text.EndsWith(term, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether any of <paramref name="terms"/> occurs in <paramref name="text"/> at index <paramref name="at"/>.</summary>
        public static bool AnyAt(string text, int at, string[] terms)
        {
            foreach (var term in terms)
            {
                if (string.CompareOrdinal(text, at, term, 0, term.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
