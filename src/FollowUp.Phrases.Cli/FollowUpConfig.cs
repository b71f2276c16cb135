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
    public sealed class FollowUpConfig : FollowUpSettings
    {
        /// <summary>Phrasebook files layered over the built-in phrasebook, in order; paths relative to the config file (the CLI's name for <see cref="FollowUpSettings.PhrasebookFiles"/>).</summary>
        public List<string> Phrasebooks { get; set; } = new List<string>();

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
                config.PhrasebookFiles.AddRange(config.Phrasebooks);

                // Validated once, every problem listed with its key, before any command runs.
                var problems = config.Validate();
                if (problems.Count > 0)
                {
                    throw new UsageException($"{file}: the settings cannot be used:\n  " + string.Join("\n  ", problems));
                }

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
            try
            {
                return CreateChecker(maxInputLength, maxFindings);
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
            foreach (var p in PhrasebookFiles)
            {
                yield return PathOf(p);
            }
        }
    }
}
