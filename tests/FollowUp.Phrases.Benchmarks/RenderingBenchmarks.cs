using System.IO;
using BenchmarkDotNet.Attributes;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using NodaTime;
using Fluid;
using Fluid.Values;
using Scriban;
using Scriban.Runtime;

namespace FollowUp.Phrases.Benchmarks
{
    /// <summary>
    /// The dispatch phrase rendered by Fluid directly (the floor: the engine the library uses), by Scriban directly (the
    /// engine a user might pick instead), and through the library's engine, with and without checking.
    /// </summary>
    [MemoryDiagnoser]
    public class RenderingBenchmarks
    {
        private sealed class FixedClock : IClock
        {
            public Instant GetCurrentInstant() => Instant.FromUtc(2026, 11, 23, 6, 0);
        }

        // A clock a tick later at every reading, as a running service's is: no two renders are checked under equal contexts
        // (a tick, not a second: over a run's millions of renders the dates the checks judge stay where they were).
        private sealed class MovingClock : IClock
        {
            private Instant _now = Instant.FromUtc(2026, 11, 23, 6, 0);

            public Instant GetCurrentInstant() => _now = _now.PlusTicks(1);
        }

        private PhraseEngine _engineMovingClock = null!;
        private OrderSnapshot[] _manyOrders = System.Array.Empty<OrderSnapshot>();
        private int _nextOrder;
        private Template _raw = null!;
        private Template _rawSubject = null!;
        private Template _rawHtml = null!;
        private ScriptObject _rawModel = null!;
        private IFluidTemplate _fluidText = null!;
        private IFluidTemplate _fluidSubject = null!;
        private IFluidTemplate _fluidHtml = null!;
        private TemplateOptions _fluidOptions = null!;
        private System.Collections.Generic.Dictionary<string, object> _fluidModel = null!;
        private PhraseEngine _engine = null!;
        private PhraseEngine _engineUnchecked = null!;
        private OrderSnapshot _order = null!;
        private string[] _bookFiles = System.Array.Empty<string>();

        [GlobalSetup]
        public void Setup()
        {
            _order = OrderFile.Load(Data.Path("sample-order.json"));
            _engine = new PhraseEngine(new PhraseEngineOptions { Clock = new FixedClock() });
            _engineUnchecked = new PhraseEngine(new PhraseEngineOptions { Clock = new FixedClock(), CheckWording = false });
            _engineMovingClock = new PhraseEngine(new PhraseEngineOptions { Clock = new MovingClock() });
            _manyOrders = new OrderSnapshot[4096];
            for (var k = 0; k < _manyOrders.Length; k++)
            {
                var tracking = (1234560000 + (k * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _manyOrders[k] = _order with
                {
                    OrderId = "AE-" + (30000 + k).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TrackingNumber = tracking,
                    TrackingUrl = new System.Uri("https://track.example.com/" + tracking),
                    Buyer = _order.Buyer with { Name = "Anna Weber-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                };
            }
            var text = Phrasebook.BuiltIn.Get("shipment.dispatched").Texts["en"];
            _raw = Template.ParseLiquid(text.Body);
            _rawSubject = Template.ParseLiquid(text.Subject);
            _rawHtml = Template.ParseLiquid(text.Html ?? throw new System.InvalidOperationException("shipment.dispatched (en) has no HTML body."));
            _rawModel = new ScriptObject
            {
                ["buyer"] = new ScriptObject { ["name"] = "Anna Weber" },
                ["order"] = new ScriptObject { ["id"] = "AE-20931" },
                ["shipment"] = new ScriptObject
                {
                    ["carrier"] = "DHL Express", ["tracking_number"] = "1234567890", ["tracking_url"] = "https://track.example.com/1234567890",
                    ["dispatched_at"] = "2026-11-23 14:00 (UTC+8)", ["delivery_window"] = "7–10 working days",
                    ["estimated_delivery"] = "between Wed 2 Dec and Mon 7 Dec 2026",
                },
                ["seller"] = new ScriptObject { ["name"] = "Lily Chen", ["company"] = "Shenzhen Brightway Co." },
            };
            _rawModel.Import("seller_time", new System.Func<object, object>(v => v)); // values are pre-formatted here
            var parser = new FluidParser();
            _fluidSubject = parser.Parse(text.Subject);
            _fluidText = parser.Parse(text.Body);
            _fluidHtml = parser.Parse(text.Html!);
            _fluidOptions = new TemplateOptions();
            _fluidOptions.Filters.AddFilter("seller_time", (input, args, context) => new System.Threading.Tasks.ValueTask<FluidValue>(input)); // pre-formatted
            _fluidModel = new System.Collections.Generic.Dictionary<string, object>();
            foreach (var pair in _rawModel)
            {
                if (pair.Value is ScriptObject group)
                {
                    var values = new System.Collections.Generic.Dictionary<string, object>();
                    foreach (var member in group)
                    {
                        values[member.Key] = member.Value!;
                    }

                    _fluidModel[pair.Key] = values;
                }
            }

            _bookFiles = Directory.GetFiles(Data.Path("phrasebook"), "*.json");
        }

        /// <summary>The three templates (subject, text, HTML) by Fluid directly, values pre-formatted: the floor for rendering.</summary>
        [Benchmark(Baseline = true)]
        public int RawFluidRender()
        {
            var n = 0;
            n += Fluid(_fluidSubject, NullEncoder.Default);
            n += Fluid(_fluidText, NullEncoder.Default);
            n += Fluid(_fluidHtml, System.Text.Encodings.Web.HtmlEncoder.Default);
            return n;
        }

        private int Fluid(IFluidTemplate template, System.Text.Encodings.Web.TextEncoder encoder)
        {
            var context = new Fluid.TemplateContext(_fluidOptions);
            foreach (var pair in _fluidModel)
            {
                context.SetValue(pair.Key, pair.Value);
            }

            return template.Render(context, encoder).Length;
        }

        /// <summary>The same three templates by Scriban's Liquid mode directly, values pre-formatted.</summary>
        [Benchmark]
        public int RawScribanRender()
        {
            var n = 0;
            foreach (var template in new[] { _rawSubject, _raw, _rawHtml })
            {
                var context = new LiquidTemplateContext();
                context.PushGlobal(_rawModel);
                n += template.Render(context).Length;
            }

            return n;
        }

        [Benchmark]
        public string EngineRender() => _engineUnchecked.Render("shipment.dispatched", _order).TextBody;

        [Benchmark]
        public string EngineRenderAndCheck() => _engine.Render("shipment.dispatched", _order).TextBody;

        /// <summary>As <see cref="EngineRenderAndCheck"/>, with the clock moving on between renders (a new send time each).</summary>
        [Benchmark]
        public string EngineRenderAndCheckMovingClock() => _engineMovingClock.Render("shipment.dispatched", _order).TextBody;

        /// <summary>
        /// As <see cref="EngineRenderAndCheckMovingClock"/>, for another order at every render (4,096 in turn, each with its
        /// own order number, tracking number and buyer): what a service rendering real orders sees — words no message
        /// before held, in every message.
        /// </summary>
        [Benchmark]
        public string EngineRenderAndCheckManyOrders() => _engineMovingClock.Render("shipment.dispatched", _manyOrders[_nextOrder++ & 4095]).TextBody;

        [Benchmark]
        public string EngineColdStart()
        {
            var book = Phrasebook.Empty;
            foreach (var file in _bookFiles)
            {
                book = book.With(Phrasebook.LoadFile(file));
            }

            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = new FixedClock(), Phrasebook = book });
            return engine.Render("shipment.dispatched", _order).TextBody;
        }
    }
}
