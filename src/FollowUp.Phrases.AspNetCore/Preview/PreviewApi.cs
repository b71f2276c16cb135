using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Extensions.DependencyInjection;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>
    /// The page's JSON API over the services AddFollowUpPhrases registers. It never writes files: an edited template is
    /// rendered in memory and handed back as a download.
    /// </summary>
    internal sealed class PreviewApi
    {
        private static readonly string[] Channels = { "email", "platform", "chat" };

        private readonly FollowUpPreviewOptions _options;
        private readonly IReadOnlyDictionary<string, OrderSnapshot> _orders;
        private readonly PhraseEngine _engine;
        private readonly WordingChecker _checker;
        private readonly FollowUpPlanner _planner;
        private readonly IClock _clock;
        private readonly FollowUpPhrasesOptions _settings;

        public PreviewApi(FollowUpPreviewOptions options, IServiceProvider services)
        {
            _options = options;
            _orders = options.AllOrders();
            _engine = Get<PhraseEngine>(services);
            _checker = Get<WordingChecker>(services);
            _planner = Get<FollowUpPlanner>(services);
            _clock = Get<IClock>(services);
            _settings = Get<IOptions<FollowUpPhrasesOptions>>(services).Value;
            _sellerTime = new SellerTime(SellerTime.ResolveZoneOrNull(_settings.SellerTimeZone) ?? SellerTime.ChinaStandardTime);
        }

        // The seller's clock as the settings name it (UTC+8 unless configured otherwise).
        private readonly SellerTime _sellerTime;

        public int MaxRequestBodyBytes => _options.MaxRequestBodyBytes;

        public string Title => _options.Title;

        private static T Get<T>(IServiceProvider services)
            where T : class =>
            services.GetService(typeof(T)) as T
            ?? throw new InvalidOperationException($"MapFollowUpPreview needs {typeof(T).Name} from the container: call services.AddFollowUpPhrases(...) before building the app.");

        /// <summary>The phrasebook as the page lists it, with the orders it offers.</summary>
        public object Phrases() => new
        {
            title = _options.Title,
            now = Clocks(_clock.GetCurrentInstant(), null),
            orders = new[] { PreviewOrders.SpecimenName }.Concat(_orders.Keys).ToArray(),
            channels = Channels,
            phrases = _engine.Phrasebook.Phrases.OrderBy(p => p.Key).Select(p => new
            {
                key = p.Key.Value,
                stage = p.Stage.ToKebabCase(),
                purpose = p.Purpose == MessagePurpose.Marketing ? "marketing" : "transactional",
                description = p.Description,
                channels = p.Channels.Select(c => c.ToString().ToLowerInvariant()).ToArray(),
                locales = p.Locales.ToArray(),
                requiredFacts = p.RequiredFacts,
                reviewedOn = p.ReviewedOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                source = p.Source,
                texts = p.Texts.ToDictionary(t => t.Key, t => new { subject = t.Value.Subject, body = t.Value.Body, html = t.Value.Html }),
            }).ToArray(),
        };

        /// <summary>A phrase rendered for an order as the buyer gets it, with every finding and the order's times in both clocks.</summary>
        public object Render(PreviewRequest request)
        {
            var key = request.String("key", required: true)!;
            var phrase = Phrase(key);
            var locale = request.String("locale") ?? phrase.Locales.First();
            var channelName = request.Choice("channel", Channels);
            var channel = channelName is null ? phrase.Channels[0] : ParseChannel(channelName);
            var now = Now(request);
            var order = Order(request, now, phrase);

            var engine = _engine;
            if (request.Has("template"))
            {
                var edited = EditedPhrase.Create(
                    phrase,
                    locale,
                    request.Nested("template", "subject") ?? throw new PreviewRequestException("template.subject", "'template.subject' is required when a template is sent."),
                    request.Nested("template", "body") ?? throw new PreviewRequestException("template.body", "'template.body' is required when a template is sent."),
                    request.Nested("template", "html"));
                engine = new PhraseEngine(_settings.CreateEngineOptions(_clock, _checker, _engine.Phrasebook.With(edited.Parse())));
            }

            FollowUpMessage message;
            try
            {
                message = engine.Render(key, order, new RenderOptions { Locale = locale, Channel = channel });
            }
            catch (ChannelNotDeclaredException e)
            {
                throw new PreviewRequestException("channel", e.Message);
            }
            catch (MissingFactException e)
            {
                throw new PreviewRequestException("order", e.Message);
            }
            catch (InvalidFactException e)
            {
                throw new PreviewRequestException("order", e.Message);
            }
            catch (BuyerOptedOutException e)
            {
                throw new PreviewRequestException("order", e.Message);
            }
            catch (TemplateRenderException e)
            {
                throw new PreviewRequestException("template", e.Message);
            }
            catch (UnknownPhraseException e)
            {
                throw new PreviewRequestException("key", e.Message, StatusCodes.Status404NotFound);
            }
            catch (FollowUpException e)
            {
                // Anything else the engine refuses (a wording rejected under RefuseOnErrors, a time out of range) is the
                // request's problem, said in the engine's words — not a server error.
                throw new PreviewRequestException(null, e.Message);
            }

            var buyerZone = SellerTime.ResolveZoneOrNull(order.Buyer?.TimeZoneId);
            return new
            {
                key,
                locale = message.Locale,
                channel = message.Channel.ToString().ToLowerInvariant(),
                purpose = message.Purpose == MessagePurpose.Marketing ? "marketing" : "transactional",
                buyerZone = buyerZone?.Id,
                subject = Part(message.Subject, message.SubjectDiagnostics),
                text = Part(message.TextBody, message.TextBodyDiagnostics),
                html = message.HtmlBody is null ? null : Part(message.HtmlBody, message.HtmlBodyDiagnostics),
                times = Times(order, buyerZone, now),
            };
        }

        /// <summary>The edited phrase as a phrasebook file to keep.</summary>
        public (string FileName, byte[] Content) Download(PreviewRequest request)
        {
            var key = request.String("key", required: true)!;
            var phrase = Phrase(key);
            var locale = request.String("locale", required: true)!;
            var edited = EditedPhrase.Create(
                phrase,
                locale,
                request.Nested("template", "subject") ?? phrase.TextFor(locale).Subject,
                request.Nested("template", "body") ?? phrase.TextFor(locale).Body,
                request.Has("template") ? request.Nested("template", "html") : phrase.TextFor(locale).Html);
            edited.Parse(); // never hand over a file that does not load
            return ($"{key}.json", Encoding.UTF8.GetBytes(edited.Json));
        }

        /// <summary>Any message checked and read the way the rules read it.</summary>
        public object Check(PreviewRequest request)
        {
            var text = request.String("text", required: true)!;
            var format = request.Choice("format", "text", "html") == "html" ? MessageFormat.Html : MessageFormat.Text;
            var channel = ParseChannel(request.Choice("channel", Channels) ?? "email");
            var purposeName = request.Choice("purpose", "auto", "transactional", "marketing");
            MessagePurpose? purpose = purposeName switch
            {
                "transactional" => MessagePurpose.Transactional,
                "marketing" => MessagePurpose.Marketing,
                _ => null,
            };
            var locale = request.String("locale");
            if (!string.IsNullOrEmpty(locale) && !IsLanguageTag(locale!))
            {
                throw new PreviewRequestException("locale", $"'locale' is '{locale}', which is not a language tag such as 'en', 'de' or 'zh-CN'.");
            }

            var context = new CheckContext
            {
                Format = format,
                Channel = channel,
                Purpose = purpose,
                Locale = string.IsNullOrEmpty(locale) ? null : locale,
                Now = Now(request),
                Subject = request.String("subject"),
            };
            var report = _checker.Review(text, context);
            var reading = WordingChecker.Analyze(text, context);
            return new
            {
                findings = report.Diagnostics,
                purpose = report.Purpose,
                languages = report.Languages,
                uncoveredLanguages = report.UncoveredLanguages,
                analysis = reading,
            };
        }

        /// <summary>The follow-ups due and next for an order at a "now", in both clocks.</summary>
        public object Plan(PreviewRequest request)
        {
            var now = Now(request);
            var order = Order(request, now, null);
            var buyerZone = SellerTime.ResolveZoneOrNull(order.Buyer?.TimeZoneId);
            return new
            {
                now = Clocks(now, buyerZone),
                stage = order.Stage.ToKebabCase(),
                buyerZone = buyerZone?.Id,
                followUps = _planner.Plan(order, now).Select(f => new
                {
                    key = f.Key,
                    reason = f.Reason,
                    due = f.IsDue(now),
                    overdue = f.IsOverdue(now),
                    dueAt = Clocks(f.DueAt, buyerZone),
                    deadline = f.Deadline is Instant d ? Clocks(d, buyerZone) : null,
                }).ToArray(),
                times = Times(order, buyerZone, now),
            };
        }

        private Instant Now(PreviewRequest request)
        {
            var text = request.String("now");
            if (string.IsNullOrWhiteSpace(text))
            {
                return _clock.GetCurrentInstant();
            }

            if (!SellerTime.TryParseAny(text, _sellerTime.SellerZone, out var instant))
            {
                throw new PreviewRequestException("now", $"'now' is '{text}', which is not a time; write it like '2026-11-24 09:00' (the seller's clock, UTC+8), '2026-11-24 09:00 (UTC+8)' or '2026-11-24T01:00:00Z'.");
            }

            try
            {
                TimeOutOfRangeException.ThrowIfOutside("now", instant);
            }
            catch (TimeOutOfRangeException e)
            {
                throw new PreviewRequestException("now", e.Message);
            }

            return instant;
        }

        private OrderSnapshot Order(PreviewRequest request, Instant now, Phrase? phrase)
        {
            var json = request.String("orderJson");
            if (!string.IsNullOrWhiteSpace(json))
            {
                try
                {
                    return OrderFile.Parse(json!, "pasted order");
                }
                catch (DataFileException e)
                {
                    throw new PreviewRequestException("orderJson", $"line {e.Line}, column {e.Column}: {(e.Field is null ? "" : $"field '{e.Field}': ")}{e.Problem}");
                }
            }

            var name = request.String("order") ?? PreviewOrders.SpecimenName;
            if (name == PreviewOrders.SpecimenName)
            {
                return phrase is null ? SpecimenOrder.Create(now, OrderStage.Shipped) : SpecimenOrder.For(phrase, now);
            }

            return _orders.TryGetValue(name, out var order)
                ? order
                : throw new PreviewRequestException("order", $"There is no order '{name}'; choose one of: {string.Join(", ", new[] { PreviewOrders.SpecimenName }.Concat(_orders.Keys))}, or paste order JSON.");
        }

        private Phrase Phrase(string key) =>
            PhraseKey.TryParse(key, out var parsed) && _engine.Phrasebook.TryGet(parsed, out var phrase)
                ? phrase
                : throw new PreviewRequestException("key", $"There is no phrase '{key}' in the phrasebook.", StatusCodes.Status404NotFound);

        private static object Part(string text, IEnumerable<Diagnostic> findings) => new { text, findings = findings.ToArray() };

        /// <summary>Every time among the order's facts, as the seller (UTC+8) and the buyer read it, by fact name.</summary>
        private object[] Times(OrderSnapshot order, DateTimeZone? buyerZone, Instant now) => OrderFacts.Names
            .Select(fact => (fact, value: OrderFacts.ValueOf(order, fact, null, now)))
            .Where(f => f.value is Instant)
            .Select(f => (object)new { f.fact, at = Clocks((Instant)f.value!, buyerZone) })
            .ToArray();

        private object Clocks(Instant at, DateTimeZone? buyerZone) => new
        {
            instant = NodaTime.Text.InstantPattern.ExtendedIso.Format(at),
            seller = _sellerTime.Format(at),
            buyer = buyerZone is null ? null : SellerTime.FormatIn(at, buyerZone),
        };

        private static Channel ParseChannel(string name) => name switch
        {
            "platform" => Channel.Platform,
            "chat" => Channel.Chat,
            _ => Channel.Email,
        };

        private static bool IsLanguageTag(string tag)
        {
            var parts = tag.Split('-');
            return parts.All(p => p.Length >= 1 && p.Length <= 8 && p.All(char.IsLetterOrDigit)) && parts[0].Length >= 2 && parts[0].Length <= 3 && parts[0].All(char.IsLetter);
        }
    }
}
