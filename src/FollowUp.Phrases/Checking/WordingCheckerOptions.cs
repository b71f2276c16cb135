using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// How the checker behaves. A plain options class: set what you need, then hand it to <see cref="WordingChecker"/>,
    /// which validates it once and keeps its own copy.
    /// </summary>
    public sealed class WordingCheckerOptions
    {
        /// <summary>Rules to switch off, by id.</summary>
        public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Severities that replace a rule's default, by rule id.</summary>
        public IDictionary<string, Severity> Severities { get; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

        /// <summary>
        /// Require an unsubscribe link on every email, not only marketing ones — a stricter house policy some
        /// sellers adopt for newsletters mixed with order updates. Default: false.
        /// </summary>
        public bool RequireUnsubscribeOnEveryEmail { get; set; }

        /// <summary>
        /// Check that marketing email shows the sender's postal address (CAN-SPAM, CASL): turn on for US or Canadian
        /// recipients. Default: false, so the rule <c>missing-sender-identity</c> is silent unless asked for.
        /// </summary>
        public bool RequireSenderIdentity { get; set; }

        /// <summary>
        /// Policy packs to apply, by id: platforms (<c>amazon</c>, <c>ebay</c>, <c>aliexpress</c>, <c>alibaba</c>, <c>wish</c>,
        /// <c>shopify</c>) and jurisdictions (<c>eu</c>, <c>uk</c>, <c>us</c>, <c>ca</c>). Default: none — the core rules at their
        /// default severities. Severities set here in <see cref="Severities"/> win over a policy's.
        /// </summary>
        public IList<string> Policies { get; } = new List<string>();

        /// <summary>
        /// Most findings reported for one message (default 1,000). The rest are counted in one <c>info</c> finding,
        /// <c>findings-truncated</c>, so a pasted log or a runaway template cannot flood a report.
        /// </summary>
        public int MaxFindings { get; set; } = 1000;

        /// <summary>
        /// Longest message checked, in UTF-16 code units (default 1,048,576: 1 MB of ASCII). A longer one is not read;
        /// it gets one error finding, <c>message-too-long</c>, saying so. Raise it for bulk text on purpose.
        /// </summary>
        public int MaxInputLength { get; set; } = 1024 * 1024;

        /// <summary>
        /// Rules of your own (<see cref="IMessageRule"/>), run after the built-in ones. Their ids must differ from every
        /// built-in id and from each other; <see cref="DisabledRules"/>, <see cref="Severities"/> and suppression markers
        /// name them like built-in rules.
        /// </summary>
        public IList<IMessageRule> CustomRules { get; } = new List<IMessageRule>();

        /// <summary>
        /// The language packs messages are read with (default <see cref="Languages.LanguagePacks.BuiltIn"/>: en, zh, de,
        /// es, fr). Add or replace one with <c>LanguagePacks.BuiltIn.With(LanguagePacks.LoadFile("it.json"))</c>.
        /// </summary>
        public Languages.LanguagePacks Languages { get; set; } = Checking.Languages.LanguagePacks.BuiltIn;
    }
}
