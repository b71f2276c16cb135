using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Text;

namespace FollowUp.Phrases.Checking
{
    /// <summary>The built-in policy packs, and reading your own (same JSON format as <c>Checking/Policies/*.json</c>).</summary>
    public static class Policies
    {
        private static readonly Lazy<Dictionary<string, Policy>> BuiltInPacks = new Lazy<Dictionary<string, Policy>>(() =>
            EmbeddedData.ReadAll("FollowUp.Phrases.Policies.").Select(f => Parse(f.Text, f.Name)).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase));

        /// <summary>The built-in packs by id.</summary>
        public static IReadOnlyDictionary<string, Policy> BuiltIn => BuiltInPacks.Value;

        /// <summary>A built-in pack.</summary>
        /// <exception cref="ConfigurationException">No such pack; the message lists the known ones.</exception>
        public static Policy Get(string id) => KnownKeys.Get(BuiltIn, id, "policy", "policies");

        /// <summary>Like <see cref="Get"/>, returning false for an unknown id.</summary>
        public static bool TryGet(string id, out Policy policy) => BuiltIn.TryGetValue(id ?? "", out policy!);

        /// <summary>Reads a policy pack.</summary>
        /// <exception cref="DataFileException">The JSON is malformed; the message names line, column and field.</exception>
        public static Policy Parse(string json, string sourceName = "policy")
        {
            var (root, f) = JsonFields.Parse(json, sourceName);
            f.ExpectObject(root, "", "$schema", "id", "kind", "source", "checkedOn", "severities", "requireSenderIdentity", "requireUnsubscribeOnEveryEmail", "terms");
            var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
            if (f.Optional(root, "severities") is JsonNode sev)
            {
                f.ExpectObject(sev, "severities");
                foreach (var p in sev.Properties!)
                {
                    var text = f.String(p.Value, "severities." + p.Key.Name);
                    severities[p.Key.Name] = text switch
                    {
                        "error" => Severity.Error,
                        "warning" => Severity.Warning,
                        "info" => Severity.Info,
                        _ => throw f.Fail(p.Value, "severities." + p.Key.Name, "use error, warning or info."),
                    };
                }
            }

            var terms = new List<PolicyTerm>();
            if (f.Optional(root, "terms") is JsonNode list)
            {
                var items = f.Array(list, "terms");
                for (var i = 0; i < items.Length; i++)
                {
                    var path = $"terms[{i}]";
                    f.ExpectObject(items[i], path, "text", "channels", "purposes", "message");
                    var channels = f.Optional(items[i], "channels") is JsonNode c
                        ? f.Array(c, path + ".channels").Select(n => f.String(n, path + ".channels") switch
                        {
                            "email" => Channel.Email,
                            "platform" => Channel.Platform,
                            "chat" => Channel.Chat,
                            _ => throw f.Fail(n, path + ".channels", "use email, platform or chat."),
                        }).ToArray()
                        : Array.Empty<Channel>();
                    var purposes = f.Optional(items[i], "purposes") is JsonNode pu
                        ? f.Array(pu, path + ".purposes").Select(n => f.String(n, path + ".purposes") switch
                        {
                            "marketing" => MessagePurpose.Marketing,
                            "transactional" => MessagePurpose.Transactional,
                            _ => throw f.Fail(n, path + ".purposes", "use marketing or transactional."),
                        }).ToArray()
                        : Array.Empty<MessagePurpose>();
                    terms.Add(new PolicyTerm(f.String(f.Required(items[i], path, "text"), path + ".text").ToLowerInvariant(), channels, purposes, f.String(f.Required(items[i], path, "message"), path + ".message")));
                }
            }

            bool Flag(string name) => f.Optional(root, name) is JsonNode n && (n.Kind == JsonKind.True || (n.Kind == JsonKind.False ? false : throw f.Fail(n, name, "expected true or false.")));

            return new Policy(
                f.String(f.Required(root, "", "id"), "id"),
                f.String(f.Required(root, "", "kind"), "kind"),
                f.String(f.Required(root, "", "source"), "source"),
                f.Date(f.Required(root, "", "checkedOn"), "checkedOn"),
                severities,
                Flag("requireSenderIdentity"),
                Flag("requireUnsubscribeOnEveryEmail"),
                terms);
        }
    }
}
