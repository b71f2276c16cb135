using System;
using System.IO;
using System.Linq;
using FollowUp.Phrases;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using NodaTime;
using QuickStart;

// One engine per application: immutable, thread-safe, templates parsed once.
var clock = new StepClock();
var engine = new PhraseEngine(new PhraseEngineOptions { Clock = clock });

// The facts come from your order system; here, from a sample order file.
var facts = OrderFile.Load(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json"));
var order = facts with { Stage = OrderStage.Inquiry, History = Array.Empty<StageEvent>() };

// The order's life, with the follow-up each step calls for.
var steps = new (OrderStage Stage, string Phrase, Instant At)[]
{
    (OrderStage.Quotation, "quotation.pi-issued", Instant.FromUtc(2026, 11, 19, 8, 0)),
    (OrderStage.OrderPlaced, "order.confirmed", Instant.FromUtc(2026, 11, 20, 2, 15)),
    (OrderStage.PaymentConfirmed, "payment.received", Instant.FromUtc(2026, 11, 20, 3, 40)),
    (OrderStage.InProduction, "production.update", Instant.FromUtc(2026, 11, 21, 1, 0)),
    (OrderStage.Shipped, "shipment.dispatched", Instant.FromUtc(2026, 11, 23, 6, 0)),
    (OrderStage.InTransit, "transit.no-tracking-update", Instant.FromUtc(2026, 11, 30, 2, 0)),
    (OrderStage.Customs, "customs.arrived", Instant.FromUtc(2026, 12, 1, 9, 0)),
    (OrderStage.Delivered, "delivery.delivered", Instant.FromUtc(2026, 12, 3, 10, 30)),
    (OrderStage.AfterSales, "after-sales.feedback-request", Instant.FromUtc(2026, 12, 4, 1, 0)),
    (OrderStage.Complaint, "complaint.received", Instant.FromUtc(2026, 12, 4, 3, 0)), // the answer to the feedback request, before the reply-by date (5 Dec)
    (OrderStage.Refund, "refund.issued", Instant.FromUtc(2026, 12, 8, 6, 0)),
    (OrderStage.Closed, "order.closed", Instant.FromUtc(2026, 12, 9, 6, 0)),
};

Console.WriteLine($"Inquiry: {engine.Render("inquiry.price-reply", order).Subject}");
foreach (var (stage, phrase, at) in steps)
{
    clock.Now = at;
    order = order.MoveTo(stage, at); // refuses moves the lifecycle does not allow
    var message = engine.Render(phrase, order);
    Console.WriteLine();
    Console.WriteLine($"=== {stage.ToKebabCase()} ({stage.Group()}) · {phrase} · sent {Timing(message.CreatedAt)}");
    Console.WriteLine($"Subject: {message.Subject}");
    Console.WriteLine(message.TextBody);
    Console.WriteLine(message.Diagnostics.Any() ? string.Join(Environment.NewLine, message.Diagnostics) : "-- no wording findings");
}

// The checker also stands alone, for messages written by hand.
const string handWritten = "Dear customer, your refund will be processed soon. The parcel is guaranteed to arrive before Christmas!";
Console.WriteLine();
Console.WriteLine("=== a hand-written message");
Console.WriteLine(handWritten);
foreach (var d in WordingChecker.Default.Check(handWritten, new CheckContext { Stage = OrderStage.Refund }))
{
    Console.WriteLine($"  {d.Line}:{d.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Rule} '{d.Text}': {d.Message}");
}

// A phrase that needs a fact the order lacks fails loudly instead of printing a blank.
try
{
    engine.Render("shipment.dispatched", order with { TrackingNumber = null });
}
catch (MissingFactException e)
{
    Console.WriteLine();
    Console.WriteLine("=== strict facts");
    Console.WriteLine(e.Message);
}

static string Timing(Instant instant) => FollowUp.Phrases.Timing.SellerTime.Default.Format(instant);
