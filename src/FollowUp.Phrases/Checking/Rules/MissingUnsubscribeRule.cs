using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>missing-unsubscribe</c>: a marketing email with no working way to opt out — a http(s) or mailto link beside
    /// "unsubscribe", "opt out", "stop receiving", "manage email preferences" or "退订", or whose address says so.
    /// </summary>
    internal sealed class MissingUnsubscribeRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.MissingUnsubscribe,
            Severity.Error,
            "Marketing email without a working opt-out link",
            "CAN-SPAM, GDPR and CASL require a working opt-out in every commercial email, and Gmail and Yahoo reject bulk " +
            "senders without one. Words alone ('you can unsubscribe at any time') or a link to '#' do not count: add a " +
            "link whose text or address says unsubscribe.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        // Only marketing email needs the link, and marketing needs commercial content (a subject, read with the body, may carry it).
        public RuleTriggers? Triggers { get; } = RuleTriggers.Any(TextFeatures.Chinese | TextFeatures.Percent, "purpose.commercial");

        public RuleReach ReachIn(CheckContext context) => context.Channel != Channel.Email ? RuleReach.Never
            : RequireOnEveryEmail || context.Purpose == MessagePurpose.Marketing || context.Subject != null ? RuleReach.Always
            : context.Purpose == MessagePurpose.Transactional ? RuleReach.Never
            : RuleReach.Screened;

        /// <summary>When true, transactional emails need an opt-out link too (a stricter house policy).</summary>
        public bool RequireOnEveryEmail { get; set; }

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            var context = a.Context;
            if (context.Channel != Channel.Email || (a.Purpose != MessagePurpose.Marketing && !RequireOnEveryEmail))
            {
                return;
            }

            foreach (var link in a.Links)
            {
                if (link.IsWorking && link.Role == LinkRole.Unsubscribe)
                {
                    return;
                }
            }

            findings.Add(FindingWording.ReportWholeMessage(a, Rule, severity, "message", "suggestion"));
        }
    }
}
