using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering.Liquid;
using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Renders phrases for orders and checks the result. Build one per application and share it: it is immutable and
    /// thread-safe, and every template was parsed once when its phrasebook was loaded.
    /// </summary>
    /// <example>
    /// <code>
    /// var engine = new PhraseEngine(new PhraseEngineOptions { Clock = clock });
    /// FollowUpMessage message = engine.Render("shipment.dispatched", order);
    /// foreach (var d in message.Diagnostics) Console.WriteLine(d);
    /// </code>
    /// </example>
    public sealed class PhraseEngine
    {
        private readonly Phrasebook _phrasebook;
        private readonly IClock _clock;
        private readonly SellerTime _sellerTime;
        private readonly WordingChecker _checker;
        private readonly bool _refuseOnErrors;
        private readonly bool _checkWording;
        private readonly string _defaultLocale;
        private readonly Channel _defaultChannel;
        private readonly RenderLimits _limits;
        private readonly WorkingCalendars _calendars;
        private readonly Dictionary<string, string[]> _suppressedByPhrase;

        /// <summary>Builds an engine from <paramref name="options"/>, validating them once.</summary>
        /// <exception cref="ConfigurationException">An option is missing or out of range.</exception>
        public PhraseEngine(PhraseEngineOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            _phrasebook = options.Phrasebook;
            _clock = options.Clock;
            _sellerTime = new SellerTime(options.SellerTimeZone);
            _checker = options.Checker;
            _refuseOnErrors = options.RefuseOnErrors;
            _checkWording = options.CheckWording;
            _defaultLocale = options.DefaultLocale;
            _defaultChannel = options.DefaultChannel;
            _limits = options.Limits;
            _calendars = options.Calendars;
            _suppressedByPhrase = options.SuppressedRulesByPhrase.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
            foreach (var rule in _suppressedByPhrase.SelectMany(p => p.Value))
            {
                if (Array.IndexOf(WordingChecker.KnownRuleIds, rule) < 0)
                {
                    throw new ConfigurationException($"PhraseEngineOptions.SuppressedRulesByPhrase names unknown rule '{rule}'. Known rules: {string.Join(", ", WordingChecker.KnownRuleIds)}.", "PhraseEngineOptions", rule, WordingChecker.KnownRuleIds);
                }
            }
        }

        /// <summary>The phrases this engine renders.</summary>
        public Phrasebook Phrasebook => _phrasebook;

        /// <summary>Renders phrase <paramref name="key"/> for <paramref name="order"/> and checks its wording.</summary>
        /// <exception cref="UnknownPhraseException">The phrasebook has no such phrase.</exception>
        /// <exception cref="MissingFactException">The phrase needs a fact the order lacks; nothing is rendered.</exception>
        /// <exception cref="TemplateRenderException">A template failed while rendering.</exception>
        /// <exception cref="TimeOutOfRangeException">A time of the order, or the clock, is outside 1900–2199.</exception>
        /// <exception cref="WordingRejectedException">With <see cref="PhraseEngineOptions.RefuseOnErrors"/>, a finding is an error.</exception>
        public FollowUpMessage Render(string key, OrderSnapshot order, RenderOptions? options = null)
        {
            if (order is null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            options ??= new RenderOptions();
            TimeOutOfRangeException.ThrowIfOutside(order);
            var phrase = _phrasebook.Get(key);

            // Compliance is the engine's job, not the caller's memory: no marketing to a buyer who opted out, and no text
            // on a channel it was not written for.
            if (phrase.Purpose == MessagePurpose.Marketing && order.Buyer.OptedOutOfMarketing && !options.LegallyRequiredNotice)
            {
                throw new BuyerOptedOutException(phrase.Key.Value, order.OrderId, order.Buyer.Name);
            }

            var requestedChannel = options.Channel ?? _defaultChannel;
            if (phrase.Channels.Count > 0 && !phrase.Channels.Contains(requestedChannel))
            {
                throw new ChannelNotDeclaredException(phrase.Key.Value, requestedChannel, phrase.Channels);
            }

            var text = phrase.TextFor(options.Locale ?? order.Buyer.Locale ?? _defaultLocale);
            var keyText = phrase.Key.Value;

            var zoneId = options.BuyerTimeZoneId ?? order.Buyer.TimeZoneId;
            var buyerZone = string.IsNullOrWhiteSpace(zoneId) ? null : SellerTime.ResolveZone(zoneId!);
            var formatter = new ValueFormatter(text.Locale, _sellerTime, buyerZone);

            // One model per message: the facts read to check the required ones are the facts the templates print.
            var now = _clock.GetCurrentInstant();
            var model = LiquidTemplate.CreateModel(order, formatter, _calendars, now);
            var missing = LiquidTemplate.MissingFacts(model, phrase.RequiredFacts, phrase.RequiredFactIndexes);
            if (missing.Length > 0)
            {
                throw new MissingFactException(keyText, text.Locale, missing);
            }

            ValidateLinks(order);
            ValidateSubjectFacts(text, model);

            var subject = OneLine(RenderPart(text.SubjectTemplate, model, formatter, RenderMode.Subject, keyText, text.Locale, "subject"));
            var body = NormalizeLines(RenderPart(text.BodyTemplate, model, formatter, RenderMode.Text, keyText, text.Locale, "body"));
            var channel = options.Channel ?? _defaultChannel;

            // Email is sent as HTML: a phrase without HTML of its own goes out in the one layout, built from its text.
            var html = text.HtmlTemplate != null ? RenderPart(text.HtmlTemplate, model, formatter, RenderMode.Html, keyText, text.Locale, "html")
                : channel == Channel.Email ? EmailLayout.Apply(body, order, phrase.Purpose, text.Locale)
                : null;

            var context = !_checkWording ? null : new CheckContext
            {
                Channel = channel,
                Purpose = phrase.Purpose,
                Stage = phrase.Stage,
                Locale = text.Locale,
                Now = now,
                TimeZone = _sellerTime.SellerZone,
                Order = order,
                Calendars = _calendars,
                SuppressedRules = _suppressedByPhrase.TryGetValue(keyText, out var silenced) ? silenced : null,
            };
            // The text body says most of what the template's last render said, and the HTML body most of what the text body
            // says, line for line: the text body's reading copies the lines it finds in the last render's record (LineShare),
            // and the HTML body's reading those it finds in the text body's, instead of cutting and screening them again.
            var share = context is null ? null : Checking.Analysis.LineShare.Rent();
            if (share != null)
            {
                share.Previous = Checking.Analysis.LastReadings.Take(text.BodyTemplate);
            }

            IReadOnlyList<Diagnostic> textDiagnostics, htmlDiagnostics;
            var checkedBoth = false;
            try
            {
                textDiagnostics = context is null ? Array.Empty<Diagnostic>() : Checked(HintFor(text.BodyTemplate, text.Body), body, context, MessageFormat.Text, share);
                htmlDiagnostics = html is null || context is null ? Array.Empty<Diagnostic>() : Checked(HintFor((object?)text.HtmlTemplate ?? text, text.Html ?? text.Body), html, context, MessageFormat.Html, share);
                checkedBoth = true;
            }
            finally
            {
                // Also when a check throws: the thread's word pool is told the message's readings are done (and a record
                // made by a check that did not finish is not kept).
                KeepForNextRender(text.BodyTemplate, share, checkedBoth);
            }
            var message = new FollowUpMessage
            {
                Key = phrase.Key,
                Locale = text.Locale,
                Stage = phrase.Stage,
                Purpose = phrase.Purpose,
                Channel = channel,
                Subject = subject,
                TextBody = body,
                HtmlBody = html,
                Headers = Headers(phrase, order, channel),
                CreatedAt = now,
                SubjectDiagnostics = context is null ? Array.Empty<Diagnostic>() : _checker.CheckSubject(subject, Suppressed(context, HintFor(text.SubjectTemplate, text.Subject))),
                TextBodyDiagnostics = textDiagnostics,
                HtmlBodyDiagnostics = htmlDiagnostics,
            };

            if (_refuseOnErrors && message.HasErrors)
            {
                throw new WordingRejectedException(keyText, message.Diagnostics.ToArray());
            }

            return message;
        }

        // The text body's record kept for the template's next render on this thread (when the text body's reading made it,
        // and it is small), the last render's given back.
        private static void KeepForNextRender(LiquidTemplate template, Checking.Analysis.LineShare? share, bool checkedBoth)
        {
            if (share is null)
            {
                return;
            }

            share.Previous?.Release();
            share.Previous = null;
            if (checkedBoth && share.HasRecord && share.RecordedFormat == MessageFormat.Text && share.LineCount > 0 && share.RecordedTokens <= Checking.Analysis.LineShare.MaxTokensKept)
            {
                share.KeepForNext();
                Checking.Analysis.LastReadings.Keep(template, share);
            }
            else
            {
                share.Release();
            }
        }

        // What the engine keeps per template (a subject, a body, an HTML body): the rules its source silences, and whether
        // the last check of its output was read by a rule.
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, TemplateHint> _hints = new System.Runtime.CompilerServices.ConditionalWeakTable<object, TemplateHint>();

        private TemplateHint HintFor(object template, string source) => _hints.GetValue(template, _ => new TemplateHint(source));

        private IReadOnlyList<Diagnostic> Checked(TemplateHint hint, string output, CheckContext context, MessageFormat format, Checking.Analysis.LineShare? share)
        {
            var checkedAs = Suppressed(context, hint);
            var diagnostics = _checker.Check(output, format == MessageFormat.Text ? checkedAs : checkedAs with { Format = format }, hint.WasRead, out var read, share);
            hint.WasRead = read;
            return diagnostics;
        }

        private sealed class TemplateHint
        {
            public TemplateHint(string source)
            {
                // A template's "{% comment %}followup-ignore RULE: reason{% endcomment %}" vanishes from the output, so it
                // applies to the whole rendered part. Read once: a template's source never changes.
                Silenced = source.IndexOf(Suppressions.Marker, StringComparison.Ordinal) < 0 ? null : Suppressions.InTemplate(source, WordingChecker.KnownRuleIds);
            }

            /// <summary>The rules the template's source silences; null when it has no marker.</summary>
            public IReadOnlyCollection<string>? Silenced { get; }

            // Whether the last check of the template's output was read by a rule: a phrase's renders mostly go the same
            // way — a dispatch notice always holds dates for the date rules, a thank-you note rarely anything — and a body
            // expected to be read skips the checker's screen, whose pass over it would end in "read it". A hint only: the
            // findings are the same either way, and a wrong guess costs that pass or a reading of a clean body. Written
            // and read by any thread rendering the template: a stale answer only costs time.
            public volatile bool WasRead;
        }

        private static CheckContext Suppressed(CheckContext context, TemplateHint hint) =>
            hint.Silenced is null
                ? context
                : context with { SuppressedRules = hint.Silenced.Concat(context.SuppressedRules ?? Array.Empty<string>()).ToArray() };

        private string RenderPart(LiquidTemplate template, object model, ValueFormatter formatter, RenderMode mode, string key, string locale, string part)
        {
            try
            {
                return template.Render(model, formatter, mode, _limits, (place, problem, inner) =>
                    new TemplateRenderException(key, locale, part, place, problem, inner));
            }
            catch (MissingFactUsedException e)
            {
                throw new MissingFactException(key, locale, new[] { e.Fact });
            }
        }

        // Links reach buyers as clickable text and mail headers: only web links, and only https for unsubscribing
        // (Gmail's and Yahoo's one-click unsubscribe requires it); no character that could end a header or the header's
        // angle brackets. Orders built in code reach here without the order-file reader's checks.
        private static void ValidateLinks(OrderSnapshot order)
        {
            if (order.TrackingUrl is Uri tracking && WebLink.Problem(tracking, httpsOnly: false) is string trackingProblem)
            {
                throw new InvalidFactException("shipment.tracking_url", trackingProblem);
            }

            if (order.UnsubscribeUrl is Uri unsubscribe && WebLink.Problem(unsubscribe, httpsOnly: true) is string unsubscribeProblem)
            {
                throw new InvalidFactException("marketing.unsubscribe_url", unsubscribeProblem);
            }
        }

        // A subject becomes a mail header: a fact that would break its line (or end a C string) is refused by name
        // before anything is rendered.
        private static void ValidateSubjectFacts(PhraseText text, object model)
        {
            var facts = text.SubjectTemplate.ReferencedFacts;
            for (var f = 0; f < facts.Count; f++)
            {
                var fact = facts[f];
                if (LiquidTemplate.FactText(model, fact, text.SubjectTemplate.ReferencedFactIndexes[f]) is not string written)
                {
                    continue;
                }

                for (var i = 0; i < written.Length; i++)
                {
                    var c = written[i];
                    if (c == '\r' || c == '\n' || c == '\0' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (char.IsControl(c) && c != '\t'))
                    {
                        throw new InvalidFactException(fact, $"its value '{WebLink.Visible(written)}' contains U+{(int)c:X4} at position {i + 1}, which a subject line cannot hold (it would break the mail header).");
                    }
                }
            }
        }

        // Shared by every message without headers; read-only, so no caller can add to another message's headers.
        private static readonly IReadOnlyDictionary<string, string> NoHeaders = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

        private static IReadOnlyDictionary<string, string> Headers(Phrase phrase, OrderSnapshot order, Channel channel)
        {
            if (!(phrase.Purpose == MessagePurpose.Marketing && channel == Channel.Email && order.UnsubscribeUrl != null))
            {
                return NoHeaders;
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            {
                // RFC 8058 one-click unsubscribe, which Gmail and Yahoo require of bulk senders.
                headers["List-Unsubscribe"] = "<" + WebLink.Serialize(order.UnsubscribeUrl) + ">";
                headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
            }

            return headers;
        }

        private static string OneLine(string text)
        {
            if (IsOneLine(text))
            {
                return text;
            }

            var sb = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }

        // Already one line: no white space at either end and no white space but single spaces inside.
        private static bool IsOneLine(string text)
        {
            if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
            {
                return text.Length == 0;
            }

            for (var i = 1; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))
                {
                    return false;
                }
            }

            return true;
        }

        private static string NormalizeLines(string text)
        {
            if (text.IndexOf('\r') >= 0)
            {
                text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            }

            return text.Length > 0 && (text[0] == '\n' || text[text.Length - 1] == '\n') ? text.Trim('\n') : text;
        }
    }
}
