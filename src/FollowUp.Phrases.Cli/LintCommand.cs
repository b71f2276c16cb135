using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using NodaTime;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// <c>followup lint FILE…</c>: checks phrasebook files before any phrase reaches a buyer — JSON and template syntax,
    /// facts the order model does not have (both with file, line and column), and the wording of every phrase in every
    /// locale, rendered for a specimen order that has every fact.
    /// </summary>
    internal static class LintCommand
    {
        private const string Help =
            "followup lint FILE...\n\n" +
            "Checks phrasebook files: JSON and Liquid syntax, unknown facts and fields (file, line, column), then renders\n" +
            "every phrase in every locale for a specimen order with every fact and checks the wording.\n" +
            "Exit codes: 0 clean or warnings only, 1 a wording error, 2 a file that does not load.";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
        {
            var line = CommandLine.Parse(args, "lint", Array.Empty<string>(), Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count == 0)
            {
                throw new UsageException("lint needs at least one phrasebook FILE.");
            }

            var worst = ExitCodes.Ok;
            var checker = (FollowUpCli.Config ?? new FollowUpConfig()).Checker();
            foreach (var file in line.Positionals)
            {
                // Every phrase that does not load is reported, and the ones that do are still rendered and checked.
                Phrasebook book;
                try
                {
                    var (loaded, errors) = Phrasebook.LoadFileCollecting(file);
                    foreach (var e in errors)
                    {
                        stdout.WriteLine("error: " + e.Message);
                        worst = ExitCodes.BadInput;
                    }

                    book = loaded;
                }
                catch (DataFileException e)
                {
                    stdout.WriteLine("error: " + e.Message);
                    worst = ExitCodes.BadInput;
                    continue;
                }

                var engineOptions = new PhraseEngineOptions { Clock = clock, Phrasebook = Phrasebook.BuiltIn.With(book), Checker = checker };
                (FollowUpCli.Config ?? new FollowUpConfig()).ApplyTo(engineOptions);
                var engine = new PhraseEngine(engineOptions);
                var findings = 0;
                foreach (var phrase in book.Phrases)
                {
                    var order = SpecimenOrder.For(phrase, clock.GetCurrentInstant());
                    foreach (var locale in phrase.Locales)
                    {
                        FollowUpMessage message;
                        try
                        {
                            message = engine.Render(phrase.Key.Value, order, new RenderOptions { Locale = locale, Channel = phrase.Channels.FirstOrDefault() });
                        }
                        catch (FollowUpException e)
                        {
                            stdout.WriteLine($"{file}: phrase '{phrase.Key}' ({locale}): error: {e.Message}");
                            worst = Math.Max(worst, ExitCodes.Findings);
                            continue;
                        }

                        var texts = phrase.TextFor(locale);
                        foreach (var (part, template, diagnostics) in new[]
                        {
                            ("subject", texts.SubjectTemplate, message.SubjectDiagnostics),
                            ("body", texts.BodyTemplate, message.TextBodyDiagnostics),
                            ("html", texts.HtmlTemplate, message.HtmlBodyDiagnostics),
                        })
                        {
                            foreach (var d in diagnostics)
                            {
                                findings++;
                                stdout.WriteLine($"{Place(file, template, d, phrase.Key.Value, locale, part)}: {d.Severity.ToString().ToLowerInvariant()} {d.Rule}: {d.Message}");
                                if (d.Severity == Severity.Error)
                                {
                                    worst = Math.Max(worst, ExitCodes.Findings);
                                }
                            }
                        }
                    }
                }

                stdout.WriteLine($"{file}: {book.Phrases.Count} phrases, {findings} finding{(findings == 1 ? "" : "s")}.");
            }

            return worst;
        }

        /// <summary>
        /// Where to fix a finding: the flagged words' line and column in the phrasebook file when they are the template's own
        /// text (most wording is), else the rendered part's line and column (the words came from a fact).
        /// </summary>
        private static string Place(string file, Rendering.Liquid.LiquidTemplate? template, Diagnostic d, string key, string locale, string part)
        {
            var at = d.Text is null || template is null ? -1 : template.Source.IndexOf(d.Text, StringComparison.Ordinal);
            if (at >= 0 && template!.Origin is Rendering.TemplateOrigin origin)
            {
                var (line, column) = origin.Locate(at);
                return $"{origin.File}({line},{column}): phrase '{key}' ({locale}) {part}";
            }

            return $"{file}: phrase '{key}' ({locale}) {part} {d.Line}:{d.Column}";
        }
    }
}
