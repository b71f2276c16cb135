using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Serialization;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// <c>followup.json</c>: settings the CLI reads from the current folder (or <c>--config FILE</c>) so a team shares
    /// one set of phrasebooks, seller zone and rule settings.
    /// </summary>
    public sealed class FollowUpConfig
    {
        /// <summary>Phrasebook files layered over the built-in phrasebook, in order; paths relative to the config file.</summary>
        public List<string> Phrasebooks { get; set; } = new List<string>();

        /// <summary>The seller's zone: a tzdb id or an offset such as <c>UTC+8</c>. Default UTC+8.</summary>
        public string? SellerTimeZone { get; set; }

        /// <summary>Rule ids to switch off.</summary>
        public List<string> DisabledRules { get; set; } = new List<string>();

        /// <summary>Severity per rule id: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
        public Dictionary<string, Severity> Severities { get; set; } = new Dictionary<string, Severity>();

        /// <summary>Require an unsubscribe link on every email, not only marketing ones.</summary>
        public bool RequireUnsubscribeOnEveryEmail { get; set; }

        /// <summary>Policy packs to apply: amazon, ebay, aliexpress, alibaba, wish, shopify; eu, uk, us, ca.</summary>
        public List<string> Policies { get; set; } = new List<string>();

        /// <summary>Rules silenced for particular phrase keys, e.g. <c>{ "order.unpaid-reminder-2": ["shouting"] }</c>.</summary>
        public Dictionary<string, List<string>> Suppress { get; set; } = new Dictionary<string, List<string>>();

        /// <summary>Check marketing email for the sender's postal address (CAN-SPAM, CASL).</summary>
        public bool RequireSenderIdentity { get; set; }

        internal string BaseDirectory { get; private set; } = ".";

        // The file the settings came from, so errors name the file actually read.
        internal string SourceName { get; private set; } = "followup.json";

        // Unknown keys are errors: a misspelt setting ("disabledRule") must not be silently ignored.
        private static readonly JsonSerializerOptions StrictOptions = new JsonSerializerOptions(FollowUpJson.Options)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        };

        /// <summary>The config given by <c>--config</c>, else <c>followup.json</c> in the current folder, else defaults.</summary>
        internal static FollowUpConfig Load(string? path)
        {
            var file = path ?? (File.Exists("followup.json") ? "followup.json" : null);
            if (file is null)
            {
                return new FollowUpConfig();
            }

            if (!File.Exists(file))
            {
                throw new UsageException($"--config '{file}' does not exist.");
            }

            try
            {
                var config = JsonSerializer.Deserialize<FollowUpConfig>(File.ReadAllText(file), StrictOptions) ?? new FollowUpConfig();
                config.BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
                config.SourceName = file;
                return config;
            }
            catch (JsonException e)
            {
                var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $"field '{e.Path!.TrimStart('$', '.')}': ";
                var problem = e.Message.IndexOf("could not be mapped", StringComparison.Ordinal) >= 0
                    ? $"unknown setting; the settings are {string.Join(", ", SettingNames())}."
                    : CheckCommand.FirstSentence(e.Message);
                throw new UsageException($"{file}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): {field}{problem}");
            }
        }

        private static IEnumerable<string> SettingNames() => typeof(FollowUpConfig)
            .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Select(p => StrictOptions.PropertyNamingPolicy?.ConvertName(p.Name) ?? p.Name)
            .OrderBy(n => n, StringComparer.Ordinal);

        internal WordingChecker Checker(int? maxInputLength = null, int? maxFindings = null)
        {
            var options = new WordingCheckerOptions { RequireUnsubscribeOnEveryEmail = RequireUnsubscribeOnEveryEmail, RequireSenderIdentity = RequireSenderIdentity };
            if (maxInputLength is int input)
            {
                options.MaxInputLength = input;
            }

            if (maxFindings is int findings)
            {
                options.MaxFindings = findings;
            }

            foreach (var rule in DisabledRules)
            {
                options.DisabledRules.Add(rule);
            }

            foreach (var policy in Policies)
            {
                options.Policies.Add(policy);
            }

            foreach (var pair in Severities)
            {
                options.Severities[pair.Key] = pair.Value;
            }

            try
            {
                return new WordingChecker(options);
            }
            catch (ConfigurationException e)
            {
                throw new UsageException($"{SourceName}: {e.Message}");
            }
        }

        internal void ApplyTo(FollowUp.Phrases.Rendering.PhraseEngineOptions options)
        {
            foreach (var pair in Suppress)
            {
                options.SuppressedRulesByPhrase[pair.Key] = new HashSet<string>(pair.Value, StringComparer.Ordinal);
            }
        }

        internal IEnumerable<string> PhrasebookPaths()
        {
            foreach (var p in Phrasebooks)
            {
                yield return Path.IsPathRooted(p) ? p : Path.Combine(BaseDirectory, p);
            }
        }
    }
}
