using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace FollowUp.Phrases.Text
{
    /// <summary>Reads typed fields from a <see cref="JsonNode"/>, failing with file, line, column and field.</summary>
    internal sealed class JsonFields
    {
        private readonly string _source;
        private readonly LineMap _lines;

        public JsonFields(string source, LineMap lines)
        {
            _source = source;
            _lines = lines;
        }

        public static (JsonNode Root, JsonFields Fields) Parse(string json, string source)
        {
            var (root, lines) = PositionedJson.Parse(json, source);
            return (root, new JsonFields(source, lines));
        }

        public DataFileException Fail(JsonNode node, string field, string problem) => FailAt(node.Offset, field, problem);

        public DataFileException FailAt(int offset, string field, string problem)
        {
            var (line, column) = _lines.Locate(offset);
            return new DataFileException(_source, line, column, field, null, problem);
        }

        public void ExpectObject(JsonNode node, string field, params string[] allowed)
        {
            if (node.Kind != JsonKind.Object)
            {
                throw Fail(node, field, $"expected an object, found {node.KindName}.");
            }

            if (allowed.Length == 0)
            {
                return;
            }

            foreach (var p in node.Properties!)
            {
                if (System.Array.IndexOf(allowed, p.Key.Name) < 0)
                {
                    throw FailAt(p.Key.Offset, Join(field, p.Key.Name), $"unknown field; allowed here: {string.Join(", ", allowed.Where(a => a != "$schema"))}.");
                }
            }
        }

        public JsonNode? Optional(JsonNode node, string name)
        {
            var value = node.Properties!.FirstOrDefault(p => p.Key.Name == name).Value;
            return value is null || value.Kind == JsonKind.Null ? null : value;
        }

        public JsonNode Required(JsonNode node, string parent, string name) =>
            Optional(node, name) ?? throw Fail(node, Join(parent, name), "missing.");

        public string String(JsonNode node, string field) =>
            node.Kind == JsonKind.String ? node.Text! : throw Fail(node, field, $"expected a string, found {node.KindName}.");

        public int Integer(JsonNode node, string field, int min, int max)
        {
            if (node.Kind != JsonKind.Number || !int.TryParse(node.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                throw Fail(node, field, $"expected a whole number from {min} to {max}.");
            }

            return value;
        }

        public LocalDate Date(JsonNode node, string field)
        {
            var text = String(node, field);
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                throw Fail(node, field, $"'{text}' is not a date like '2026-12-04'.");
            }

            return Timing.SupportedTime.Contains(parsed.Value)
                ? parsed.Value
                : throw Fail(node, field, $"'{text}' is outside the supported range {Timing.SupportedTime.Range}.");
        }

        public JsonNode[] Array(JsonNode node, string field) =>
            node.Kind == JsonKind.Array ? node.Items!.ToArray() : throw Fail(node, field, $"expected an array, found {node.KindName}.");

        public static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;
    }
}
