using System;
using System.Collections.Generic;
using NodaTime;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// A platform's or jurisdiction's rules as data: severities it raises, checks it switches on and terms it restricts,
    /// with the source they come from. Built-in packs: amazon, ebay, aliexpress, alibaba, wish, shopify; eu, uk, us, ca.
    /// </summary>
    public sealed class Policy
    {
        internal Policy(string id, string kind, string source, LocalDate checkedOn, IReadOnlyDictionary<string, Severity> severities,
            bool requireSenderIdentity, bool requireUnsubscribeOnEveryEmail, IReadOnlyList<PolicyTerm> terms)
        {
            Id = id;
            Kind = kind;
            Source = source;
            CheckedOn = checkedOn;
            Severities = severities;
            RequireSenderIdentity = requireSenderIdentity;
            RequireUnsubscribeOnEveryEmail = requireUnsubscribeOnEveryEmail;
            Terms = terms;
        }

        /// <summary>The id used in options and <c>followup.json</c> (<c>amazon</c>, <c>us</c>).</summary>
        public string Id { get; }

        /// <summary><c>platform</c> or <c>jurisdiction</c>.</summary>
        public string Kind { get; }

        /// <summary>Where the rules come from.</summary>
        public string Source { get; }

        /// <summary>When the source was last checked.</summary>
        public LocalDate CheckedOn { get; }

        /// <summary>Severities the policy sets, by rule id.</summary>
        public IReadOnlyDictionary<string, Severity> Severities { get; }

        /// <summary>Whether marketing email must show the sender's postal address.</summary>
        public bool RequireSenderIdentity { get; }

        /// <summary>Whether every email needs an unsubscribe link.</summary>
        public bool RequireUnsubscribeOnEveryEmail { get; }

        /// <summary>Terms the policy restricts, reported by <c>sensitive-term</c>.</summary>
        public IReadOnlyList<PolicyTerm> Terms { get; }
    }

    /// <summary>A restricted term: where it applies and why.</summary>
    /// <param name="Text">The term, matched case-insensitively as whole words.</param>
    /// <param name="Channels">The channels it applies to; empty for all.</param>
    /// <param name="Purposes">The purposes it applies to; empty for all.</param>
    /// <param name="Message">Why it is restricted.</param>
    public sealed record PolicyTerm(string Text, IReadOnlyList<Channel> Channels, IReadOnlyList<MessagePurpose> Purposes, string Message);
}
