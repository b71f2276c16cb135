using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Rendering.Liquid;
using FollowUp.Phrases.Text;

namespace FollowUp.Phrases.Phrasebooks
{
    /// <summary>
    /// Reads a phrasebook file. Every mistake — bad JSON, an unknown stage or fact, a template that does not parse — is
    /// reported with the file, line and column where it is, the field and the phrase key.
    /// </summary>
    internal sealed class PhrasebookReader
    {
        private static readonly string[] PhraseFields = { "stage", "purpose", "description", "requires", "channels", "reviewed", "sources", "texts" };
        private static readonly string[] TextFields = { "subject", "body", "html" };

        private readonly string _source;
        private readonly LineMap _lines;

        private PhrasebookReader(string source, LineMap lines)
        {
            _source = source;
            _lines = lines;
        }

        public static IReadOnlyList<Phrase> Read(string json, string source)
        {
            var (root, lines) = PositionedJson.Parse(json, source);
            return new PhrasebookReader(source, lines).ReadRoot(root, null);
        }

        /// <summary>
        /// Reads every phrase that can be read and collects the problem of each one that cannot, so a linter reports them
        /// all at once. A file that is not JSON, or whose top level is wrong, still stops at its first error.
        /// </summary>
        public static IReadOnlyList<Phrase> ReadCollecting(string json, string source, List<DataFileException> errors)
        {
            var (root, lines) = PositionedJson.Parse(json, source);
            return new PhrasebookReader(source, lines).ReadRoot(root, errors);
        }

        private IReadOnlyList<Phrase> ReadRoot(JsonNode root, List<DataFileException>? errors)
        {
            if (root.Kind != JsonKind.Object)
            {
                throw Fail(root.Offset, null, null, $"a phrasebook is a JSON object with a \"phrases\" object, not {root.KindName}.");
            }

            var phrasesNode = Property(root, "phrases") ?? throw Fail(root.Offset, null, null, "a phrasebook needs a \"phrases\" object mapping phrase keys to phrases.");
            if (phrasesNode.Kind != JsonKind.Object)
            {
                throw Fail(phrasesNode.Offset, "phrases", null, $"expected an object mapping phrase keys to phrases, found {phrasesNode.KindName}.");
            }

            foreach (var p in root.Properties!)
            {
                if (p.Key.Name != "phrases" && p.Key.Name != "$schema" && p.Key.Name != "version")
                {
                    throw Fail(p.Key.Offset, p.Key.Name, null, "unknown top-level field; a phrasebook has \"phrases\" (and optionally \"$schema\" and \"version\").");
                }
            }

            var phrases = new List<Phrase>();
            foreach (var entry in phrasesNode.Properties!)
            {
                try
                {
                    if (!PhraseKey.TryParse(entry.Key.Name, out var key, out var problem))
                    {
                        throw Fail(entry.Key.Offset, null, entry.Key.Name, problem);
                    }

                    phrases.Add(ReadPhrase(key, entry.Value));
                }
                catch (DataFileException e) when (errors != null)
                {
                    errors.Add(e); // the next phrase is read all the same
                }
            }

            return phrases;
        }

        private Phrase ReadPhrase(PhraseKey key, JsonNode node)
        {
            var k = key.Value;
            if (node.Kind != JsonKind.Object)
            {
                throw Fail(node.Offset, null, k, $"a phrase is an object with stage, purpose, requires and texts, not {node.KindName}.");
            }

            RejectUnknown(node, PhraseFields, k, "");

            var stageNode = Property(node, "stage") ?? throw Fail(node.Offset, "stage", k, $"missing; valid stages: {OrderStages.ValidNames}.");
            var stageText = RequireString(stageNode, "stage", k);
            if (!OrderStages.TryParse(stageText, out var stage))
            {
                throw Fail(stageNode.Offset, "stage", k, $"unknown stage '{stageText}'; valid stages: {OrderStages.ValidNames}.");
            }

            var purpose = MessagePurpose.Transactional;
            var purposeNode = Property(node, "purpose");
            if (purposeNode != null)
            {
                var text = RequireString(purposeNode, "purpose", k);
                purpose = text switch
                {
                    "transactional" => MessagePurpose.Transactional,
                    "marketing" => MessagePurpose.Marketing,
                    _ => throw Fail(purposeNode.Offset, "purpose", k, $"unknown purpose '{text}'; use 'transactional' or 'marketing'."),
                };
            }

            var descriptionNode = Property(node, "description");
            var description = descriptionNode is null ? null : RequireString(descriptionNode, "description", k);

            var sources = new List<string>();
            foreach (var (item, text) in Strings(Property(node, "sources"), "sources", k, "an array of sources (\"Amazon Communication Guidelines: …\")"))
            {
                sources.Add(text.Trim().Length > 0 ? text : throw Fail(item.Offset, "sources", k, "a source is empty; name the document and, if it has one, its address."));
            }

            var requires = new List<string>();
            foreach (var (item, fact) in Strings(Property(node, "requires"), "requires", k, "an array of fact names"))
            {
                if (!OrderFacts.IsKnown(fact))
                {
                    throw Fail(item.Offset, "requires", k, $"unknown fact '{fact}'; known facts: {string.Join(", ", OrderFacts.Names)}, or custom.NAME.");
                }

                if (!requires.Contains(fact))
                {
                    requires.Add(fact);
                }
            }

            var channels = new List<Channel>();
            var channelsNode = Property(node, "channels");
            if (channelsNode != null)
            {
                if (channelsNode.Kind == JsonKind.Array && channelsNode.Items!.Count == 0)
                {
                    throw Fail(channelsNode.Offset, "channels", k, "expected a non-empty array of 'email', 'platform', 'chat'.");
                }

                foreach (var (item, text) in Strings(channelsNode, "channels", k, "a non-empty array of 'email', 'platform', 'chat'"))
                {
                    channels.Add(text switch
                    {
                        "email" => Channel.Email,
                        "platform" => Channel.Platform,
                        "chat" => Channel.Chat,
                        _ => throw Fail(item.Offset, "channels", k, $"unknown channel '{text}'; use email, platform or chat."),
                    });
                }
            }
            else
            {
                channels.AddRange(new[] { Channel.Email, Channel.Platform, Channel.Chat });
            }

            NodaTime.LocalDate? reviewed = null;
            var reviewedNode = Property(node, "reviewed");
            if (reviewedNode != null)
            {
                var text = RequireString(reviewedNode, "reviewed", k);
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                reviewed = parsed.Success ? parsed.Value : throw Fail(reviewedNode.Offset, "reviewed", k, $"'{text}' is not a date like '2026-11-22'.");
            }

            var textsNode = Property(node, "texts") ?? throw Fail(node.Offset, "texts", k, "missing; give at least an \"en\" text with subject and body.");
            if (textsNode.Kind != JsonKind.Object || textsNode.Properties!.Count == 0)
            {
                throw Fail(textsNode.Offset, "texts", k, "expected an object mapping locales (\"en\", \"zh-CN\") to {subject, body, html}.");
            }

            var texts = new Dictionary<string, PhraseText>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in textsNode.Properties)
            {
                var locale = entry.Key.Name;
                if (!IsLocaleTag(locale))
                {
                    throw Fail(entry.Key.Offset, "texts", k, $"'{locale}' is not a BCP 47 language tag such as 'en', 'de' or 'zh-CN'.");
                }

                if (texts.ContainsKey(locale))
                {
                    throw Fail(entry.Key.Offset, "texts", k, $"locale '{locale}' appears twice (tags are case-insensitive).");
                }

                texts.Add(locale, ReadText(k, locale, entry.Value));
            }

            return new Phrase(key, stage, purpose, requires, description, texts, _source, channels, reviewed, sources);
        }

        private PhraseText ReadText(string key, string locale, JsonNode node)
        {
            var prefix = "texts." + locale;
            if (node.Kind != JsonKind.Object)
            {
                throw Fail(node.Offset, prefix, key, $"expected an object with subject and body, found {node.KindName}.");
            }

            RejectUnknown(node, TextFields, key, prefix + ".");
            var subjectNode = Property(node, "subject") ?? throw Fail(node.Offset, prefix + ".subject", key, "missing; every phrase needs a subject.");
            if (subjectNode.Kind != JsonKind.String)
            {
                throw Fail(subjectNode.Offset, prefix + ".subject", key, $"a subject is one line of text, not {subjectNode.KindName}.");
            }

            var bodyNode = Property(node, "body") ?? throw Fail(node.Offset, prefix + ".body", key, "missing; every phrase needs a plain-text body.");
            var htmlNode = Property(node, "html");
            var subject = Compile(subjectNode, prefix + ".subject", key);
            var body = Compile(bodyNode, prefix + ".body", key);
            var html = htmlNode is null ? null : Compile(htmlNode, prefix + ".html", key);
            return new PhraseText(locale, subject, body, html);
        }

        /// <summary>Compiles a template written as one string or as an array of lines, mapping errors back to the file.</summary>
        private LiquidTemplate Compile(JsonNode node, string field, string key)
        {
            var sb = new StringBuilder();
            var map = new List<int>();
            if (node.Kind == JsonKind.String)
            {
                sb.Append(node.Text);
                map.AddRange(node.SourceMap!);
            }
            else if (node.Kind == JsonKind.Array && node.Items!.Count > 0)
            {
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var line = node.Items[i];
                    if (line.Kind != JsonKind.String)
                    {
                        throw Fail(line.Offset, field, key, $"each line of a template is a string, found {line.KindName}.");
                    }

                    sb.Append(line.Text);
                    map.AddRange(line.SourceMap!.Take(line.Text!.Length));
                    if (i < node.Items.Count - 1)
                    {
                        sb.Append('\n');
                    }

                    map.Add(line.SourceMap![line.Text.Length]);
                }
            }
            else
            {
                throw Fail(node.Offset, field, key, $"expected a template string or an array of lines, found {node.KindName}.");
            }

            try
            {
                var lines = _lines;
                var origin = new TemplateOrigin(_source, offset => lines.Locate(map.Count == 0 ? node.Offset : map[Math.Min(offset, map.Count - 1)]));
                return LiquidTemplate.Compile(sb.ToString(), origin);
            }
            catch (TemplateCompileException e)
            {
                var offset = map.Count == 0 ? node.Offset : map[Math.Min(e.Offset, map.Count - 1)];
                throw Fail(offset, field, key, e.Message);
            }
        }

        private static JsonNode? Property(JsonNode node, string name) =>
            node.Properties!.FirstOrDefault(p => p.Key.Name == name).Value;

        private void RejectUnknown(JsonNode node, string[] allowed, string key, string prefix)
        {
            foreach (var p in node.Properties!)
            {
                if (Array.IndexOf(allowed, p.Key.Name) < 0)
                {
                    throw Fail(p.Key.Offset, prefix + p.Key.Name, key, $"unknown field; allowed here: {string.Join(", ", allowed)}.");
                }
            }
        }

        /// <summary>The strings of an array field with each item's node (for errors at the item); none when the field is absent.</summary>
        private IEnumerable<(JsonNode Item, string Text)> Strings(JsonNode? node, string field, string key, string expected)
        {
            if (node is null)
            {
                yield break;
            }

            if (node.Kind != JsonKind.Array)
            {
                throw Fail(node.Offset, field, key, $"expected {expected}, found {node.KindName}.");
            }

            foreach (var item in node.Items!)
            {
                yield return (item, RequireString(item, field, key));
            }
        }

        private string RequireString(JsonNode node, string field, string key)
        {
            if (node.Kind != JsonKind.String)
            {
                throw Fail(node.Offset, field, key, $"expected a string, found {node.KindName}.");
            }

            return node.Text!;
        }

        private static bool IsLocaleTag(string tag)
        {
            if (tag.Length < 2 || tag.Length > 35 || tag[0] == '-' || tag[tag.Length - 1] == '-')
            {
                return false;
            }

            return tag.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
        }

        private DataFileException Fail(int offset, string? field, string? key, string problem)
        {
            var (line, column) = _lines.Locate(offset);
            return new DataFileException(_source, line, column, field, key, problem);
        }
    }
}
