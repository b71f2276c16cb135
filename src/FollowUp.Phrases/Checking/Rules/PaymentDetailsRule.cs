using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>payment-details</c>: a card number (Luhn-valid), an IBAN (checksum-valid) or a bank account number labelled as one.
    /// Email and chat are not safe channels for them, and marketplaces forbid taking payment outside the platform.
    /// </summary>
    internal sealed class PaymentDetailsRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.PaymentDetails,
            Severity.Error,
            "Payment details in a message",
            "Card numbers, IBANs and bank account numbers in email or chat can be intercepted or altered (invoice fraud), " +
            "and marketplaces suspend sellers who take payment off the platform. Send payment details through the " +
            "platform's checkout or a secured invoice link, and never ask buyers for card numbers.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.PaymentNumber);

        public RuleReach ReachIn(CheckContext context) => RuleReach.Screened;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            // Every card number, account number and IBAN starts at a digit or has its check digits right after its
            // country, in the word it starts: only words with a digit in them, and links, are read — of the sentences that
            // hold one. A number found, or a digit run read, may run on over the words after it: they are not read again.
            var tokens = a.Tokens;
            var i = 0;
            foreach (var sentence in a.Sentences)
            {
                if ((sentence.Holds & (SentenceHolds.Digit | SentenceHolds.Link)) == 0)
                {
                    continue;
                }

                for (var k = sentence.First; k < sentence.End; k++)
                {
                    ref readonly var t = ref tokens[k];
                    if ((!t.HasDigit && t.Kind != TokenKind.Link) || i >= t.End)
                    {
                        continue;
                    }

                    i = Math.Max(i, t.Start);
                    while (i < t.End && Next(a.Text, a.Vocabulary, ref i, t.End, out var start, out var end, out var what))
                    {
                        findings.Add(a.Report(Rule, severity, start, end,
                            $"The message contains {what}; payment details in messages invite fraud and break marketplace rules.",
                            "Remove it and point the buyer to the platform's checkout or a secured invoice link."));
                    }
                }
            }
        }

        // Digits, IBAN characters and the lower-cased text before a number are gathered here, so reading a message's
        // numbers (order numbers, dates, tracking numbers) allocates nothing.
        [ThreadStatic]
        private static char[]? t_buffer;

        [ThreadStatic]
        private static char[]? t_before;

        // What starts neither a number nor an IBAN: skipped many characters at a time (other scripts' digits are read one by one).
        private static readonly Text.CharSet Inert = Text.CharSet.AsciiExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

        /// <summary>
        /// The next card number, IBAN or labelled account number at or after <paramref name="from"/> in <paramref name="text"/>,
        /// read with <paramref name="v"/>'s labels; <paramref name="from"/> moves past it. False when there is none. The rule
        /// and the checker's screen find numbers alike.
        /// </summary>
        internal static bool Next(string text, Vocabulary v, ref int from, int limit, out int start, out int end, out string what)
        {
            // Starting before limit (what starts there may run past it).
            var i = from; // a local, not the ref, in the loop: most characters only pass through
            while ((i = Inert.SkipFrom(text, i, limit)) < limit)
            {
                var c = text[i];
                if (c >= '0' && c <= '9' || (c > '\u007F' && char.IsDigit(c)))
                {
                    if (!StartsNumber(text, i))
                    {
                        i++;
                        continue;
                    }

                    if (NumberAt(text, v, i, out end, out what))
                    {
                        start = i;
                        from = Math.Max(end, i + 1);
                        return true;
                    }

                    i = Math.Max(end, i + 1); // the digits of a run are not read again
                    continue;
                }

                if (StartsIban(text, i) && IbanAt(text, i, out end))
                {
                    start = i;
                    what = "an IBAN";
                    from = end;
                    return true;
                }

                i++;
            }

            from = i;
            start = end = -1;
            what = "";
            return false;
        }

        /// <summary>
        /// Whether a card number, IBAN or labelled account number starts at <paramref name="i"/>. The checker's screen asks
        /// this at every place a number or a pair of capitals starts, which includes every place <see cref="Next"/> reads.
        /// </summary>
        /// <remarks>
        /// Not inlined: the screen's loop over a word's characters asks it rarely (after <see cref="MayStartLongNumber"/>),
        /// and with its digit loops inlined there that loop kept its counters on the stack.
        /// </remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        internal static bool At(string text, Vocabulary v, int i)
        {
            var c = text[i];
            return char.IsDigit(c) ? StartsNumber(text, i) && NumberAt(text, v, i, out _, out _) : StartsIban(text, i) && IbanAt(text, i, out _);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool StartsNumber(string text, int i) => i == 0 || !(text[i - 1] < '\u3000' && char.IsLetterOrDigit(text[i - 1]));

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool StartsIban(string text, int i) =>
            text[i] >= 'A' && text[i] <= 'Z' && i + 1 < text.Length && text[i + 1] >= 'A' && text[i + 1] <= 'Z' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

        // The digit run at i: a card number (Luhn-valid, and grouped or labelled as one) or an account number (labelled).
        private static bool NumberAt(string text, Vocabulary v, int i, out int end, out string what)
        {
            // Most numbers (dates, order and tracking numbers) are too short to be either: counted before they are copied.
            end = DigitRun(text, i, null, out var count);
            what = "";
            if (count < MinDigits || IsIsoDate(text, i))
            {
                return false;
            }

            // Order numbers can pass the Luhn check too: a card number is also grouped like one or labelled as one. Only a
            // card's length of digits is copied for the check.
            var card = count >= 13 && count <= 19 && Luhn(Digits(text, i)) && (GroupedInFours(text, i, end) || LabelBefore(text, i, 30, Labels(v, ref s_cardLabels, "payment-details.card-labels", orIban: false)));
            what = card ? "a card number" : "a bank account number";
            return card || (count >= MinDigits && LabelBefore(text, i, 40, Labels(v, ref s_accountLabels, "payment-details.account-labels", orIban: true)));
        }

        // "2026-11-23" (with a time after it, "2026-11-23 14:00", the run reads on into the hour): a date as ISO 8601
        // writes it, which no card is grouped like and no account number is written as — read as the date it is, with no
        // search for a label before it. Rendered messages carry such dates in nearly every notice.
        private static bool IsIsoDate(string text, int i)
        {
            if (i + 10 > text.Length || text[i + 4] != '-' || text[i + 7] != '-' || (i + 10 < text.Length && char.IsDigit(text[i + 10])))
            {
                return false;
            }

            for (var k = 0; k < 10; k++)
            {
                if (k != 4 && k != 7 && (text[i + k] < '0' || text[i + k] > '9'))
                {
                    return false;
                }
            }

            var month = (text[i + 5] - '0') * 10 + (text[i + 6] - '0');
            var day = (text[i + 8] - '0') * 10 + (text[i + 9] - '0');
            return month >= 1 && month <= 12 && day >= 1 && day <= 31;
        }

        // The digits of the run at i, copied without its spaces and hyphens.
        private static ReadOnlySpan<char> Digits(string text, int i)
        {
            var buffer = t_buffer ??= new char[40];
            DigitRun(text, i, buffer, out var count);
            return new ReadOnlySpan<char>(buffer, 0, count);
        }

        private static bool IbanAt(string text, int i, out int end)
        {
            // An IBAN's check digits follow its country: "DE89…"; "DHL", "UTC" and other capitals stop here.
            end = i;
            if (i + 3 >= text.Length || text[i + 2] < '0' || text[i + 2] > '9' || text[i + 3] < '0' || text[i + 3] > '9')
            {
                return false;
            }

            var buffer = t_buffer ??= new char[40];
            end = IbanEnd(text, i, buffer, out var count);
            return end > i && IbanValid(new ReadOnlySpan<char>(buffer, 0, count));
        }

        /// <summary>
        /// Whether the digit run at <paramref name="i"/> (where a number starts) is long enough that <see cref="At"/> may
        /// look for a label before it: as many digits as a card or account number has at least, and not an ISO date.
        /// </summary>
        internal static bool MayAskForLabel(string text, int i)
        {
            DigitRun(text, i, null, out var count);
            return count >= MinDigits && !IsIsoDate(text, i);
        }

        // The fewest digits a card or account number has.
        private const int MinDigits = 8;

        /// <summary>
        /// Whether the digit run at <paramref name="i"/> may reach <see cref="MinDigits"/> digits: that many in a row, or a
        /// first group the run goes on from (a space or hyphen, then a digit). Answered from the first group alone: the
        /// screen asks it before <see cref="At(string, Vocabulary, int)"/> at every number, and dates, times and order numbers mostly stop short.
        /// </summary>
        internal static bool MayStartLongNumber(string text, int i)
        {
            var j = i;
            while (j < text.Length && j - i < MinDigits && char.IsDigit(text[j]))
            {
                j++;
            }

            return j - i >= MinDigits || (j + 1 < text.Length && (text[j] == ' ' || text[j] == '-') && char.IsDigit(text[j + 1]));
        }

        /// <summary>Digits with single spaces or hyphens between groups: "4111 1111 1111 1111".</summary>
        private static int DigitRun(string text, int i, char[]? digits, out int count)
        {
            count = 0;
            var j = i;
            var end = i;
            while (j < text.Length && count < 34)
            {
                if (char.IsDigit(text[j]))
                {
                    if (digits != null)
                    {
                        digits[count] = text[j];
                    }

                    count++;
                    j++;
                    end = j;
                }
                else if ((text[j] == ' ' || text[j] == '-') && j + 1 < text.Length && char.IsDigit(text[j + 1]) && count > 0)
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        // The label set of the vocabulary that asked last, for each kind of number: the screen and the rule ask at every
        // long number, and finding the set from the vocabulary's lists each time cost more than the search. Replaced as a
        // whole (an immutable pair), so threads sharing it see one vocabulary's set or the other's, never a mix.
        private static KeptLabels? s_cardLabels;
        private static KeptLabels? s_accountLabels;

        private sealed class KeptLabels
        {
            public KeptLabels(Vocabulary vocabulary, PaymentLabels set)
            {
                Vocabulary = vocabulary;
                Set = set;
            }

            public Vocabulary Vocabulary { get; }

            public PaymentLabels Set { get; }
        }

        private static PaymentLabels Labels(Vocabulary v, ref KeptLabels? kept, string list, bool orIban)
        {
            var last = System.Threading.Volatile.Read(ref kept);
            if (last != null && ReferenceEquals(last.Vocabulary, v))
            {
                return last.Set;
            }

            var labels = v.Entries(list);
            var set = orIban ? LabelSetsWithIban.GetValue(labels, WithIban) : LabelSets.GetValue(labels, Plain);
            System.Threading.Volatile.Write(ref kept, new KeptLabels(v, set));
            return set;
        }

        // Whether a label of the set (or "iban", in the account set) stands in the lower-cased text of the `reach`
        // characters before the number. Labels are found where their first two letters are, compared in place: no copy of
        // the text, no search per label.
        private static bool LabelBefore(string text, int at, int reach, PaymentLabels set)
        {
            var from = Math.Max(0, at - reach);
            if (!set.MayStandIn(text, from, at))
            {
                return false;
            }

            var other = false; // a character outside ASCII, once lower-cased, that a label in another script is written with
            var c2 = from < at ? Lower(text[from]) : '\0';
            for (var k = from; k < at; k++)
            {
                var c1 = c2;
                c2 = k + 1 < at ? Lower(text[k + 1]) : '\u0080';
                if (c1 >= '\u0080')
                {
                    other |= set.InOthers(c1);
                    continue;
                }

                if (c2 < '\u0080' && set.StartsWith(c1, c2) && set.Find(text, k, at))
                {
                    return true;
                }
            }

            if (set.Others.Length == 0 || (!other && !set.OthersAscii))
            {
                return false;
            }

            var buffer = t_before ??= new char[40];
            for (var k = from; k < at; k++)
            {
                buffer[k - from] = Lower(text[k]);
            }

            var before = new ReadOnlySpan<char>(buffer, 0, at - from);
            foreach (var label in set.Others)
            {
                if (before.IndexOf(label.AsSpan(), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly ConditionalWeakTable<string[], PaymentLabels> LabelSets = new ConditionalWeakTable<string[], PaymentLabels>();
        private static readonly ConditionalWeakTable<string[], PaymentLabels> LabelSetsWithIban = new ConditionalWeakTable<string[], PaymentLabels>();
        private static readonly ConditionalWeakTable<string[], PaymentLabels>.CreateValueCallback Plain = l => new PaymentLabels(l);
        private static readonly ConditionalWeakTable<string[], PaymentLabels>.CreateValueCallback WithIban = l => new PaymentLabels(l.Concat(new[] { "iban" }).ToArray());

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static char Lower(char c) => Text.InvariantLower.Of(c);

        private static bool GroupedInFours(string text, int start, int end)
        {
            var group = 0;
            var groups = 0;
            for (var k = start; k < end; k++)
            {
                if (char.IsDigit(text[k]))
                {
                    group++;
                    continue;
                }

                if (group != 4)
                {
                    return false;
                }

                groups++;
                group = 0;
            }

            return groups >= 3;
        }

        private static bool Luhn(ReadOnlySpan<char> digits)
        {
            var sum = 0;
            var doubleIt = false;
            for (var k = digits.Length - 1; k >= 0; k--)
            {
                var d = digits[k] - '0';
                if (doubleIt)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
                doubleIt = !doubleIt;
            }

            return sum % 10 == 0 && digits.Trim('0').Length > 0;
        }

        private static int IbanEnd(string text, int i, char[] iban, out int count)
        {
            count = 0;
            var j = i;
            var end = i;
            while (j < text.Length && count < 34)
            {
                var c = text[j];
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                {
                    iban[count++] = c;
                    j++;
                    end = j;
                }
                else if (c == ' ' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]) && count >= 4)
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        // ISO 13616: move the first four characters to the end, letters to numbers, mod 97 must be 1.
        private static bool IbanValid(ReadOnlySpan<char> iban)
        {
            if (iban.Length < 15 || iban.Length > 34 || !char.IsDigit(iban[2]) || !char.IsDigit(iban[3]))
            {
                return false;
            }

            var remainder = 0;
            for (var k = 0; k < iban.Length; k++)
            {
                var c = iban[(k + 4) % iban.Length]; // the first four characters moved to the end
                var value = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
                remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
            }

            return remainder == 1;
        }
    }
}
