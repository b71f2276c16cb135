using System;
using System.IO;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using MimeKit;
using MimeKitSend;
using NodaTime;

// Writes two .eml files — a dispatch notice and a feedback request — into the folder given (default: ./out).
var folder = args.Length > 0 ? args[0] : "out";
Directory.CreateDirectory(folder);
var engine = new PhraseEngine(new PhraseEngineOptions { Clock = SystemClock.Instance });
var order = OrderFile.Load(Path.Combine(AppContext.BaseDirectory, "orders", "sample-order.json"));
var from = new MailboxAddress(order.Seller.Name, "lily@brightway.example");
var to = new MailboxAddress(order.Buyer.Name, order.Buyer.Email ?? "buyer@example.com");

foreach (var key in new[] { "shipment.dispatched", "after-sales.feedback-request" })
{
    var message = engine.Render(key, order);
    if (message.HasErrors)
    {
        Console.Error.WriteLine($"{key}: not sent, it has wording errors.");
        continue;
    }

    var path = Path.Combine(folder, key + ".eml");
    MimeMessageFactory.Create(message, from, to).WriteTo(path);
    Console.WriteLine($"wrote {path}");
}
