using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>One labelled corpus line: its context as the labels give it (purpose left to the caller) and its expected findings.</summary>
    internal sealed record CorpusCase(string Id, string? Locale, string Text, CheckContext Context, MessagePurpose Label, List<(string Rule, string? Span, bool Optional)> Expected)
    {
        public static IEnumerable<CorpusCase> Read(string path)
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var c = doc.RootElement;
                var locale = c.TryGetProperty("locale", out var l) ? l.GetString() : null;
                var context = new CheckContext
                {
                    Channel = c.GetProperty("channel").GetString() switch { "platform" => Channel.Platform, "chat" => Channel.Chat, _ => Channel.Email },
                    Stage = OrderStages.Parse(c.GetProperty("stage").GetString()!),
                    Format = c.GetProperty("format").GetString() == "html" ? MessageFormat.Html : MessageFormat.Text,
                    Locale = locale,
                };
                var label = c.GetProperty("purpose").GetString() == "marketing" ? MessagePurpose.Marketing : MessagePurpose.Transactional;
                var expected = c.GetProperty("expect").EnumerateArray()
                    .Select(e => (
                        e.GetProperty("rule").GetString()!,
                        e.GetProperty("span").ValueKind == JsonValueKind.Null ? null : e.GetProperty("span").GetString(),
                        e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True))
                    .ToList();
                yield return new CorpusCase(c.GetProperty("id").GetString()!, locale, c.GetProperty("text").GetString()!, context, label, expected);
            }
        }
    }
}
