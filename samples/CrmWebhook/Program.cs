using CrmWebhook;
using CrmWebhook.Scheduling;
using CrmWebhook.Sending;
using CrmWebhook.Storage;
using FollowUp.Phrases;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Serialization;
using Microsoft.Extensions.Options;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080"); // a CRM hook listens locally, behind the CRM's own gateway
}

builder.Services.AddFollowUpPhrases(builder.Configuration.GetSection("FollowUpPhrases"));
builder.Services.Configure<CrmOptions>(builder.Configuration.GetSection("Crm"));
builder.Services.AddOptions<CrmOptions>().PostConfigure<IHostEnvironment>((o, env) => o.MailFolder = Path.GetFullPath(Path.Combine(env.ContentRootPath, o.MailFolder)));
builder.Services.AddSingleton(s => new CrmDatabase(
    s.GetRequiredService<IConfiguration>().GetConnectionString("Crm")
    ?? $"Data Source={Path.Combine(s.GetRequiredService<IHostEnvironment>().ContentRootPath, "crm.db")}"));
builder.Services.AddSingleton<OrderRepository>();
builder.Services.AddSingleton<Outbox>();
builder.Services.AddSingleton<FollowUpScheduler>();
builder.Services.AddSingleton<OutboxDispatcher>();
builder.Services.AddSingleton<IFollowUpSender>(s => string.IsNullOrEmpty(s.GetRequiredService<IOptions<CrmOptions>>().Value.Smtp.Host)
    ? new EmlFolderSender(s.GetRequiredService<IOptions<CrmOptions>>())
    : new SmtpSender(s.GetRequiredService<IOptions<CrmOptions>>()));
builder.Services.AddHostedService<BackgroundLoops>(); // idle when Crm:BackgroundServices is false

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    FollowUpJson.Configure(o.SerializerOptions); // order files, instants, kebab-case stages bind as the library writes them
    o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();

// A FollowUpException is a problem with what the client sent or configured (an unknown phrase, a missing fact, a
// marketing phrase for a buyer who opted out): 422 with the library's message, never a bare 500.
app.UseExceptionHandler(handler => handler.Run(async context =>
{
    var error = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
    var problem = error is FollowUpException followUp
        ? Results.Problem(followUp.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: followUp.GetType().Name)
        : Results.Problem("An unexpected error occurred.", statusCode: StatusCodes.Status500InternalServerError);
    await problem.ExecuteAsync(context);
}));

// The schema is created or migrated at start; an empty database gets the sample order, so the sample has something to show.
var db = app.Services.GetRequiredService<CrmDatabase>();
db.Migrate();
var repository = app.Services.GetRequiredService<OrderRepository>();
if (!repository.Any())
{
    var sample = OrderFile.Load(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json"));
    repository.Put(sample with { Stage = OrderStage.PaymentConfirmed, History = Array.Empty<StageEvent>(), FollowUpsSent = Array.Empty<SentFollowUp>() }, app.Services.GetRequiredService<IClock>().GetCurrentInstant());
}

// Create or replace an order from order-file JSON (the format of samples/orders/*.json).
app.MapPut("/orders/{id}", async (string id, HttpRequest request, OrderRepository orders, IClock clock) =>
{
    using var reader = new StreamReader(request.Body);
    var json = await reader.ReadToEndAsync();
    OrderSnapshot order;
    try
    {
        order = OrderRepository.FromJson(json, "request body");
    }
    catch (DataFileException e)
    {
        return Problems.Field(e.Field ?? "(body)", e.Message);
    }
    catch (FollowUpException e)
    {
        return Problems.Field("(body)", e.Message);
    }

    if (!string.Equals(order.OrderId, id, StringComparison.Ordinal))
    {
        return Problems.Field("orderId", $"The body's orderId '{order.OrderId}' is not the '{id}' in the URL.");
    }

    orders.Put(order, clock.GetCurrentInstant());
    return Results.Ok(new { orderId = id, stage = order.Stage.ToKebabCase() });
});

app.MapGet("/orders/{id}", (string id, OrderRepository orders) =>
    orders.Get(id) is OrderSnapshot order
        ? Results.Text(OrderRepository.ToJson(order), "application/json")
        : Problems.NotFound($"No order '{id}'."));

// The CRM reports a stage event. The event is recorded with the move (409 when the lifecycle forbids it, nothing written);
// the follow-ups now due are queued in the outbox at once, and the dispatcher delivers them.
app.MapPost("/orders/{id}/events", (string id, OrderEvent e, OrderRepository orders, FollowUpScheduler scheduler, IClock clock) =>
{
    if (e is null || string.IsNullOrEmpty(e.Stage))
    {
        return Problems.Field("stage", $"Give the stage the order entered; valid stages: {OrderStages.ValidNames}.");
    }

    if (orders.Get(id) is null)
    {
        return Problems.NotFound($"No order '{id}'.");
    }

    if (!OrderStages.TryParse(e.Stage, out var stage))
    {
        return Problems.Field("stage", $"Unknown stage '{e.Stage}'. Valid stages: {OrderStages.ValidNames}.");
    }

    var now = clock.GetCurrentInstant();
    OrderSnapshot order;
    try
    {
        order = orders.RecordEvent(id, stage, e.At ?? now, now);
    }
    catch (InvalidStageMoveException ex)
    {
        return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Move not allowed");
    }

    var result = scheduler.ScheduleOrder(id, now);
    return Results.Ok(new EventResult(
        id,
        order.Stage.ToKebabCase(),
        result.Queued.ToArray(),
        result.Next.Select(f => new PlannedFollowUp(f.Key, f.DueAt, f.Reason)).ToArray(),
        result.Problems.ToArray()));
});

app.MapGet("/outbox", (string? status, Outbox outbox) =>
{
    if (status != null && status != "pending" && status != "sent" && status != "failed")
    {
        return Problems.Field("status", $"Unknown status '{status}'; use pending, sent or failed.");
    }

    return Results.Ok(outbox.List(status).Select(r => new
    {
        r.Id,
        r.OrderId,
        r.PhraseKey,
        r.DueAt,
        r.Status,
        r.Attempts,
        r.SentAt,
        r.Subject,
        r.LastError,
    }));
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
