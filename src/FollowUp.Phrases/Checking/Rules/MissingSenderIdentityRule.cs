using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>missing-sender-identity</c>: a marketing email with no postal address of the sender. CAN-SPAM and CASL require a
    /// valid physical address in every commercial email; the opt-out itself is <c>missing-unsubscribe</c>'s concern.
    /// </summary>
    internal sealed class MissingSenderIdentityRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingSenderIdentity,
            Severity.Warning,
            "Marketing email without the sender's postal address",
            "CAN-SPAM (US) and CASL (Canada) require the sender's name and valid postal address in every commercial email. " +
            "Add a footer such as 'Shenzhen Brightway Co., 18 Keyuan Road, Nanshan, Shenzhen 518057, China' (seller.address).");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        // Only marketing email needs the address, and marketing needs commercial content.
        public RuleTriggers? Triggers { get; } = RuleTriggers.Any(TextFeatures.Chinese | TextFeatures.Percent, "purpose.commercial");

        public RuleReach ReachIn(CheckContext context) => !Enabled || context.Channel != Channel.Email || context.Purpose == MessagePurpose.Transactional ? RuleReach.Never
            : context.Purpose == MessagePurpose.Marketing || context.Subject != null ? RuleReach.Always
            : RuleReach.Screened;

        /// <summary>Set from <see cref="WordingCheckerOptions.RequireSenderIdentity"/>: the rule is a jurisdiction's policy, not a default.</summary>
        public bool Enabled { get; set; }

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            if (!Enabled || a.Context.Channel != Channel.Email || a.Purpose != MessagePurpose.Marketing || HasAddress(a))
            {
                return;
            }

            findings.Add(a.ReportWholeMessage(Rule, severity,
                "This marketing email does not show the sender's postal address, which CAN-SPAM and CASL require.",
                "Add the company name and postal address in the footer (render it from seller.company and seller.address)."));
        }

        // An address is a number near a street word ("18 Keyuan Road", "Calle Mayor 5"), or a Chinese address with digits.
        private static bool HasAddress(MessageAnalysis a)
        {
            var tokens = a.Tokens;
            var streetWords = a.Vocabulary.Words("sender-identity.street-words");

            // German streets are compounds: "Hauptstraße", "Gartenweg", "Marktplatz".
            var streetSuffixes = a.Vocabulary.Entries("sender-identity.street-suffixes");
            var chineseAddress = a.Vocabulary.Terms("sender-identity.street-words");
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Word && !t.IsQuoted && (streetWords.Contains(t) || TermSearch.AnyEnds(t.Lower, streetSuffixes)))
                {
                    for (var k = Math.Max(0, i - 4); k < Math.Min(tokens.Count, i + 4); k++)
                    {
                        if (tokens[k].IsDigitStart)
                        {
                            return true;
                        }
                    }
                }

                if (t.Kind == TokenKind.Cjk && chineseAddress.AnyIn(t.Lower)
                    && ((i > 0 && tokens[i - 1].IsDigitStart) || (i + 1 < tokens.Count && tokens[i + 1].IsDigitStart)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
