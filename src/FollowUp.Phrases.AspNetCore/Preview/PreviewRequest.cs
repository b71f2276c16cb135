using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>
    /// A JSON request body read within the size limit, with typed field access whose errors name the field. Unknown
    /// fields are ignored: the page and a newer API may differ by a field.
    /// </summary>
    internal sealed class PreviewRequest : IDisposable
    {
        private readonly JsonDocument _document;

        private PreviewRequest(JsonDocument document) => _document = document;

        private JsonElement Root => _document.RootElement;

        public static async Task<PreviewRequest> ReadAsync(HttpRequest request, int maxBytes)
        {
            if (request.ContentLength > maxBytes)
            {
                throw new PreviewRequestException(null, $"The request body has {request.ContentLength} bytes; the preview reads at most {maxBytes}.", StatusCodes.Status413PayloadTooLarge);
            }

            // Read at most one byte past the limit, whatever Content-Length said (chunked bodies have none).
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, 0, chunk.Length).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    throw new PreviewRequestException(null, $"The request body is larger than {maxBytes} bytes, the most the preview reads.", StatusCodes.Status413PayloadTooLarge);
                }
            }

            try
            {
                var document = JsonDocument.Parse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    document.Dispose();
                    throw new PreviewRequestException(null, "The request body must be a JSON object.");
                }

                return new PreviewRequest(document);
            }
            catch (JsonException e)
            {
                throw new PreviewRequestException(null, $"The request body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
            }
        }

        /// <summary>A string field; null when absent or null; an error when it has another type or is required and empty.</summary>
        public string? String(string field, bool required = false)
        {
            var value = Find(field);
            if (value is null || value.Value.ValueKind == JsonValueKind.Null)
            {
                return required ? throw new PreviewRequestException(field, $"'{field}' is required.") : null;
            }

            if (value.Value.ValueKind != JsonValueKind.String)
            {
                throw new PreviewRequestException(field, $"'{field}' must be a string, not {Kind(value.Value)}.");
            }

            var text = value.Value.GetString()!;
            return required && text.Length == 0 ? throw new PreviewRequestException(field, $"'{field}' is empty.") : text;
        }

        /// <summary>One of <paramref name="choices"/> (case-insensitive), or null when absent or empty.</summary>
        public string? Choice(string field, params string[] choices)
        {
            var text = String(field);
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            foreach (var choice in choices)
            {
                if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase))
                {
                    return choice;
                }
            }

            throw new PreviewRequestException(field, $"'{field}' is '{text}'; use one of: {string.Join(", ", choices)}.");
        }

        /// <summary>A nested object's string field, as "template.body".</summary>
        public string? Nested(string parent, string field)
        {
            var value = Find(parent);
            if (value is null || value.Value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.Object)
            {
                throw new PreviewRequestException(parent, $"'{parent}' must be an object, not {Kind(value.Value)}.");
            }

            if (!value.Value.TryGetProperty(field, out var inner) || inner.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return inner.ValueKind == JsonValueKind.String
                ? inner.GetString()
                : throw new PreviewRequestException(parent + "." + field, $"'{parent}.{field}' must be a string, not {Kind(inner)}.");
        }

        public bool Has(string field) => Find(field) is { ValueKind: not JsonValueKind.Null };

        public void Dispose() => _document.Dispose();

        private JsonElement? Find(string field) => Root.TryGetProperty(field, out var value) ? value : null;

        private static string Kind(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true/false",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => e.ValueKind.ToString().ToLowerInvariant(),
        };
    }
}
