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
            "followup phrases [--phrasebook FILE]... [--output text|json|markdown] [--stale [DAYS]]\n\n" +
            "Lists every phrase: key, stage, purpose, channels, locales and the facts it requires.\n" +
            "--output markdown writes the phrase catalogue (docs/phrasebook.md is generated this way).\n" +
            "--stale lists the phrases not reviewed in the last 90 days (or DAYS) and exits 1 if there are any.\n" +
            "--phrasebook FILE layers your phrasebook over the built-in one (repeatable; later files win).";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, NodaTime.IClock clock)
        {
            var line = CommandLine.Parse(args, "phrases", new[] { "--output", "--phrasebook", "--stale-days" }, new[] { "--stale" });
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count > 0)
            {
                throw new UsageException($"phrases takes no arguments, got: {string.Join(" ", line.Positionals)}.");
            }

            var output = line.Choice("--output", "text", "text", "json", "markdown");
            var book = LoadBook(line);
            if (line.Has("--stale") || line.Has("--stale-days"))
            {
                return Stale(book, line, stdout, clock);
            }

            if (output == "markdown")
            {
                stdout.Write(PhraseCatalog.ToMarkdown(book));
                return ExitCodes.Ok;
            }
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
                            w.WriteString("group", Json.KebabCase(p.Stage.Group().ToString()));
                            w.WriteString("purpose", p.Purpose.ToString().ToLowerInvariant());
                            w.WriteStartArray("channels");
                            foreach (var c in p.Channels)
                            {
                                w.WriteStringValue(c.ToString().ToLowerInvariant());
                            }

                            w.WriteEndArray();
                            if (p.ReviewedOn is NodaTime.LocalDate reviewed)
                            {
                                w.WriteString("reviewed", NodaTime.Text.LocalDatePattern.Iso.Format(reviewed));
                            }
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
                            if (p.Sources.Count > 0)
                            {
                                w.WriteStartArray("sources");
                                foreach (var source in p.Sources)
                                {
                                    w.WriteStringValue(source);
                                }

                                w.WriteEndArray();
                            }

                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    },
                    indented: true));
                return ExitCodes.Ok;
            }

            foreach (var p in book.Phrases)
            {
                stdout.WriteLine($"{p.Key.Value,-36} {p.Stage.ToKebabCase(),-18} {p.Purpose.ToString().ToLowerInvariant(),-13} {string.Join(",", p.Locales.OrderBy(x => x, StringComparer.Ordinal)),-18} {string.Join(", ", p.RequiredFacts)}");
            }

            stdout.WriteLine($"{book.Phrases.Count} phrases.");
            return ExitCodes.Ok;
        }

        private static int Stale(Phrasebook book, CommandLine line, TextWriter stdout, NodaTime.IClock clock)
        {
            var days = 90;
            if (line.Get("--stale-days") is string text && (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days) || days <= 0))
            {
                throw new UsageException($"--stale-days '{text}' is not a positive number of days.");
            }

            var today = clock.GetCurrentInstant().InUtc().Date;
            var stale = book.NotReviewedSince(today, days).ToArray();
            foreach (var p in stale)
            {
                var when = p.ReviewedOn is NodaTime.LocalDate r ? "last reviewed " + NodaTime.Text.LocalDatePattern.Iso.Format(r) : "never reviewed";
                stdout.WriteLine($"{p.Key.Value,-36} {when} ({p.Source})");
            }

            stdout.WriteLine(stale.Length == 0 ? $"All {book.Phrases.Count} phrases were reviewed in the last {days} days." : $"{stale.Length} of {book.Phrases.Count} phrases need a review (older than {days} days).");
            return stale.Length == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }

        public static Phrasebook LoadBook(CommandLine line)
        {
            var book = Phrasebook.BuiltIn;
            foreach (var file in (FollowUpCli.Config ?? new FollowUpConfig()).PhrasebookPaths().Concat(line.GetAll("--phrasebook")))
            {
                book = book.With(Phrasebook.LoadFile(file));
            }

            return book;
        }

    }
}
