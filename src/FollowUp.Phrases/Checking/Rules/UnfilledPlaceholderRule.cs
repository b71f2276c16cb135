using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>unfilled-placeholder</c>: template text that was never filled in — <c>×××</c>, <c>XXX</c>, <c>[Date]</c>,
    /// <c>(Your name)</c>, <c>{{ buyer.name }}</c>, <c>&lt;tracking number&gt;</c>, <c>【订单号】</c>. Sending it tells the
    /// buyer the message is a form letter nobody read.
    /// </summary>
    internal sealed class UnfilledPlaceholderRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.UnfilledPlaceholder,
            Severity.Error,
            "Placeholder left in the message",
            "A message with '×××' or '[Date]' in it shows the buyer a form letter nobody checked, and leaves out the fact " +
            "they needed. Render messages from the order's facts (the engine refuses to leave a fact blank) or fill the gap.");

        // Words that name a fact inside brackets: "[Date]", "(Your name)", "<tracking number>".
        private static readonly string[] FactWords =
        {
            "date", "name", "your name", "buyer name", "customer name", "order number", "order no", "order id", "tracking number",
            "tracking no", "tracking", "amount", "price", "address", "company", "product", "time", "number", "link", "url",
            "carrier", "day", "month", "year", "qty", "quantity", "pi number", "sku", "signature", "email", "phone",
        };

        private static readonly string[] ChineseFactWords = { "订单号", "运单号", "姓名", "日期", "金额", "地址", "名字", "买家", "客户名", "产品", "时间", "单号" };

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => true;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var text = a.Text;
            var i = 0;
            while (i < text.Length)
            {
                var end = MatchAt(text, i);
                if (end > i)
                {
                    findings.Add(a.Report(
                        Rule,
                        severity,
                        i,
                        end,
                        $"'{text.Substring(i, end - i)}' is a placeholder nobody filled in; the buyer sees a form letter and misses the fact.",
                        "Fill it from the order's facts, e.g. {{ shipment.tracking_number }} rendered by the phrase engine."));
                    i = end;
                    continue;
                }

                i++;
            }
        }

        private static bool IsLatin(char c) => c < '\u3000' && char.IsLetterOrDigit(c);

        /// <summary>The end of a placeholder starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
        private static int MatchAt(string text, int i)
        {
            var c = text[i];

            // ××× / xxx / XXX runs (three or more), standing alone.
            if (c == '×' || c == 'X' || c == 'x')
            {
                var j = i;
                while (j < text.Length && text[j] == c)
                {
                    j++;
                }

                // Standing alone from Latin words ("XXL" is a size), while Chinese may run right up to it ("亲爱的×××").
                var alone = (i == 0 || !IsLatin(text[i - 1])) && (j >= text.Length || !IsLatin(text[j]));
                return j - i >= 3 && alone ? j : i;
            }

            // {{ … }} and {% … %}: template syntax that reached the buyer.
            if ((c == '{' || c == '$') && i + 1 < text.Length && (text[i + 1] == '{' || text[i + 1] == '%'))
            {
                var close = text.IndexOf(text[i + 1] == '%' ? "%}" : "}}", i + 2, Math.Min(120, text.Length - i - 2), StringComparison.Ordinal);
                return close > 0 ? close + 2 : i;
            }

            // [Date], (Your name), <tracking number>, 【订单号】, {name}
            var closer = c switch
            {
                '[' => ']',
                '(' => ')',
                '<' => '>',
                '{' => '}',
                '【' => '】',
                '［' => '］',
                '（' => '）',
                _ => '\0',
            };
            if (closer == '\0')
            {
                return i;
            }

            var end = text.IndexOf(closer, i + 1, Math.Min(40, text.Length - i - 1));
            if (end < 0)
            {
                return i;
            }

            var inner = text.Substring(i + 1, end - i - 1).Trim().TrimEnd('.', ':').ToLowerInvariant();
            foreach (var word in FactWords)
            {
                if (inner == word || inner == "your " + word || inner == "insert " + word || inner == "enter " + word || inner == "buyer's " + word || inner == "customer's " + word)
                {
                    return end + 1;
                }
            }

            foreach (var word in ChineseFactWords)
            {
                if (inner == word || inner == "填写" + word || inner == "填" + word)
                {
                    return end + 1;
                }
            }

            return i;
        }
    }
}
