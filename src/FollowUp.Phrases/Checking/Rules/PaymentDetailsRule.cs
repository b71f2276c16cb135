using System;
using System.Collections.Generic;
using System.Text;
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

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var text = a.Text;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsDigit(c) && (i == 0 || !(text[i - 1] < '\u3000' && char.IsLetterOrDigit(text[i - 1]))))
                {
                    var end = DigitRun(text, i, out var digits);

                    // Order numbers can pass the Luhn check too: a card number is also grouped like one or labelled as one.
                    var card = digits.Length >= 13 && digits.Length <= 19 && Luhn(digits) && (GroupedInFours(text, i, end) || CardLabelled(a, text, i));
                    if (card || (digits.Length >= 8 && Labelled(a, text, i)))
                    {
                        Add(a, severity, findings, i, end, card ? "a card number" : "a bank account number");
                    }

                    i = Math.Max(end, i + 1);
                    continue;
                }

                if (c >= 'A' && c <= 'Z' && i + 1 < text.Length && text[i + 1] >= 'A' && text[i + 1] <= 'Z' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    var end = IbanEnd(text, i, out var iban);
                    if (end > i && IbanValid(iban))
                    {
                        Add(a, severity, findings, i, end, "an IBAN");
                        i = end;
                        continue;
                    }
                }

                i++;
            }
        }

        private static void Add(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings, int start, int end, string what) =>
            findings.Add(a.Report(Rule, severity, start, end,
                $"The message contains {what}; payment details in messages invite fraud and break marketplace rules.",
                "Remove it and point the buyer to the platform's checkout or a secured invoice link."));

        /// <summary>Digits with single spaces or hyphens between groups: "4111 1111 1111 1111".</summary>
        private static int DigitRun(string text, int i, out string digits)
        {
            var sb = new StringBuilder();
            var j = i;
            var end = i;
            while (j < text.Length && sb.Length < 34)
            {
                if (char.IsDigit(text[j]))
                {
                    sb.Append(text[j]);
                    j++;
                    end = j;
                }
                else if ((text[j] == ' ' || text[j] == '-') && j + 1 < text.Length && char.IsDigit(text[j + 1]) && sb.Length > 0)
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            digits = sb.ToString();
            return end;
        }

        private static bool Labelled(MessageAnalysis a, string text, int at)
        {
            var from = Math.Max(0, at - 40);
            var before = text.Substring(from, at - from).ToLowerInvariant();
            return Array.Exists(a.Vocabulary.Entries("payment-details.account-labels"), l => before.IndexOf(l, StringComparison.Ordinal) >= 0)
                || before.IndexOf("iban", StringComparison.Ordinal) >= 0;
        }

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

        private static bool CardLabelled(MessageAnalysis a, string text, int at)
        {
            var from = Math.Max(0, at - 30);
            var before = text.Substring(from, at - from).ToLowerInvariant();
            return Array.Exists(a.Vocabulary.Entries("payment-details.card-labels"), l => before.IndexOf(l, StringComparison.Ordinal) >= 0);
        }

        private static bool Luhn(string digits)
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

        private static int IbanEnd(string text, int i, out string iban)
        {
            var sb = new StringBuilder();
            var j = i;
            var end = i;
            while (j < text.Length && sb.Length < 34)
            {
                var c = text[j];
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                {
                    sb.Append(c);
                    j++;
                    end = j;
                }
                else if (c == ' ' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]) && sb.Length >= 4)
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            iban = sb.ToString();
            return end;
        }

        // ISO 13616: move the first four characters to the end, letters to numbers, mod 97 must be 1.
        private static bool IbanValid(string iban)
        {
            if (iban.Length < 15 || iban.Length > 34 || !char.IsDigit(iban[2]) || !char.IsDigit(iban[3]))
            {
                return false;
            }

            var rearranged = iban.Substring(4) + iban.Substring(0, 4);
            var remainder = 0;
            foreach (var c in rearranged)
            {
                var value = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
                remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
            }

            return remainder == 1;
        }
    }
}
