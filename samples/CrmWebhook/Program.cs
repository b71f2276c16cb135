using System;
using System.IO;
using System.Linq;
using CrmWebhook;
using FollowUp.Phrases;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Serialization;
using FollowUp.Phrases.Timing;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080"); // a CRM hook listens locally, behind the CRM's own gateway
}

builder.Services.AddFollowUpPhrases(builder.Configuration.GetSection("FollowUpPhrases"));
builder.Services.AddSingleton<OrderStore>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    foreach (var converter in FollowUpJson.Options.Converters)
    {
        o.SerializerOptions.Converters.Add(converter);
    }

    o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();
var store = app.Services.GetRequiredService<OrderStore>();
store.Put(OrderFile.Load(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json")) with { Stage = OrderStage.PaymentConfirmed, History = Array.Empty<StageEvent>(), FollowUpsSent = Array.Empty<SentFollowUp>() });

// The CRM reports an order event; the answer is the follow-ups now due, rendered and checked, and the next ones planned.
app.MapPost("/orders/{id}/events", (string id, OrderEvent e, OrderStore orders, FollowUpPlanner planner, FollowUpService followUps, IClock clock) =>
{
    if (!orders.TryGet(id, out var order))
    {
        return Results.NotFound(new { error = $"No order '{id}'." });
    }

    if (!OrderStages.TryParse(e.Stage, out var stage))
    {
        return Results.BadRequest(new { error = $"Unknown stage '{e.Stage}'. Valid stages: {OrderStages.ValidNames}." });
    }

    var now = clock.GetCurrentInstant();
    try
    {
        order = order.MoveTo(stage, e.At ?? now);
    }
    catch (InvalidStageMoveException ex)
    {
        return Results.Conflict(new { error = ex.Message });
    }

    var plan = planner.Plan(order, now);
    var due = new System.Collections.Generic.List<DueMessage>();
    var problems = new System.Collections.Generic.List<string>();
    foreach (var f in plan.Where(f => f.IsDue(now)))
    {
        try
        {
            var m = followUps.Render(f.Key, order);
            due.Add(new DueMessage(f.Key, f.DueAt, f.Reason, m.Subject, m.TextBody, m.Diagnostics.ToArray()));
            order = order.WithFollowUpSent(f.Key, now);
        }
        catch (FollowUpException ex)
        {
            problems.Add(ex.Message); // one bad follow-up does not stop the others
        }
    }

    orders.Put(order);
    var next = plan.Where(f => !f.IsDue(now)).Select(f => (object)new { f.Key, f.DueAt, f.Reason }).ToArray();
    return Results.Ok(new EventResult(id, order.Stage.ToKebabCase(), due.ToArray(), next, problems.ToArray()));
});

// Any message, checked.
app.MapPost("/check", (CheckRequest request, FollowUpService followUps) =>
{
    var context = new CheckContext
    {
        Channel = request.Channel switch { "platform" => Channel.Platform, "chat" => Channel.Chat, _ => Channel.Email },
        Purpose = request.Purpose == "marketing" ? MessagePurpose.Marketing : MessagePurpose.Transactional,
        Stage = OrderStages.TryParse(request.Stage, out var s) ? s : null,
        Format = request.Format == "html" ? MessageFormat.Html : MessageFormat.Text,
    };
    return Results.Ok(new { diagnostics = followUps.Check(request.Text ?? "", context) });
});

app.Run();

/// <summary>Visible to the end-to-end tests (WebApplicationFactory).</summary>
public partial class Program
{
}
