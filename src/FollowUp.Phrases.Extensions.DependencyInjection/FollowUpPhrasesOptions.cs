using System.Collections.Generic;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Extensions.DependencyInjection
{
    /// <summary>
    /// Settings for <see cref="FollowUpPhrasesServiceCollectionExtensions.AddFollowUpPhrases(Microsoft.Extensions.DependencyInjection.IServiceCollection, System.Action{FollowUpPhrasesOptions})"/>,
    /// bindable from configuration (section <c>FollowUpPhrases</c>) and validated when the host starts.
    /// </summary>
    public sealed class FollowUpPhrasesOptions
    {
        /// <summary>Phrasebook files layered over the built-in phrasebook, in order; relative paths start at <see cref="BaseDirectory"/>.</summary>
        public List<string> PhrasebookFiles { get; set; } = new List<string>();

        /// <summary>Language pack files added to (or replacing) the built-in packs; relative paths start at <see cref="BaseDirectory"/>.</summary>
        public List<string> LanguagePackFiles { get; set; } = new List<string>();

        /// <summary>
        /// Where relative file paths start. Default: the host's content root (the <c>contentRoot</c> setting ASP.NET Core
        /// and the generic host provide), else the current directory.
        /// </summary>
        public string? BaseDirectory { get; set; }

        /// <summary>Policy packs to apply by id (<c>amazon</c>, <c>eu</c>…), as in <see cref="WordingCheckerOptions.Policies"/>.</summary>
        public List<string> Policies { get; set; } = new List<string>();

        /// <summary>Check that marketing email shows the sender's postal address (<c>missing-sender-identity</c>).</summary>
        public bool RequireSenderIdentity { get; set; }

        /// <summary>The seller's zone: tzdb id or offset such as <c>UTC+8</c>. Default <c>UTC+8</c>.</summary>
        public string SellerTimeZone { get; set; } = "UTC+8";

        /// <summary>The locale used when neither the call nor the buyer names one. Default <c>en</c>.</summary>
        public string DefaultLocale { get; set; } = "en";

        /// <summary>Throw when a rendered message has an error-level finding. Default false.</summary>
        public bool RefuseOnErrors { get; set; }

        /// <summary>Rule ids to switch off.</summary>
        public List<string> DisabledRules { get; set; } = new List<string>();

        /// <summary>Severity overrides by rule id.</summary>
        public Dictionary<string, Severity> Severities { get; set; } = new Dictionary<string, Severity>();

        /// <summary>Require an unsubscribe link on every email, not only marketing ones.</summary>
        public bool RequireUnsubscribeOnEveryEmail { get; set; }
    }
}
