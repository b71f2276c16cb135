using System;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using NodaTime;
using NodaTime.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary><c>followup render</c>: one phrase for one order, checked. Nothing is printed unless rendering succeeds.</summary>
    internal static class RenderCommand
    {
        private const string Help =
            "followup render KEY --order ORDER.json [options]\n\n" +
            "Renders phrase KEY (see 'followup phrases') for the order in ORDER.json and checks the result.\n" +
            "If the phrase needs a fact the order lacks, nothing is printed and the exit code is 2.\n\n" +
            "Options:\n" +
            "  --order FILE                        the order (required)\n" +
            "  --locale TAG                        language, e.g. en, de-AT (default: the buyer's, else en)\n" +
            "  --channel email|platform|chat       how it will be sent (default: email)\n" +
            "  --seller-zone ZONE                  seller's zone: tzdb id or UTC+8 (default: UTC+8)\n" +
            "  --now INSTANT                       send time, for the message's date and its date checks, e.g.\n" +
            "                                      2026-11-23T06:00:00Z or '2026-11-23 14:00 (UTC+8)' (default: the clock)\n" +
            "  --phrasebook FILE                   your phrasebook over the built-in one (repeatable)\n" +
            "  --output text|json                  (default: text)\n\n" +
            "Exit codes: 0 rendered, nothing at error level; 1 rendered with a finding at error level; 2 bad input.";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
        {
            var line = CommandLine.Parse(args, "render", new[] { "--order", "--locale", "--channel", "--seller-zone", "--phrasebook", "--output", "--now" }, Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count != 1)
            {
                throw new UsageException(line.Positionals.Count == 0
                    ? "render needs a phrase KEY, e.g. 'followup render shipment.dispatched --order order.json'. Run 'followup phrases' for the keys."
                    : $"render takes one KEY, got {line.Positionals.Count}: {string.Join(" ", line.Positionals)}.");
            }

            var orderPath = line.Get("--order") ?? throw new UsageException("render needs --order ORDER.json.");
            var output = line.Choice("--output", "text", "text", "json");
            var channel = line.Choice("--channel", "email", ContextOptions.Channels);
            var config = FollowUpCli.Config ?? new FollowUpConfig();

            // A fixed send time makes a render and its date checks (past-date, weekday-mismatch) reproducible.
            if (line.Get("--now") is string now)
            {
                clock = new FixedClock(TimeOptions.ParseInstant(now, "--now"));
            }

            var options = new PhraseEngineOptions { Clock = clock, Phrasebook = PhrasesCommand.LoadBook(line), Checker = config.Checker() };
            var zone = line.Get("--seller-zone") ?? config.SellerTimeZone;
            if (zone != null)
            {
                try
                {
                    options.SellerTimeZone = Timing.SellerTime.ResolveZone(zone);
                }
                catch (ConfigurationException e)
                {
                    throw new UsageException(e.Message);
                }
            }

            config.ApplyTo(options);
            var engine = new PhraseEngine(options);
            var order = OrderFile.Load(orderPath);
            var message = engine.Render(line.Positionals[0], order, new RenderOptions
            {
                Locale = line.Get("--locale"),
                Channel = ContextOptions.Build(channel, null, null, null, null).Channel,
            });

            if (output == "json")
            {
                stdout.WriteLine(Json.Write(
                    w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("key", message.Key.Value);
                        w.WriteString("locale", message.Locale);
                        w.WriteString("stage", message.Stage.ToKebabCase());
                        w.WriteString("purpose", message.Purpose.ToString().ToLowerInvariant());
                        w.WriteString("channel", message.Channel.ToString().ToLowerInvariant());
                        w.WriteString("subject", message.Subject);
                        w.WriteString("textBody", message.TextBody);
                        // Utf8JsonWriter writes JSON null for a null string.
                        w.WriteString("htmlBody", message.HtmlBody);

                        w.WriteStartObject("headers");
                        foreach (var h in message.Headers)
                        {
                            w.WriteString(h.Key, h.Value);
                        }

                        w.WriteEndObject();
                        w.WriteString("createdAt", InstantPattern.ExtendedIso.Format(message.CreatedAt));
                        w.WriteStartArray("diagnostics");
                        foreach (var d in message.SubjectDiagnostics)
                        {
                            Json.WriteDiagnostic(w, d, "subject");
                        }

                        foreach (var d in message.TextBodyDiagnostics)
                        {
                            Json.WriteDiagnostic(w, d, "textBody");
                        }

                        foreach (var d in message.HtmlBodyDiagnostics)
                        {
                            Json.WriteDiagnostic(w, d, "htmlBody");
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    },
                    indented: true));
            }
            else
            {
                stdout.WriteLine("Subject: " + message.Subject);
                foreach (var h in message.Headers)
                {
                    stdout.WriteLine($"{h.Key}: {h.Value}");
                }

                stdout.WriteLine();
                stdout.WriteLine(message.TextBody);
                stdout.WriteLine();
                DiagnosticText.Write(stdout, "subject", message.Subject, message.SubjectDiagnostics);
                DiagnosticText.Write(stdout, "body", message.TextBody, message.TextBodyDiagnostics);
                if (message.HtmlBody != null)
                {
                    DiagnosticText.Write(stdout, "html", message.HtmlBody, message.HtmlBodyDiagnostics);
                }
            }

            return message.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        }
    }
}
