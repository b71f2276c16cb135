using System;
using System.IO;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Serialization;

namespace FollowUp.Phrases.Cli
{
    /// <summary><c>followup schema order|config</c>: JSON Schemas generated from the types (docs/*.schema.json).</summary>
    internal static class SchemaCommand
    {
        private const string Help =
            "followup schema order|config\n\n" +
            "Prints the JSON Schema of an order file (OrderSnapshot) or of followup.json, generated from the types.\n" +
            "docs/order.schema.json and docs/followup.schema.json are made this way.";

        public static int Run(string[] args, TextWriter stdout)
        {
            var line = CommandLine.Parse(args, "schema", Array.Empty<string>(), Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            var which = line.Positionals.Count == 1 ? line.Positionals[0] : throw new UsageException("schema needs one argument: order or config.");
            var schema = which switch
            {
                "order" => FollowUpJson.SchemaFor(typeof(OrderSnapshot), "FollowUp.Phrases order file"),
                "config" => FollowUpJson.SchemaFor(typeof(FollowUpConfig), "followup.json"),
                _ => throw new UsageException($"Unknown schema '{which}'. Valid: order, config."),
            };
            stdout.Write(schema.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n"));
            stdout.Write("\n");
            return ExitCodes.Ok;
        }
    }
}
