using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FollowUp.Phrases.Phrasebooks;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace FollowUp.Phrases.Serialization
{
    /// <summary>
    /// System.Text.Json settings for the library's types: camelCase names, kebab-case stages and enums, NodaTime
    /// instants as ISO 8601 (<c>2026-11-23T06:00:00Z</c>) and dates as <c>2026-12-04</c>. An <see cref="Lifecycle.OrderSnapshot"/>
    /// serialised with them is a valid order file for <see cref="Lifecycle.OrderFile"/>, and the other way round.
    /// </summary>
    /// <example>
    /// <code>
    /// string json = JsonSerializer.Serialize(order, FollowUpJson.Options);
    /// OrderSnapshot back = JsonSerializer.Deserialize&lt;OrderSnapshot&gt;(json, FollowUpJson.Options)!;
    /// </code>
    /// </example>
    public static class FollowUpJson
    {
        /// <summary>Ready-made, read-only options.</summary>
        public static JsonSerializerOptions Options { get; } = ReadOnly(Create());

        /// <summary>A fresh, mutable copy of <see cref="Options"/> to extend.</summary>
        public static JsonSerializerOptions Create() => Configure(new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        });

        /// <summary>
        /// Sets up options a host already has — ASP.NET Core's minimal-API or MVC options — to read and write the library's
        /// types as order files and the CLI do: camelCase names, NodaTime values (ISO 8601 instants, tzdb zones),
        /// kebab-case enums (<c>"in-transit"</c>), phrase keys as strings. Returns <paramref name="options"/>.
        /// </summary>
        /// <example>
        /// <code>
        /// builder.Services.ConfigureHttpJsonOptions(o =&gt; FollowUpJson.Configure(o.SerializerOptions));
        /// app.MapPost("/orders", (OrderSnapshot order) =&gt; …);   // binds an order file's JSON
        /// </code>
        /// </example>
        public static JsonSerializerOptions Configure(JsonSerializerOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.DictionaryKeyPolicy = null;
            options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.Converters.Add(new PhraseKeyConverter());
            return options;
        }

        private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
        {
            options.MakeReadOnly();
            return options;
        }

        /// <summary>The JSON Schema (draft 2020-12) of <paramref name="type"/> as these options read and write it.</summary>
        public static JsonNode SchemaFor(Type type, string title)
        {
            var schema = Options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
            {
                TransformSchemaNode = (context, node) =>
                {
                    var t = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                    if (t == typeof(Instant))
                    {
                        return new JsonObject { ["type"] = "string", ["format"] = "date-time", ["description"] = "An instant in ISO 8601 with a zone designator, e.g. 2026-11-23T06:00:00Z." };
                    }

                    if (t == typeof(LocalDate))
                    {
                        return new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "A calendar date, e.g. 2026-12-04." };
                    }

                    if (t == typeof(PhraseKey))
                    {
                        return new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$" };
                    }

                    return node;
                },
            });
            if (schema is JsonObject root)
            {
                var copy = new JsonObject
                {
                    ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                    ["title"] = title,
                };
                foreach (var pair in root)
                {
                    copy[pair.Key] = pair.Value?.DeepClone();
                }

                return copy;
            }

            return schema;
        }

        private sealed class PhraseKeyConverter : JsonConverter<PhraseKey>
        {
            public override PhraseKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                var text = reader.GetString();
                return PhraseKey.TryParse(text, out var key) ? key : throw new JsonException($"'{text}' is not a phrase key such as 'shipment.dispatched'.");
            }

            public override void Write(Utf8JsonWriter writer, PhraseKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
        }
    }
}
