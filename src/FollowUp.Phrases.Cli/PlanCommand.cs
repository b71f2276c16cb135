using System;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;
using NodaTime.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary><c>followup plan</c>: the follow-ups an order needs next.</summary>
    internal static class PlanCommand
    {
        private const string Help =
            "followup plan --order ORDER.json [--now INSTANT] [--output text|json]\n\n" +
            "Lists the follow-ups the order needs: those due now and the next scheduled ones, with the phrase key,\n" +
            "the due time (in UTC+8 and the buyer's zone) and the reason. Follow-ups listed in the order's\n" +
            "followUpsSent are not proposed again.\n\n" +
            "Options:\n" +
            "  --order FILE          the order (required)\n" +
            "  --now INSTANT         the moment to plan from (default: now), e.g. 2026-11-23T06:00:00Z\n" +
            "  --output text|json    (default: text)";

        public static int Run(string[] args, TextWriter stdout, IClock clock)
        {
            var line = CommandLine.Parse(args, "plan", new[] { "--order", "--now", "--output" }, Array.Empty<string>());
            if (line.Help)
            {
                stdout.WriteLine(Help);
                return ExitCodes.Ok;
            }

            if (line.Positionals.Count > 0)
            {
                throw new UsageException($"plan takes no arguments besides its options, got: {string.Join(" ", line.Positionals)}.");
            }

            var path = line.Get("--order") ?? throw new UsageException("plan needs --order ORDER.json.");
            var output = line.Choice("--output", "text", "text", "json");
            var now = line.Get("--now") is string text ? TimeOptions.ParseInstant(text, "--now") : clock.GetCurrentInstant();
            var order = OrderFile.Load(path);
            var plan = (FollowUpCli.Config ?? new FollowUpConfig()).CreatePlanner(clock).Plan(order, now); // the planner settings of followup.json
            var buyerZone = order.Buyer.TimeZoneId is string id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;

            if (output == "json")
            {
                stdout.WriteLine(Json.Write(
                    w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("orderId", order.OrderId);
                        w.WriteString("stage", order.Stage.ToKebabCase());
                        w.WriteString("now", InstantPattern.ExtendedIso.Format(now));
                        w.WriteStartArray("followUps");
                        foreach (var f in plan)
                        {
                            w.WriteStartObject();
                            w.WriteString("key", f.Key);
                            w.WriteString("dueAt", InstantPattern.ExtendedIso.Format(f.DueAt));
                            w.WriteString("dueAtSeller", SellerTime.Default.Format(f.DueAt));
                            if (buyerZone != null)
                            {
                                w.WriteString("dueAtBuyer", SellerTime.FormatIn(f.DueAt, buyerZone));
                            }

                            if (f.Deadline is Instant deadline)
                            {
                                w.WriteString("deadline", InstantPattern.ExtendedIso.Format(deadline));
                            }

                            w.WriteBoolean("due", f.IsDue(now));
                            w.WriteBoolean("overdue", f.IsOverdue(now));
                            w.WriteString("reason", f.Reason);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    },
                    indented: true));
                return ExitCodes.Ok;
            }

            stdout.WriteLine($"Order {order.OrderId ?? "(no id)"} · {order.Stage.ToKebabCase()} · as of {SellerTime.Default.Format(now)}");
            if (plan.Count == 0)
            {
                stdout.WriteLine("No follow-ups planned.");
            }

            foreach (var f in plan)
            {
                var when = SellerTime.Default.Format(f.DueAt) + (buyerZone is null ? "" : " / " + SellerTime.FormatIn(f.DueAt, buyerZone));
                stdout.WriteLine($"{(f.IsOverdue(now) ? "OVERDUE" : f.IsDue(now) ? "DUE    " : "next   ")}  {f.Key,-30} {when}");
                stdout.WriteLine($"      {f.Reason}{(f.Deadline is Instant d ? "; deadline " + SellerTime.Default.Format(d) : "")}");
            }

            return ExitCodes.Ok;
        }
    }
}
