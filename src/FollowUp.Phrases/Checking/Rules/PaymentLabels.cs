using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using FollowUp.Phrases.Checking.Analysis;
#endif

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// The labels that make a run of digits a card or account number ("account no", "swift", "卡号"): the ASCII ones by
    /// their first two letters, compared in place where those letters stand; the others (other scripts, or one character)
    /// searched for. Built once per pack list.
    /// </summary>
    internal sealed class PaymentLabels
    {
        private readonly ulong[] _pairs = new ulong[128 * 2];
        private readonly Dictionary<int, string[]> _byPair;

        public PaymentLabels(string[] labels)
        {
            var ascii = labels.Where(l => l.Length >= 2 && l[0] < '\u0080' && l[1] < '\u0080').ToArray();
            _byPair = ascii.GroupBy(l => l[0] * 128 + l[1]).ToDictionary(g => g.Key, g => g.ToArray());
            foreach (var key in _byPair.Keys)
            {
                _pairs[key >> 6] |= 1UL << (key & 63);
            }

            Others = labels.Except(ascii).ToArray();
            OthersAscii = Others.Any(l => l.All(c => c < '\u0080'));
            foreach (var c in Others.SelectMany(l => l).Where(c => c >= '\u0080'))
            {
                _othersChars[c >> 6] |= 1UL << (c & 63);
            }

#if NET8_0_OR_GREATER
            // The first three characters of each ASCII label ("acc", "a/c", "swi"): pairs alone ("ac") stand in too many
            // words ("track", "contact") to rule a window out.
            var starts = ascii.Where(l => l.Length >= 3).Select(l => l.Substring(0, 3)).Distinct(StringComparer.Ordinal).ToArray();
            _byThree = ascii.Any(l => l.Length < 3)
                ? null
                : starts.Select(t => (Vector128.Create((ushort)t[0]), Vector128.Create((ushort)t[1]), Vector128.Create((ushort)t[2]))).ToArray();
#endif
        }

        // The characters outside ASCII the other labels are written with, a bit per character: each of those labels has
        // one, so a stretch of text without any holds none of them (a dash or a curly quote sends no search). Asked of
        // every character before a long number in Chinese text: a bit test, where a set's look-up hashed each.
        private readonly ulong[] _othersChars = new ulong[(char.MaxValue + 1) / 64];

        /// <summary>Whether <paramref name="lower"/> (a character outside ASCII, lower-cased) is written in one of <see cref="Others"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool InOthers(char lower) => (_othersChars[lower >> 6] & (1UL << (lower & 63))) != 0;

        /// <summary>The labels not found by their first two letters: written in another script, or one character long.</summary>
        public string[] Others { get; }

        /// <summary>Whether an ASCII label is among <see cref="Others"/> (one character long): then they are always compared.</summary>
        public bool OthersAscii { get; }

        /// <summary>Whether an ASCII label starts with the two lower-case characters <paramref name="c1"/> and <paramref name="c2"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool StartsWith(char c1, char c2)
        {
            var key = c1 * 128 + c2;
            return (_pairs[key >> 6] & (1UL << (key & 63))) != 0;
        }

        /// <summary>Whether a label starting with the two letters at <paramref name="k"/> stands there, ending by <paramref name="end"/>.</summary>
        public bool Find(string text, int k, int end)
        {
            foreach (var label in _byPair[PaymentDetailsRule.Lower(text[k]) * 128 + PaymentDetailsRule.Lower(text[k + 1])])
            {
                if (k + label.Length <= end && StandsAt(text, k, label))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether the label (lower case) stands at k, the text lowered as the search lowers it.
        private static bool StandsAt(string text, int k, string label)
        {
            for (var j = 0; j < label.Length; j++)
            {
                if (PaymentDetailsRule.Lower(text[k + j]) != label[j])
                {
                    return false;
                }
            }

            return true;
        }

#if NET8_0_OR_GREATER
        // The first three characters of the ASCII labels, a vector of each; null when a label is shorter.
        private readonly (Vector128<ushort> First, Vector128<ushort> Second, Vector128<ushort> Third)[]? _byThree;
#endif

        /// <summary>
        /// False when no label can stand in the text from <paramref name="from"/> to <paramref name="at"/>: no character
        /// outside ASCII lowers into ASCII or is written in a label of another script, every label is three characters
        /// or more, and no three characters side by side, lowered, start an ASCII label — tested eight places at a time
        /// (.NET 8 and later). The search before every long number (a tracking number's forty characters) cost a step per
        /// character, with a branch on each one's case, and a comparison at every "ac" of "tracking"; a window that may
        /// hold a label is searched as before.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)] // a method of its own, so the lowering inside it is inlined (a caller's budget left it a call)
        public bool MayStandIn(string text, int from, int at)
        {
#if NET8_0_OR_GREATER
            var length = at - from;
            var starts = _byThree;
            if (starts is null || OthersAscii || length < 10 || !Vector128.IsHardwareAccelerated)
            {
                return true;
            }

            // A character outside ASCII (a dash, a curly quote, an accented letter) stands in no ASCII label unless it
            // lowers into ASCII (the Kelvin sign), and may belong to a label of another script: either sends the search.
            // Any other is compared below as it is, and equals no label's character.
            var window = text.AsSpan(from, length);
            for (var n = window.IndexOfAnyExceptInRange('\0', '\u007F'); n >= 0;)
            {
                var lowered = PaymentDetailsRule.Lower(window[n]);
                if (lowered < '\u0080' || InOthers(lowered))
                {
                    return true;
                }

                var next = window.Slice(n + 1).IndexOfAnyExceptInRange('\0', '\u007F');
                n = next < 0 ? -1 : n + 1 + next;
            }

            var last = from + length - 10; // the last eight places k read up to k + 2
            for (var k = from; ; k += 8)
            {
                var start = Math.Min(k, last);
                var a = Lowered(AsciiLanes.At(text, start));
                var b = Lowered(AsciiLanes.At(text, start + 1));
                var c = Lowered(AsciiLanes.At(text, start + 2));
                foreach (var (one, two, three) in starts)
                {
                    if ((Vector128.Equals(a, one) & Vector128.Equals(b, two) & Vector128.Equals(c, three)) != Vector128<ushort>.Zero)
                    {
                        return true;
                    }
                }

                if (start == last)
                {
                    return false;
                }
            }
#else
            return true;
#endif
        }

#if NET8_0_OR_GREATER
        // ASCII capitals lowered, as PaymentDetailsRule.Lower lowers them; other ASCII characters as they are.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<ushort> Lowered(Vector128<ushort> v) => AsciiLanes.Lowered(v, AsciiLanes.Capitals(v));
#endif
    }
}
