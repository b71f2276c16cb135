using System.Collections.Generic;

namespace FollowUp.Phrases.Text
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A JSON value that remembers where it stood in its file, so errors can point at it.</summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonKind kind, int offset)
        {
            Kind = kind;
            Offset = offset;
        }

        public JsonKind Kind { get; }

        /// <summary>UTF-16 offset of the value's first character in the source.</summary>
        public int Offset { get; }

        public string? Text { get; set; }

        /// <summary>For strings: source offset of each decoded character, plus one entry for the closing quote.</summary>
        public int[]? SourceMap { get; set; }

        public List<KeyValuePair<JsonProperty, JsonNode>>? Properties { get; set; }

        public List<JsonNode>? Items { get; set; }

        public string KindName => Kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.True => "true",
            JsonKind.False => "false",
            _ => "null",
        };
    }

    /// <summary>An object's property name and where it stood.</summary>
    internal readonly struct JsonProperty
    {
        public JsonProperty(string name, int offset)
        {
            Name = name;
            Offset = offset;
        }

        public string Name { get; }

        public int Offset { get; }
    }
}
