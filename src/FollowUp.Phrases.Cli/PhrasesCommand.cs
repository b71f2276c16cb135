using System;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;

namespace FollowUp.Phrases.Cli
{
    /// <summary><c>followup phrases</c>: what the phrasebook holds.</summary>
    internal static class PhrasesCommand
    {
        private const string Help =
            "followup phrases [--phrasebook FILE]... [--output text|json]\n\n" +
            "Lists every phrase: key, stage, purpose, locales and the facts it requires.\n" +
            "--phrasebook FILE layers your phrasebook over the built-in one (repeatable; later files win).";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(args, "phrases", new[] { "--output", "--phrasebook" }, Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count > 0)
            {
                throw new UsageException($"phrases takes no arguments, got: {string.Join(" ", line.Positionals)}.");
            }

            var output = line.Choice("--output", "text", "text", "json");
            var book = LoadBook(line);
            if (output == "json")
            {
                stdout.WriteLine(Json.Write(
                    w =>
                    {
                        w.WriteStartArray();
                        foreach (var p in book.Phrases)
                        {
                            w.WriteStartObject();
                            w.WriteString("key", p.Key.Value);
                            w.WriteString("stage", p.Stage.ToKebabCase());
                            w.WriteString("group", Kebab(p.Stage.Group().ToString()));
                            w.WriteString("purpose", p.Purpose.ToString().ToLowerInvariant());
                            w.WriteStartArray("locales");
                            foreach (var l in p.Locales.OrderBy(x => x, StringComparer.Ordinal))
                            {
                                w.WriteStringValue(l);
                            }

                            w.WriteEndArray();
                            w.WriteStartArray("requires");
                            foreach (var f in p.RequiredFacts)
                            {
                                w.WriteStringValue(f);
                            }

                            w.WriteEndArray();
                            if (p.Description != null)
                            {
                                w.WriteString("description", p.Description);
                            }

                            w.WriteString("source", p.Source);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    },
                    indented: true));
                return ExitCodes.Ok;
            }

            foreach (var p in book.Phrases)
            {
                stdout.WriteLine($"{p.Key.Value,-36} {p.Stage.ToKebabCase(),-18} {p.Purpose.ToString().ToLowerInvariant(),-13} {string.Join(",", p.Locales.OrderBy(x => x, StringComparer.Ordinal)),-16} {string.Join(", ", p.RequiredFacts)}");
            }

            stdout.WriteLine($"{book.Phrases.Count} phrases.");
            return ExitCodes.Ok;
        }

        public static Phrasebook LoadBook(CommandLine line)
        {
            var book = Phrasebook.BuiltIn;
            foreach (var file in line.GetAll("--phrasebook"))
            {
                book = book.With(Phrasebook.LoadFile(file));
            }

            return book;
        }

        private static string Kebab(string pascal) =>
            string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
