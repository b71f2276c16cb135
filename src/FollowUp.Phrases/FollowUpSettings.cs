using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases
{
    /// <summary>
    /// Every setting an application gives the library, in one plain class: bound from <c>IConfiguration</c> by the DI
    /// package (section <c>FollowUpPhrases</c>) and read from <c>followup.json</c> by the CLI, validated once by
    /// <see cref="Validate"/>, which lists every problem with its key. Relative file paths start at
    /// <see cref="BaseDirectory"/> (the content root, or the config file's folder).
    /// </summary>
    /// <example>
    /// <code>
    /// var settings = new FollowUpSettings { SellerTimeZone = "Asia/Shanghai", Policies = { "amazon" } };
    /// settings.ThrowIfInvalid();
    /// var engine = settings.CreateEngine(SystemClock.Instance);
    /// </code>
    /// </example>
    public class FollowUpSettings
    {
        /// <summary>Phrasebook files layered over the built-in phrasebook, in order.</summary>
        public List<string> PhrasebookFiles { get; set; } = new List<string>();

        /// <summary>Language pack files added to (or replacing) the built-in packs.</summary>
        public List<string> LanguagePackFiles { get; set; } = new List<string>();

        /// <summary>Where relative file paths start. Default: the current directory.</summary>
        public string? BaseDirectory { get; set; }

        /// <summary>The seller's zone: a tzdb id or an offset such as <c>UTC+8</c>. Default <c>UTC+8</c>.</summary>
        public string SellerTimeZone { get; set; } = "UTC+8";

        /// <summary>The locale used when neither the call nor the buyer names one. Default <c>en</c>.</summary>
        public string DefaultLocale { get; set; } = "en";

        /// <summary>Throw when a rendered message has an error-level finding. Default false.</summary>
        public bool RefuseOnErrors { get; set; }

        /// <summary>Rule ids to switch off.</summary>
        public List<string> DisabledRules { get; set; } = new List<string>();

        /// <summary>Severity overrides by rule id.</summary>
        public Dictionary<string, Severity> Severities { get; set; } = new Dictionary<string, Severity>();

        /// <summary>Policy packs by id (<c>amazon</c>, <c>eu</c>…).</summary>
        public List<string> Policies { get; set; } = new List<string>();

        /// <summary>Rules silenced for particular phrase keys: <c>{ "order.unpaid-reminder-2": ["shouting"] }</c>.</summary>
        public Dictionary<string, List<string>> Suppress { get; set; } = new Dictionary<string, List<string>>();

        /// <summary>Require an unsubscribe link on every email, not only marketing ones.</summary>
        public bool RequireUnsubscribeOnEveryEmail { get; set; }

        /// <summary>Check that marketing email shows the sender's postal address (<c>missing-sender-identity</c>).</summary>
        public bool RequireSenderIdentity { get; set; }

        /// <summary>When the planner proposes each follow-up.</summary>
        public PlannerSettings Planner { get; set; } = new PlannerSettings();

        /// <summary>A file setting as an absolute path, relative ones starting at <see cref="BaseDirectory"/>.</summary>
        public string PathOf(string file) =>
            Path.GetFullPath(Path.Combine(BaseDirectory ?? Directory.GetCurrentDirectory(), file ?? throw new ArgumentNullException(nameof(file))));

        /// <summary>Every problem of these settings, each starting with its key ("SellerTimeZone: …"); empty when they can be used.</summary>
        public IReadOnlyList<string> Validate()
        {
            var problems = new List<string>();
            void Try(string key, Action check)
            {
                try
                {
                    check();
                }
                catch (FollowUpException e)
                {
                    problems.Add($"{key}: {e.Message}");
                }
            }

            Try(nameof(SellerTimeZone), () => SellerTime.ResolveZone(SellerTimeZone));
            if (string.IsNullOrWhiteSpace(DefaultLocale))
            {
                problems.Add($"{nameof(DefaultLocale)}: required, e.g. 'en'.");
            }
            else if (!Phrasebook.BuiltIn.Phrases.Any(p => p.Locales.Any(l => LanguagePacks.LanguageOf(l) == LanguagePacks.LanguageOf(DefaultLocale))))
            {
                problems.Add($"{nameof(DefaultLocale)}: no built-in phrase is written in '{DefaultLocale}'; use one of the phrasebook's locales (en, zh-CN, de, es).");
            }

            var filesLoad = true;
            foreach (var file in PhrasebookFiles)
            {
                var path = PathOf(file);
                if (!File.Exists(path))
                {
                    problems.Add($"{nameof(PhrasebookFiles)}: '{path}' does not exist.");
                    continue;
                }

                Try(nameof(PhrasebookFiles), () => Phrasebook.LoadFile(path));
            }

            foreach (var file in LanguagePackFiles)
            {
                var path = PathOf(file);
                if (!File.Exists(path))
                {
                    problems.Add($"{nameof(LanguagePackFiles)}: '{path}' does not exist.");
                    filesLoad = false;
                    continue;
                }

                var before = problems.Count;
                Try(nameof(LanguagePackFiles), () => LanguagePack.LoadFile(path));
                filesLoad &= problems.Count == before;
            }

            if (filesLoad)
            {
                Try("Rules", () => CreateChecker());
            }

            foreach (var pair in Suppress)
            {
                foreach (var rule in pair.Value.Where(r => Array.IndexOf(WordingChecker.KnownRuleIds, r) < 0))
                {
                    problems.Add($"{nameof(Suppress)}:{pair.Key}: no rule '{rule}'; known rules: {string.Join(", ", WordingChecker.KnownRuleIds)}.");
                }
            }

            Try(nameof(Planner), () => Planner.ToOptions().Validate());
            return problems;
        }

        /// <summary>Throws one <see cref="ConfigurationException"/> listing every problem <see cref="Validate"/> finds.</summary>
        public void ThrowIfInvalid()
        {
            var problems = Validate();
            if (problems.Count > 0)
            {
                throw new ConfigurationException("The settings cannot be used:\n  " + string.Join("\n  ", problems), "settings");
            }
        }

        /// <summary>
        /// Copies every setting into <paramref name="target"/> (another kind of settings: the CLI's followup.json into a
        /// host's DI options), lists and maps as copies; <see cref="BaseDirectory"/> goes along, so relative files resolve
        /// as they did here.
        /// </summary>
        internal void CopyTo(FollowUpSettings target)
        {
            target.PhrasebookFiles = PhrasebookFiles.ToList();
            target.LanguagePackFiles = LanguagePackFiles.ToList();
            target.BaseDirectory = BaseDirectory;
            target.SellerTimeZone = SellerTimeZone;
            target.DefaultLocale = DefaultLocale;
            target.RefuseOnErrors = RefuseOnErrors;
            target.DisabledRules = DisabledRules.ToList();
            target.Severities = new Dictionary<string, Severity>(Severities);
            target.Policies = Policies.ToList();
            target.Suppress = Suppress.ToDictionary(p => p.Key, p => p.Value.ToList());
            target.RequireUnsubscribeOnEveryEmail = RequireUnsubscribeOnEveryEmail;
            target.RequireSenderIdentity = RequireSenderIdentity;
            target.Planner = Planner;
        }

        /// <summary>The checker these settings describe.</summary>
        public WordingChecker CreateChecker(int? maxInputLength = null, int? maxFindings = null)
        {
            var options = new WordingCheckerOptions
            {
                RequireUnsubscribeOnEveryEmail = RequireUnsubscribeOnEveryEmail,
                RequireSenderIdentity = RequireSenderIdentity,
                Languages = LanguagePacks.BuiltIn.With(LanguagePackFiles.Select(f => LanguagePack.LoadFile(PathOf(f))).ToArray()),
            };
            options.MaxInputLength = maxInputLength ?? options.MaxInputLength;
            options.MaxFindings = maxFindings ?? options.MaxFindings;
            DisabledRules.ForEach(r => options.DisabledRules.Add(r));
            Policies.ForEach(p => options.Policies.Add(p));
            foreach (var pair in Severities)
            {
                options.Severities[pair.Key] = pair.Value;
            }

            return new WordingChecker(options);
        }

        /// <summary>The phrasebook: the built-in one with <see cref="PhrasebookFiles"/> on top.</summary>
        public Phrasebook CreatePhrasebook() => PhrasebookFiles.Aggregate(Phrasebook.BuiltIn, (book, file) => book.With(Phrasebook.LoadFile(PathOf(file))));

        /// <summary>Engine options these settings describe, to adjust before building an engine.</summary>
        public PhraseEngineOptions CreateEngineOptions(IClock clock, WordingChecker? checker = null, Phrasebook? phrasebook = null)
        {
            var options = new PhraseEngineOptions
            {
                Clock = clock ?? throw new ArgumentNullException(nameof(clock)),
                Phrasebook = phrasebook ?? CreatePhrasebook(),
                Checker = checker ?? CreateChecker(),
                SellerTimeZone = SellerTime.ResolveZone(SellerTimeZone),
                DefaultLocale = DefaultLocale,
                RefuseOnErrors = RefuseOnErrors,
            };
            foreach (var pair in Suppress)
            {
                options.SuppressedRulesByPhrase[pair.Key] = new HashSet<string>(pair.Value, StringComparer.Ordinal);
            }

            return options;
        }

        /// <summary>The engine these settings describe.</summary>
        public PhraseEngine CreateEngine(IClock clock) => new PhraseEngine(CreateEngineOptions(clock));

        /// <summary>The planner these settings describe.</summary>
        public FollowUpPlanner CreatePlanner(IClock clock) => new FollowUpPlanner(Planner.ToOptions(), clock);
    }
}
