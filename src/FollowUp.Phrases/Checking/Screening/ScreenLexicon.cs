using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// What the screen knows, built once per checker from every pack of its set: each trigger word with the groups it
    /// belongs to (a bit each) and the phrases it starts, chat shorthand with what it stands for, the word classes some
    /// features need (acronyms, pressure words, weekday and month names, "am"/"pm"), detection clues of languages no pack covers,
    /// and what the scan does with each ASCII character.
    /// </summary>
    internal sealed class ScreenLexicon
    {
        // Word classes beside the groups' bits (groups take the low bits: at most MaxGroups of them).
        public const ulong Acronym = 1UL << 63;
        public const ulong PressureWord = 1UL << 62;
        public const ulong Weekday = 1UL << 61;
        public const ulong AmPm = 1UL << 60;
        public const ulong Month = 1UL << 59;
        public const ulong Conditional = 1UL << 58;
        public const ulong ClauseBreakWord = 1UL << 57;
        public const int MaxGroups = 57;

        /// <summary>Marks glued to an hour as a clock time ("9h", "14h30"), in every pack.</summary>
        public string[] HourMarks { get; }

        /// <summary>Whether <paramref name="word"/> is an hour with a mark glued to it: "9h", "14h30" (the reading decides).</summary>
        public bool IsGluedHour(ReadOnlySpan<char> word)
        {
            var digits = 0;
            while (digits < word.Length && word[digits] >= '0' && word[digits] <= '9')
            {
                digits++;
            }

            foreach (var mark in HourMarks)
            {
                if (digits > 0 && word.Slice(digits).StartsWith(mark.AsSpan(), StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // The hashes of shorthand keys in 1,024 bits: a following word outside them is no shorthand, with no look-up.
        private readonly ulong[] _shorthand = new ulong[16];

        public ScreenLexicon(WordGroup[] groups, Vocabulary everyPack, Vocabulary alwaysRead, LanguageDetector detector)
        {
            var words = new Dictionary<string, ScreenWord>(StringComparer.Ordinal);
            ScreenWord Word(string word) => words.TryGetValue(word, out var known) ? known : words[word] = new ScreenWord();
            void Add(string entry, ulong bit)
            {
                var parts = entry.Trim().ToLowerInvariant().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                {
                    return;
                }

                if (parts[0].Length == 1 && !Tokenizer.IsWordChar(parts[0][0]))
                {
                    // A mark ("%"): the reading sees it as a token of its own; the screen triggers on the mark alone.
                    if (parts[0][0] < 128)
                    {
                        Marks[parts[0][0]] |= bit;
                    }

                    return;
                }

                var word = Word(parts[0]);
                if (parts.Length == 1)
                {
                    word.Bits |= bit;
                }
                else
                {
                    (word.Phrases ??= new List<ScreenPhrase>()).Add(new ScreenPhrase(bit, parts.Skip(1).ToArray()));
                }
            }

            for (var g = 0; g < groups.Length; g++)
            {
                var bit = 1UL << g;
                foreach (var entry in groups[g].Lists.SelectMany(everyPack.SpacedEntries).Concat(groups[g].Words))
                {
                    Add(entry, bit);
                }

                foreach (var entry in groups[g].EveryWordOf.SelectMany(everyPack.SpacedEntries))
                {
                    foreach (var part in entry.Split(' '))
                    {
                        Add(part, bit);
                    }
                }
            }

            // Chat shorthand is read as the words it stands for ("l8r" as "later"): it triggers what they trigger, and
            // what a phrase starting with them would.
            foreach (var pair in everyPack.Shorthand)
            {
                var bits = 0UL;
                foreach (var part in pair.Value.ToLowerInvariant().Split(' '))
                {
                    if (words.TryGetValue(part, out var known))
                    {
                        bits |= known.Bits | (known.Phrases?.Aggregate(0UL, (mask, p) => mask | p.Bit) ?? 0);
                    }
                }

                var key = Word(pair.Key.ToLowerInvariant());
                key.Bits |= bits;
                key.ReadAs = pair.Value.ToLowerInvariant();
            }

            foreach (var word in everyPack.Words("shouting.acronyms"))
            {
                Word(word.ToLowerInvariant()).Bits |= Acronym;
            }

            foreach (var word in everyPack.Words("shouting.pressure-words"))
            {
                Word(word.ToLowerInvariant()).Bits |= PressureWord;
            }

            foreach (var name in everyPack.Weekdays.Keys)
            {
                Word(name).Bits |= Weekday;
            }

            foreach (var name in everyPack.Months.Keys)
            {
                Word(name.TrimEnd('.')).Bits |= Month; // the screen cuts words as the tokenizer does: "Dez." is "dez" and a dot
            }

            foreach (var word in new[] { "am", "pm", "a", "p" }.Concat(everyPack.Entries("dates.hour-words")).Concat(everyPack.Entries("dates.hour-marks")))
            {
                Word(word).Bits |= AmPm; // "5 pm", "5 p.m.", "14 Uhr", "9 h"
            }

            HourMarks = everyPack.Entries("dates.hour-marks");

            // Conditionals of the packs every message is read in (a word a detected language alone calls one might not be
            // one for the reading), single words as the problem finder reads them, and none that shorthand rewrites.
            foreach (var word in alwaysRead.SpacedEntries("steps.conditionals"))
            {
                if (word.IndexOf(' ') < 0 && !everyPack.Shorthand.ContainsKey(word))
                {
                    Word(word.ToLowerInvariant()).Bits |= Conditional;
                }
            }

            Word(SentenceSplitter.ClauseBreakWord).Bits |= ClauseBreakWord;

            foreach (var pair in detector.ClueWords)
            {
                var uncovered = pair.Value.Where(l => !detector.IsCovered(l)).ToArray();
                if (uncovered.Length > 0)
                {
                    Word(pair.Key).Clues = uncovered;
                }
            }

            foreach (var word in words.Values)
            {
                word.Seal();
            }

            for (var c = 0; c < 128; c++)
            {
                var ch = (char)c;
                Ascii[c] = (ch >= 'a' && ch <= 'z' ? CharKind.Word | CharKind.Lower : CharKind.None)
                    | (ch >= 'A' && ch <= 'Z' ? CharKind.Word | CharKind.Upper : CharKind.None)
                    | (ch >= '0' && ch <= '9' ? CharKind.Word | CharKind.Digit : CharKind.None)
                    | (ch == 'x' || ch == 'X' ? CharKind.X : CharKind.None)
                    | ("hmwHMW".IndexOf(ch) >= 0 ? CharKind.UrlStart : CharKind.None)
                    | (ch == '!' || ch == '%' || PlaceholderFinder.MayStart(ch) || Marks[c] != 0 ? CharKind.Special : CharKind.None);
            }

            foreach (var key in everyPack.Shorthand.Keys)
            {
                var hash = WordTable.Hash(key.ToLowerInvariant());
                _shorthand[(hash >> 6) & 15] |= 1UL << (int)(hash & 63);
            }

            Words = new WordTable(words);

            // A listed word's ending is the same at every occurrence: judged once here, not at each.
            foreach (var pair in words)
            {
                var ending = detector.EndingLanguage(pair.Key.AsSpan());
                pair.Value.UncoveredEnding = ending >= 0 && !detector.IsCovered(ending) ? ending : -1;
            }

            // Most words end in a letter no uncovered language's ending ends in: they need no ending comparison.
            foreach (var (ending, language) in detector.Endings)
            {
                var last = ending[ending.Length - 1];
                if (!detector.IsCovered(language) && last < 128)
                {
                    MayEndUncovered[last] = true;
                }
            }
        }

        public WordTable Words { get; }

        /// <summary>Group bits of the marks that are list entries of their own ("%").</summary>
        public ulong[] Marks { get; } = new ulong[128];

        public CharKind[] Ascii { get; } = new CharKind[128];

        /// <summary>ASCII last letters of endings of languages no pack covers: words ending otherwise need no comparison.</summary>
        public bool[] MayEndUncovered { get; } = new bool[128];

        /// <summary>Whether a word with this hash may be shorthand (false means it is not).</summary>
        public bool MayBeShorthand(uint hash) => (_shorthand[(hash >> 6) & 15] & (1UL << (int)(hash & 63))) != 0;
    }
}
