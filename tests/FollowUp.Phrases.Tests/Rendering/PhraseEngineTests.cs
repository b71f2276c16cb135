using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    public sealed class PhraseEngineTests
    {
        public static IEnumerable<object[]> BuiltInKeys() => Phrasebooks.Phrasebook.BuiltIn.Phrases.Select(p => new object[] { p.Key.Value });

        [Theory]
        [MemberData(nameof(BuiltInKeys))]
        public void Every_built_in_english_phrase_renders_clean_for_the_sample_order(string key)
        {
            var message = EngineFixture.Engine().Render(key, EngineFixture.SampleOrder(), new RenderOptions { Locale = "en" });

            message.Subject.Should().NotBeNullOrWhiteSpace().And.NotContain("\n");
            message.TextBody.Should().NotBeNullOrWhiteSpace();
            message.Diagnostics.Where(d => d.Severity >= Severity.Warning).Should().BeEmpty();
        }

        [Theory]
        [MemberData(nameof(BuiltInKeys))]
        public void Each_body_has_the_findings_a_check_of_it_alone_gives(string key)
        {
            // The HTML body's reading borrows the text body's lines (LineShare): what it finds must not depend on that. Half
            // a year on, the phrases' dates are past: there are findings to compare.
            var later = NodaTime.Instant.FromUtc(2027, 6, 1, 0, 0);
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = new NodaTime.Testing.FakeClock(later) });
            var phrase = Phrasebooks.Phrasebook.BuiltIn.Get(key);
            foreach (var locale in phrase.Texts.Keys)
            {
                if (phrase.Channels.Count > 0 && !phrase.Channels.Contains(Channel.Email))
                {
                    continue;
                }

                var order = EngineFixture.SampleOrder();
                FollowUpMessage message;
                try
                {
                    message = engine.Render(key, order, new RenderOptions { Locale = locale, Channel = Channel.Email });
                }
                catch (MissingFactException)
                {
                    continue; // the sample order lacks a fact this phrase needs
                }

                message.HtmlBody.Should().NotBeNull();
                EachBodyHasTheFindingsOfACheckOfItAlone(message, phrase, order, later, $"{key} ({locale})");
            }
        }

        [Theory]
        [MemberData(nameof(BuiltInKeys))]
        public void A_template_rendered_for_order_after_order_has_the_findings_a_check_of_each_body_alone_gives(string key)
        {
            // The text body's reading borrows the lines the template's last render wrote the same, with what the screen found
            // on each (LastReadings). Each phrase rendered for orders in turn on one engine — the sample order; another buyer,
            // order and parcel, some in capitals or looking like an account number; the sample order again — must find in
            // each body what a check of it alone finds. Half a year on, the dates are past: there are findings to compare.
            var later = NodaTime.Instant.FromUtc(2027, 6, 1, 0, 0);
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = new NodaTime.Testing.FakeClock(later) });
            var phrase = Phrasebooks.Phrasebook.BuiltIn.Get(key);
            var sample = EngineFixture.SampleOrder();
            var other = sample with
            {
                OrderId = "AE-77001",
                TrackingNumber = "LX123456789CN",
                TrackingUrl = new System.Uri("https://track.example.com/LX123456789CN"),
                Carrier = "CAINIAO",
                Buyer = sample.Buyer with { Name = "MARIA GARCIA LOPEZ" },
            };
            var orders = new[] { sample, other, sample with { OrderId = "12345678901234" }, sample };
            foreach (var locale in phrase.Texts.Keys)
            {
                foreach (var order in orders)
                {
                    FollowUpMessage message;
                    try
                    {
                        message = engine.Render(key, order, new RenderOptions { Locale = locale });
                    }
                    catch (MissingFactException)
                    {
                        continue; // the sample order lacks a fact this phrase needs
                    }

                    EachBodyHasTheFindingsOfACheckOfItAlone(message, phrase, order, later, $"{key} ({locale}) for {order.OrderId}");
                }
            }
        }

        // Each body of a rendered message has the findings a check of it alone gives, under the context the engine checks
        // it with (the phrase's purpose and stage, the message's channel and locale, the seller's zone, the order).
        private static void EachBodyHasTheFindingsOfACheckOfItAlone(FollowUpMessage message, Phrasebooks.Phrase phrase, FollowUp.Phrases.Lifecycle.OrderSnapshot order, NodaTime.Instant now, string what)
        {
            var context = new CheckContext
            {
                Channel = message.Channel, Purpose = phrase.Purpose, Stage = phrase.Stage, Locale = message.Locale, Now = now,
                TimeZone = FollowUp.Phrases.Timing.SellerTime.ChinaStandardTime, Order = order,
            };
            Describe(message.TextBodyDiagnostics).Should().Equal(Describe(WordingChecker.Default.Check(message.TextBody, context)), what + ", text");
            if (message.HtmlBody != null)
            {
                Describe(message.HtmlBodyDiagnostics).Should().Equal(Describe(WordingChecker.Default.Check(message.HtmlBody, context with { Format = MessageFormat.Html })), what + ", HTML");
            }

            static IEnumerable<string> Describe(IEnumerable<Diagnostic> findings) => findings.Select(d => $"{d.Rule} {d.Start}+{d.Length}: {d.Message}");
        }

        [Fact]
        public void The_findings_compared_above_are_there()
        {
            // The theory above compares findings: half a year on, an order confirmation's HTML body has some (its dates are past).
            var later = NodaTime.Instant.FromUtc(2027, 6, 1, 0, 0);
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = new NodaTime.Testing.FakeClock(later) });

            engine.Render("order.confirmed", EngineFixture.SampleOrder(), new RenderOptions { Locale = "en" }).HtmlBodyDiagnostics.Should().NotBeEmpty();
        }

        [Fact]
        public void A_phrase_rendered_again_has_the_findings_of_its_first_render()
        {
            // The engine remembers per template whether its last output was read by the checker, and checks the next one
            // accordingly (without the screen's pass when it expects a reading): every built-in phrase in every locale, and
            // phrases with findings in their text and HTML, rendered twice by one engine, have the same findings both times.
            var withFindings = EngineFixture.Book(
                "\"test.soon\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", " +
                "\"body\": \"Your order {{ order.id }} will be shipped soon. It left on Fri 23 Nov 2026.\", " +
                "\"html\": \"<p>Your order {{ order.id }} will be shipped soon.</p><p>We guarantee delivery by 24 Nov 2026.</p>\" } } }");
            var differ = new List<string>();
            var findings = 0;
            foreach (var (engine, book) in new[] { (EngineFixture.Engine(), Phrasebooks.Phrasebook.BuiltIn), (EngineFixture.Engine(withFindings), withFindings) })
            {
                foreach (var (key, locale) in book.Phrases.SelectMany(p => p.Locales.Select(l => (p.Key.Value, l))))
                {
                    string Render()
                    {
                        var m = engine.Render(key, EngineFixture.SampleOrder(), new RenderOptions { Locale = locale });
                        return string.Join("; ", m.Diagnostics.Select(d => $"{d.Rule} {d.Start}+{d.Length} {d.Message}"));
                    }

                    var first = Render();
                    var again = Render();
                    findings += ReferenceEquals(book, withFindings) ? first.Split(';').Length : 0;
                    if (again != first)
                    {
                        differ.Add($"{key} ({locale}): first [{first}], again [{again}]");
                    }
                }
            }

            differ.Should().BeEmpty();
            findings.Should().BeGreaterOrEqualTo(3, "the test phrase's text and HTML promise 'soon', and its HTML guarantees a date");
        }

        [Fact]
        public void Renders_facts_with_seller_time_in_utc_plus_8()
        {
            var message = EngineFixture.Engine().Render("shipment.dispatched", EngineFixture.SampleOrder());

            message.Subject.Should().Be("Order AE-20931 shipped with DHL Express – tracking 1234567890");
            message.TextBody.Should().Contain("handed to DHL Express on 2026-11-23 14:00 (UTC+8)")
                .And.Contain("Tracking number: 1234567890.")
                .And.Contain("7–10 working days");
            message.CreatedAt.Should().Be(EngineFixture.Now);
            message.Stage.Should().Be(OrderStage.Shipped);
        }

        [Fact]
        public void A_missing_required_fact_fails_naming_phrase_and_fact()
        {
            var order = EngineFixture.SampleOrder() with { TrackingNumber = null };

            Action render = () => EngineFixture.Engine().Render("shipment.dispatched", order);

            var error = render.Should().Throw<MissingFactException>().Which;
            error.PhraseKey.Should().Be("shipment.dispatched");
            error.Facts.Should().Equal("shipment.tracking_number");
            error.Message.Should().Contain("shipment.dispatched").And.Contain("shipment.tracking_number");
        }

        [Fact]
        public void A_blank_fact_counts_as_missing()
        {
            var order = EngineFixture.SampleOrder() with { Carrier = "   " };

            Action render = () => EngineFixture.Engine().Render("shipment.dispatched", order);

            render.Should().Throw<MissingFactException>().Which.Facts.Should().Equal("shipment.carrier");
        }

        [Fact]
        public void A_fact_printed_but_not_declared_still_fails_rather_than_printing_blank()
        {
            var book = EngineFixture.Book("\"test.note\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Note\", \"body\": \"Tracking: {{ shipment.tracking_number }}\" } } }");
            var order = EngineFixture.SampleOrder() with { TrackingNumber = null };

            Action render = () => EngineFixture.Engine(book).Render("test.note", order);

            render.Should().Throw<MissingFactException>().Which.Facts.Should().Equal("shipment.tracking_number");
        }

        [Fact]
        public void Optional_facts_can_be_tested_in_conditions_and_defaulted()
        {
            var book = EngineFixture.Book("\"test.note\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Note\", \"body\": \"Hi {{ buyer.name | default: 'there' }}.{% if shipment.tracking_url %} Track: {{ shipment.tracking_url }}{% endif %}\" } } }");
            var order = new OrderSnapshot { Stage = OrderStage.Shipped };

            var message = EngineFixture.Engine(book).Render("test.note", order);

            message.TextBody.Should().Be("Hi there.");
        }

        [Fact]
        public void Values_in_html_bodies_are_html_encoded_and_plain_text_is_left_as_is()
        {
            var order = EngineFixture.SampleOrder() with { Buyer = new Buyer { Name = "<script>alert(\"x\")</script> & Co" } };

            var message = EngineFixture.Engine().Render("shipment.dispatched", order);

            message.HtmlBody.Should().Contain("Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co,")
                .And.NotContain("<script>");
            message.HtmlBody.Should().Contain("<strong>1234567890</strong>", "the template's own markup is kept");
            message.TextBody.Should().StartWith("Dear <script>alert(\"x\")</script> & Co,");
        }

        [Fact]
        public void A_line_break_in_a_value_cannot_reach_the_subject()
        {
            var order = EngineFixture.SampleOrder() with { OrderId = "AE-1\r\nBcc: victim@example.com" };

            Action render = () => EngineFixture.Engine().Render("shipment.dispatched", order);

            render.Should().Throw<InvalidFactException>().Which.Fact.Should().Be("order.id");
        }

        [Fact]
        public void A_line_break_made_by_the_template_cannot_reach_the_subject_either()
        {
            var book = EngineFixture.Book("\"test.s\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order {{ 'x\\nBcc: y' | append: order.id }}\", \"body\": \"B\" } } }");

            Action render = () => EngineFixture.Engine(book).Render("test.s", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().Which.Part.Should().Be("subject");
        }

        [Fact]
        public void Strict_engine_refuses_a_message_with_error_findings_and_lists_them()
        {
            var book = EngineFixture.Book("\"test.promise\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Shipped\", \"body\": \"Your parcel is guaranteed to arrive before Christmas.\" } } }");

            Action render = () => EngineFixture.Engine(book, refuse: true).Render("test.promise", EngineFixture.SampleOrder());

            var error = render.Should().Throw<WordingRejectedException>().Which;
            error.Diagnostics.Should().Contain(d => d.Rule == RuleIds.Overpromise);
            error.Message.Should().Contain("overpromise");
        }

        [Fact]
        public void Lenient_engine_returns_the_findings_with_the_message()
        {
            var book = EngineFixture.Book("\"test.soon\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Soon\", \"body\": \"Your order will be shipped soon.\" } } }");

            var message = EngineFixture.Engine(book).Render("test.soon", EngineFixture.SampleOrder());

            message.TextBodyDiagnostics.Select(d => d.Rule).Should().BeEquivalentTo(new[] { RuleIds.MissingOwner, RuleIds.VagueTiming });
            message.TextBody.Substring(message.TextBodyDiagnostics[1].Start, message.TextBodyDiagnostics[1].Length).Should().Be("soon");
        }

        [Fact]
        public void Marketing_email_gets_one_click_unsubscribe_headers()
        {
            var message = EngineFixture.Engine().Render("marketing.new-arrivals", EngineFixture.SampleOrder());

            message.Purpose.Should().Be(MessagePurpose.Marketing);
            message.Headers["List-Unsubscribe"].Should().Be("<https://brightway.example/unsubscribe?u=42>");
            message.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
        }

        [Fact]
        public void Buyer_time_uses_the_buyers_zone()
        {
            var message = EngineFixture.Engine().Render("delivery.delivered", EngineFixture.SampleOrder());

            message.TextBody.Should().Contain("delivered on 2026-12-03 11:30 CET");
        }

        [Fact]
        public void Seller_zone_is_configurable()
        {
            var engine = new PhraseEngine(new PhraseEngineOptions
            {
                Clock = EngineFixture.Clock(),
                SellerTimeZone = FollowUp.Phrases.Timing.SellerTime.ResolveZone("Asia/Kolkata"),
            });

            engine.Render("shipment.dispatched", EngineFixture.SampleOrder()).TextBody.Should().Contain("on 2026-11-23 11:30 (UTC+5:30)");
        }

        [Fact]
        public void Template_loops_are_bounded()
        {
            var book = EngineFixture.Book("\"test.loop\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Loop\", \"body\": \"{% for i in (1..100000) %}x{% endfor %}\" } } }");

            Action render = () => EngineFixture.Engine(book).Render("test.loop", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("test.loop");
        }

        [Theory]
        [InlineData("{% for shipment in order.items %}{{ shipment.name }}{% endfor %}")]
        [InlineData("{% assign buyer = order.id %}{{ buyer }}")]
        [InlineData("{% capture order %}x{% endcapture %}{{ order }}")]
        public void A_template_variable_may_not_take_a_fact_groups_name(string body)
        {
            // Facts are read by their number once the phrasebook is loaded, which is right only because no template
            // variable can hide a group: the loader refuses the name.
            Action load = () => EngineFixture.Book("\"test.shadow\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order\", \"body\": \"" + body + "\" } } }");

            load.Should().Throw<DataFileException>().WithMessage("*a name the template already uses (a group of facts)*");
        }

        [Fact]
        public void Facts_read_the_same_inside_and_outside_loops()
        {
            var book = EngineFixture.Book(
                "\"test.facts\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"Order {{ order.id }}\", " +
                "\"body\": \"{{ shipment.carrier }}|{% for item in order.items %}{{ item.name }} {{ shipment.carrier }};{% endfor %}|{% if shipment.carrier %}{{ order.id }}{% endif %}\" } } }");
            var order = EngineFixture.SampleOrder();

            var text = EngineFixture.Engine(book).Render("test.facts", order).TextBody;

            var items = string.Concat(order.Items.Select(i => i.Name + " " + order.Carrier + ";"));
            text.Should().Be($"{order.Carrier}|{items}|{order.OrderId}");
        }

        [Fact]
        public void Options_are_validated_when_the_engine_is_built()
        {
            Action build = () => new PhraseEngine(new PhraseEngineOptions { Clock = null! });

            build.Should().Throw<ConfigurationException>().WithMessage("*Clock*");
        }

        [Fact]
        public void One_engine_renders_the_same_from_many_threads()
        {
            var engine = EngineFixture.Engine();
            var order = EngineFixture.SampleOrder();
            var keys = Phrasebooks.Phrasebook.BuiltIn.Phrases.Select(p => p.Key.Value).ToArray();
            var sequential = keys.Select(k => engine.Render(k, order).TextBody).ToArray();

            var parallel = new string[keys.Length * 20];
            Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = engine.Render(keys[i % keys.Length], order).TextBody);

            for (var i = 0; i < parallel.Length; i++)
            {
                parallel[i].Should().Be(sequential[i % keys.Length]);
            }
        }
    }
}
