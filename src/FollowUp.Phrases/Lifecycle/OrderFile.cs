using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FollowUp.Phrases.Text;
using NodaTime;
using NodaTime.Text;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>
    /// Reads an <see cref="OrderSnapshot"/> from a JSON order file (camelCase fields, instants in ISO 8601 with a
    /// zone designator such as <c>2026-11-23T06:00:00Z</c>, dates as <c>2026-12-04</c>). Mistakes are reported with file,
    /// line, column and field.
    /// </summary>
    public static class OrderFile
    {
        private static readonly string[] Fields =
        {
            "$schema", "orderId", "piNumber", "platform", "stage", "buyer", "seller", "items", "total", "placedAt", "paidAt",
            "paymentDueAt", "expectedCompletion", "shipBy", "carrier", "trackingNumber", "secondTrackingNumber", "trackingUrl", "dispatchedAt",
            "deliveryWindow", "lastCarrierScanAt", "deliveredAt", "followUpsSent", "caseNumber", "replyBy", "returnAddress", "returnDeadline", "refundAmount", "protectionUntil", "occasion", "cutOffDate",
            "unsubscribeUrl", "history", "custom",
        };

        /// <summary>Reads an order file.</summary>
        /// <exception cref="DataFileException">The file is malformed; the message names line, column and field.</exception>
        public static OrderSnapshot Load(string path) => Parse(File.ReadAllText(path ?? throw new ArgumentNullException(nameof(path))), path);

        /// <summary>Reads order JSON held in memory; <paramref name="sourceName"/> is used in error messages.</summary>
        /// <exception cref="DataFileException">The text is malformed.</exception>
        public static OrderSnapshot Parse(string json, string sourceName = "order")
        {
            var (root, fields) = JsonFields.Parse(json ?? throw new ArgumentNullException(nameof(json)), sourceName);
            var r = new Reader(fields);
            r.ExpectObject(root, "(root)", Fields);
            var stageNode = r.Prop(root, "stage");
            var stage = OrderStage.Inquiry;
            if (stageNode != null)
            {
                var text = r.String(stageNode, "stage")!;
                if (!OrderStages.TryParse(text, out stage))
                {
                    throw r.Fail(stageNode, "stage", $"unknown stage '{text}'; valid stages: {OrderStages.ValidNames}.");
                }
            }

            return new OrderSnapshot
            {
                OrderId = r.OptString(root, "orderId"),
                PiNumber = r.OptString(root, "piNumber"),
                Platform = r.OptString(root, "platform"),
                Stage = stage,
                Buyer = r.Buyer(r.Prop(root, "buyer")),
                Seller = r.Seller(r.Prop(root, "seller")),
                Items = r.Items(r.Prop(root, "items")),
                Total = r.Money(root, "total"),
                PlacedAt = r.Instant(root, "placedAt"),
                PaidAt = r.Instant(root, "paidAt"),
                PaymentDueAt = r.Instant(root, "paymentDueAt"),
                ExpectedCompletion = r.Date(root, "expectedCompletion"),
                ShipBy = r.Date(root, "shipBy"),
                Carrier = r.OptString(root, "carrier"),
                TrackingNumber = r.OptString(root, "trackingNumber"),
                SecondTrackingNumber = r.OptString(root, "secondTrackingNumber"),
                TrackingUrl = r.Url(root, "trackingUrl", httpsOnly: false),
                DispatchedAt = r.Instant(root, "dispatchedAt"),
                DeliveryWindow = r.Window(r.Prop(root, "deliveryWindow")),
                LastCarrierScanAt = r.Instant(root, "lastCarrierScanAt"),
                DeliveredAt = r.Instant(root, "deliveredAt"),
                FollowUpsSent = r.Sent(r.Prop(root, "followUpsSent")),
                CaseNumber = r.OptString(root, "caseNumber"),
                ReplyBy = r.Instant(root, "replyBy"),
                ReturnAddress = r.OptString(root, "returnAddress"),
                ReturnDeadline = r.Date(root, "returnDeadline"),
                RefundAmount = r.Money(root, "refundAmount"),
                ProtectionUntil = r.Date(root, "protectionUntil"),
                Occasion = r.OptString(root, "occasion"),
                CutOffDate = r.Date(root, "cutOffDate"),
                UnsubscribeUrl = r.Url(root, "unsubscribeUrl", httpsOnly: true),
                History = r.History(r.Prop(root, "history")),
                Custom = r.Custom(r.Prop(root, "custom")),
            };
        }

        private sealed class Reader
        {
            private readonly JsonFields _f;

            public Reader(JsonFields fields) => _f = fields;

            public DataFileException Fail(JsonNode node, string field, string problem) => _f.Fail(node, field, problem);

            public void ExpectObject(JsonNode node, string field, string[] allowed) => _f.ExpectObject(node, field == "(root)" ? "" : field, allowed);

            public JsonNode? Prop(JsonNode node, string name) => _f.Optional(node, name);

            public string? String(JsonNode node, string field) => _f.String(node, field);

            public string? OptString(JsonNode parent, string field, string? path = null)
            {
                var node = Prop(parent, field);
                return node is null ? null : String(node, path ?? field);
            }

            public Instant? Instant(JsonNode parent, string field, string? path = null)
            {
                var node = Prop(parent, field);
                if (node is null)
                {
                    return null;
                }

                var text = String(node, path ?? field)!;
                var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
                var instant = parsed.Success ? parsed.Value.ToInstant() : InstantPattern.ExtendedIso.Parse(text) is { Success: true } p ? p.Value : (Instant?)null;
                if (instant is Instant value)
                {
                    return Timing.SupportedTime.Contains(value)
                        ? value
                        : throw Fail(node, path ?? field, $"'{text}' is outside the supported range {Timing.SupportedTime.Range}.");
                }

                throw Fail(node, path ?? field, $"'{text}' is not an ISO 8601 instant with a zone, e.g. '2026-11-23T06:00:00Z' or '2026-11-23T14:00:00+08:00'.");
            }

            public LocalDate? Date(JsonNode parent, string field)
            {
                var node = Prop(parent, field);
                if (node is null)
                {
                    return null;
                }

                return _f.Date(node, field);
            }

            public Uri? Url(JsonNode parent, string field, bool httpsOnly)
            {
                var node = Prop(parent, field);
                if (node is null)
                {
                    return null;
                }

                var text = String(node, field)!;
                if (WebLink.Problem(text, httpsOnly) is string problem)
                {
                    throw Fail(node, field, problem);
                }

                return new Uri(text, UriKind.Absolute);
            }

            /// <summary>Largest amount an order file may hold: beyond any real order, well inside decimal's range.</summary>
            private const decimal MaxAmount = 1_000_000_000_000m;

            public Money? Money(JsonNode parent, string field)
            {
                var node = Prop(parent, field);
                if (node is null)
                {
                    return null;
                }

                ExpectObject(node, field, new[] { "amount", "currency" });
                var amount = Prop(node, "amount") ?? throw Fail(node, field + ".amount", "missing.");
                if (amount.Kind != JsonKind.Number)
                {
                    throw Fail(amount, field + ".amount", $"expected a number, found {amount.KindName}.");
                }

                if (!decimal.TryParse(amount.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value > MaxAmount)
                {
                    throw Fail(amount, field + ".amount", $"'{amount.Text}' is too large for an amount (at most 1,000,000,000,000).");
                }

                if (value < 0)
                {
                    throw Fail(amount, field + ".amount", $"'{amount.Text}' is negative; amounts, refunds included, are written as positive numbers.");
                }

                var currencyNode = Prop(node, "currency") ?? throw Fail(node, field + ".currency", "missing; use a code such as USD or EUR.");
                var currency = String(currencyNode, field + ".currency")!;
                return Lifecycle.Money.IsCurrencyCode(currency)
                    ? new Money(value, currency)
                    : throw Fail(currencyNode, field + ".currency", Lifecycle.Money.CurrencyProblem(currency));
            }

            public Buyer Buyer(JsonNode? node)
            {
                if (node is null)
                {
                    return new Buyer();
                }

                ExpectObject(node, "buyer", new[] { "name", "email", "locale", "timeZone", "country", "optedOutOfMarketing" });
                var zone = OptString(node, "timeZone", "buyer.timeZone");
                if (zone != null)
                {
                    try
                    {
                        Timing.SellerTime.ResolveZone(zone);
                    }
                    catch (ConfigurationException e)
                    {
                        throw Fail(Prop(node, "timeZone")!, "buyer.timeZone", e.Message);
                    }
                }

                return new Buyer
                {
                    Name = OptString(node, "name", "buyer.name"),
                    Email = OptString(node, "email", "buyer.email"),
                    Locale = OptString(node, "locale", "buyer.locale"),
                    TimeZoneId = zone,
                    Country = OptString(node, "country", "buyer.country"),
                    OptedOutOfMarketing = Prop(node, "optedOutOfMarketing") is JsonNode opt
                        ? (opt.Kind == JsonKind.True ? true : opt.Kind == JsonKind.False ? false : throw Fail(opt, "buyer.optedOutOfMarketing", "expected true or false."))
                        : false,
                };
            }

            public Seller Seller(JsonNode? node)
            {
                if (node is null)
                {
                    return new Seller();
                }

                ExpectObject(node, "seller", new[] { "name", "company", "team", "address" });
                return new Seller
                {
                    Name = OptString(node, "name", "seller.name"),
                    Company = OptString(node, "company", "seller.company"),
                    Team = OptString(node, "team", "seller.team"),
                    Address = OptString(node, "address", "seller.address"),
                };
            }

            public IReadOnlyList<OrderItem> Items(JsonNode? node)
            {
                if (node is null)
                {
                    return Array.Empty<OrderItem>();
                }

                if (node.Kind != JsonKind.Array)
                {
                    throw Fail(node, "items", $"expected an array, found {node.KindName}.");
                }

                var items = new List<OrderItem>();
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    var item = node.Items[i];
                    var path = $"items[{i}]";
                    ExpectObject(item, path, new[] { "name", "quantity", "sku" });
                    var name = OptString(item, "name", path + ".name") ?? throw Fail(item, path + ".name", "missing.");
                    var qty = Prop(item, "quantity") ?? throw Fail(item, path + ".quantity", "missing.");
                    if (qty.Kind != JsonKind.Number || !int.TryParse(qty.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
                    {
                        throw Fail(qty, path + ".quantity", "expected a whole number above zero.");
                    }

                    items.Add(new OrderItem(name, quantity, OptString(item, "sku", path + ".sku")));
                }

                return items;
            }

            public DeliveryWindow? Window(JsonNode? node)
            {
                if (node is null)
                {
                    return null;
                }

                ExpectObject(node, "deliveryWindow", new[] { "minDays", "maxDays", "kind" });
                int Days(string name)
                {
                    var n = Prop(node, name) ?? throw Fail(node, "deliveryWindow." + name, "missing.");
                    if (n.Kind != JsonKind.Number || !int.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d > Timing.SupportedTime.MaxWindowDays)
                    {
                        throw Fail(n, "deliveryWindow." + name, $"expected a whole number of days from 0 to {Timing.SupportedTime.MaxWindowDays}, found {n.Text ?? n.KindName}.");
                    }

                    return d;
                }

                var min = Days("minDays");
                var max = Days("maxDays");
                var kindText = OptString(node, "kind", "deliveryWindow.kind") ?? "working";
                var kind = kindText switch
                {
                    "working" => DayKind.WorkingDays,
                    "calendar" => DayKind.CalendarDays,
                    _ => throw Fail(Prop(node, "kind")!, "deliveryWindow.kind", $"unknown kind '{kindText}'; use 'working' or 'calendar'."),
                };
                if (max < min)
                {
                    throw Fail(node, "deliveryWindow", $"maxDays ({max}) is less than minDays ({min}).");
                }

                return new DeliveryWindow(min, max, kind);
            }

            public IReadOnlyList<StageEvent> History(JsonNode? node)
            {
                if (node is null)
                {
                    return Array.Empty<StageEvent>();
                }

                if (node.Kind != JsonKind.Array)
                {
                    throw Fail(node, "history", $"expected an array, found {node.KindName}.");
                }

                var events = new List<StageEvent>();
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    var e = node.Items[i];
                    var path = $"history[{i}]";
                    ExpectObject(e, path, new[] { "stage", "at" });
                    var stageNode = Prop(e, "stage") ?? throw Fail(e, path + ".stage", "missing.");
                    var stageText = String(stageNode, path + ".stage")!;
                    if (!OrderStages.TryParse(stageText, out var stage))
                    {
                        throw Fail(stageNode, path + ".stage", $"unknown stage '{stageText}'; valid stages: {OrderStages.ValidNames}.");
                    }

                    var at = Instant(e, "at", path + ".at") ?? throw Fail(e, path + ".at", "missing.");
                    events.Add(new StageEvent(stage, at));
                }

                return events;
            }

            public IReadOnlyList<SentFollowUp> Sent(JsonNode? node)
            {
                if (node is null)
                {
                    return Array.Empty<SentFollowUp>();
                }

                if (node.Kind != JsonKind.Array)
                {
                    throw Fail(node, "followUpsSent", $"expected an array, found {node.KindName}.");
                }

                var sent = new List<SentFollowUp>();
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    var item = node.Items[i];
                    var path = $"followUpsSent[{i}]";
                    ExpectObject(item, path, new[] { "key", "at" });
                    var key = OptString(item, "key", path + ".key") ?? throw Fail(item, path + ".key", "missing.");
                    var at = Instant(item, "at", path + ".at") ?? throw Fail(item, path + ".at", "missing.");
                    sent.Add(new SentFollowUp(key, at));
                }

                return sent;
            }

            public IReadOnlyDictionary<string, string> Custom(JsonNode? node)
            {
                var custom = new Dictionary<string, string>(StringComparer.Ordinal);
                if (node is null)
                {
                    return custom;
                }

                if (node.Kind != JsonKind.Object)
                {
                    throw Fail(node, "custom", $"expected an object of names to strings, found {node.KindName}.");
                }

                foreach (var p in node.Properties!)
                {
                    custom[p.Key.Name] = String(p.Value, "custom." + p.Key.Name)!;
                }

                return custom;
            }
        }
    }
}
