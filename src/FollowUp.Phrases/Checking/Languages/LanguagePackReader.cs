using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Text;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>Reads a language pack through the positioned JSON reader, so every mistake names file, line, column and list.</summary>
    internal static class LanguagePackReader
    {
        // The ids RuleIds declares, read without building a checker (whose rules read these very packs).
        private static readonly Lazy<string[]> RuleIdsDeclared = new Lazy<string[]>(() => typeof(RuleIds)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray());

        private const string DatePlaceholders = "{weekday}, {day}, {month}, {year}";

        /// <summary>Reads the pack in <paramref name="json"/>, named <paramref name="source"/> in errors.</summary>
        /// <param name="json">The pack.</param>
        /// <param name="source">The file name errors give.</param>
        /// <param name="knownLists">The list names a pack may hold; null while the built-in packs themselves are read.</param>
        public static LanguagePack Read(string json, string source, ISet<string>? knownLists)
        {
            var (root, f) = JsonFields.Parse(json, source);
            f.ExpectObject(root, "", "$schema", "language", "name", "capitalizedNouns", "detection", "dates", "lists", "messages");
            var languageNode = f.Required(root, "", "language");
            var language = f.String(languageNode, "language");
            if (language.Length < 2 || language.Length > 3 || !language.All(c => c >= 'a' && c <= 'z'))
            {
                throw f.Fail(languageNode, "language", $"'{language}' is not an ISO 639 language code like 'fr' or 'it'.");
            }

            var name = f.String(f.Required(root, "", "name"), "name");
            var capitalized = f.Optional(root, "capitalizedNouns") is JsonNode cap && Bool(f, cap, "capitalizedNouns");

            IReadOnlyList<string> words = Array.Empty<string>(), endings = Array.Empty<string>();
            if (f.Optional(root, "detection") is JsonNode detection)
            {
                f.ExpectObject(detection, "detection", "words", "endings");
                words = Strings(f, f.Optional(detection, "words"), "detection.words");
                endings = Strings(f, f.Optional(detection, "endings"), "detection.endings");
            }

            var dates = f.Optional(root, "dates") is JsonNode d ? ReadDates(f, d) : null;

            var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (f.Optional(root, "lists") is JsonNode listsNode)
            {
                f.ExpectObject(listsNode, "lists");
                foreach (var p in listsNode.Properties!)
                {
                    var field = "lists." + p.Key.Name;
                    if (knownLists != null && !knownLists.Contains(p.Key.Name))
                    {
                        throw f.FailAt(p.Key.Offset, field, $"no list '{p.Key.Name}' is read by the checker; the list names are those in docs/language-pack.schema.json{Nearest(p.Key.Name, knownLists)}.");
                    }

                    lists[p.Key.Name] = Strings(f, p.Value, field);
                }
            }

            var messages = new Dictionary<string, RuleWording>(StringComparer.Ordinal);
            if (f.Optional(root, "messages") is JsonNode messagesNode)
            {
                f.ExpectObject(messagesNode, "messages");
                foreach (var p in messagesNode.Properties!)
                {
                    var field = "messages." + p.Key.Name;
                    if (Array.IndexOf(RuleIdsDeclared.Value, p.Key.Name) < 0)
                    {
                        throw f.FailAt(p.Key.Offset, field, $"no rule '{p.Key.Name}'; known rules: {string.Join(", ", RuleIdsDeclared.Value)}.");
                    }

                    f.ExpectObject(p.Value, field);
                    var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var t in p.Value.Properties!)
                    {
                        texts[t.Key.Name] = f.String(t.Value, field + "." + t.Key.Name);
                    }

                    if (!texts.ContainsKey("message"))
                    {
                        throw f.Fail(p.Value, field + ".message", "missing: every rule's wording needs a message.");
                    }

                    messages[p.Key.Name] = new RuleWording(texts);
                }
            }

            return new LanguagePack(language, name, source, capitalized, words, endings, dates ?? DateWriting.None, lists, messages);
        }

        private static DateWriting ReadDates(JsonFields f, JsonNode node)
        {
            f.ExpectObject(node, "dates", "months", "weekdays", "full", "short", "on", "between", "shorten");
            var months = Names(f, f.Required(node, "dates", "months"), "dates.months", 12);
            var weekdays = Names(f, f.Required(node, "dates", "weekdays"), "dates.weekdays", 7);
            string Pattern(string key, params string[] must)
            {
                var n = f.Required(node, "dates", key);
                var text = f.String(n, "dates." + key);
                foreach (var m in must)
                {
                    if (text.IndexOf(m, StringComparison.Ordinal) < 0)
                    {
                        throw f.Fail(n, "dates." + key, $"must hold {m} (placeholders: {DatePlaceholders}, {{date}}, {{first}}, {{last}}).");
                    }
                }

                return text;
            }

            var shortenNode = f.Required(node, "dates", "shorten");
            var shorten = f.String(shortenNode, "dates.shorten");
            if (shorten != "first" && shorten != "last")
            {
                throw f.Fail(shortenNode, "dates.shorten", "use 'first' (drop the year from a range's first date) or 'last'.");
            }

            return new DateWriting(months, weekdays, Pattern("full", "{day}", "{year}"), Pattern("short", "{day}"), Pattern("on", "{date}"), Pattern("between", "{first}", "{last}"), shorten == "first");
        }

        private static IReadOnlyList<IReadOnlyList<string>> Names(JsonFields f, JsonNode node, string field, int count)
        {
            var items = f.Array(node, field);
            if (items.Length != count)
            {
                throw f.Fail(node, field, $"expected {count} entries, found {items.Length}.");
            }

            var names = new IReadOnlyList<string>[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = Strings(f, items[i], $"{field}[{i}]");
                if (names[i].Count == 0)
                {
                    throw f.Fail(items[i], $"{field}[{i}]", "expected at least one name.");
                }
            }

            return names;
        }

        private static IReadOnlyList<string> Strings(JsonFields f, JsonNode? node, string field)
        {
            if (node is null)
            {
                return Array.Empty<string>();
            }

            var items = f.Array(node, field);
            var values = new string[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var text = f.String(items[i], $"{field}[{i}]");
                if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
                {
                    throw f.Fail(items[i], $"{field}[{i}]", text.Length == 0 ? "an entry is empty." : $"'{text}' starts or ends with a space.");
                }

                values[i] = text;
            }

            return values;
        }

        private static bool Bool(JsonFields f, JsonNode node, string field) => node.Kind switch
        {
            JsonKind.True => true,
            JsonKind.False => false,
            _ => throw f.Fail(node, field, $"expected true or false, found {node.KindName}."),
        };

        private static string Nearest(string name, ISet<string> known)
        {
            var best = known.OrderBy(k => Distance(name, k)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
            return best != null && Distance(name, best) <= Math.Max(2, name.Length / 4) ? $"; did you mean '{best}'?" : "";
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
