using System.IO;
using BenchmarkDotNet.Attributes;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using NodaTime;
using Scriban;
using Scriban.Runtime;

namespace FollowUp.Phrases.Benchmarks
{
    /// <summary>The dispatch phrase rendered by Scriban directly (the floor) and through the engine, with and without checking.</summary>
    [MemoryDiagnoser]
    public class RenderingBenchmarks
    {
        private sealed class FixedClock : IClock
        {
            public Instant GetCurrentInstant() => Instant.FromUtc(2026, 11, 23, 6, 0);
        }

        private Template _raw = null!;
        private Template _rawSubject = null!;
        private Template _rawHtml = null!;
        private ScriptObject _rawModel = null!;
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
            _bookFiles = Directory.GetFiles(Data.Path("phrasebook"), "*.json");
        }

        /// <summary>The same three templates (subject, text, HTML) with pre-formatted values: the floor for rendering.</summary>
        [Benchmark(Baseline = true)]
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
