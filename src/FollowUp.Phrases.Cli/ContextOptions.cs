using System;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Cli
{
    /// <summary>Reads channel, purpose, stage and format from their command-line or JSON spellings.</summary>
    internal static class ContextOptions
    {
        public static readonly string[] Channels = { "email", "platform", "chat" };
        public static readonly string[] Purposes = { "transactional", "marketing" };
        public static readonly string[] Formats = { "text", "html" };

        /// <exception cref="FormatException">A value is not one of the valid ones; the message lists them.</exception>
        /// <summary>The format the user gave, else HTML for .html/.htm files, else null (plain text).</summary>
        public static string? FormatOf(string file, string? given) =>
            given ?? (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? "html" : null);

        public static CheckContext Build(string? channel, string? purpose, string? stage, string? format, string? locale)
        {
            var context = CheckContext.Default with { Locale = locale };
            if (channel != null)
            {
                context = context with { Channel = channel switch
                {
                    "email" => Channel.Email,
                    "platform" => Channel.Platform,
                    "chat" => Channel.Chat,
                    _ => throw Invalid("channel", channel, Channels),
                } };
            }

            if (purpose != null)
            {
                context = context with { Purpose = purpose switch
                {
                    "transactional" => MessagePurpose.Transactional,
                    "marketing" => MessagePurpose.Marketing,
                    _ => throw Invalid("purpose", purpose, Purposes),
                } };
            }

            if (stage != null)
            {
                if (!OrderStages.TryParse(stage, out var parsed))
                {
                    throw new FormatException($"unknown stage '{stage}'; valid stages: {OrderStages.ValidNames}.");
                }

                context = context with { Stage = parsed };
            }

            if (format != null)
            {
                context = context with { Format = format switch
                {
                    "text" => MessageFormat.Text,
                    "html" => MessageFormat.Html,
                    _ => throw Invalid("format", format, Formats),
                } };
            }

            return context;
        }

        private static FormatException Invalid(string what, string value, string[] valid) =>
            new FormatException($"unknown {what} '{value}'; valid values: {string.Join(", ", valid)}.");
    }
}
