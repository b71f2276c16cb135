using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Tests.Checking
{
    internal static class Check
    {
        public static IReadOnlyList<Diagnostic> Text(string text, CheckContext? context = null) => WordingChecker.Default.Check(text, context);

        public static IReadOnlyList<Diagnostic> Rule(string rule, string text, CheckContext? context = null) =>
            Text(text, context).Where(d => d.Rule == rule).ToArray();

        public static readonly CheckContext MarketingEmail = new CheckContext { Purpose = MessagePurpose.Marketing };
    }
}
