using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// A typed fact (an instant, a date, an amount, a delivery window, a link) as the template sees it: text already
    /// written the buyer's way, with the typed value kept for the time filters (<c>seller_time</c>, <c>both_times</c>).
    /// </summary>
    internal sealed class FactValue : FluidValue
    {
        private readonly string _text;

        public FactValue(object value, string text)
        {
            Value = value;
            _text = text;
        }

        /// <summary>The typed value (NodaTime <c>Instant</c>, <c>LocalDate</c>, <c>Money</c>…).</summary>
        public object Value { get; }

        // An instant's time in the buyer's zone and in both, written when a template first asks (buyer_time, both_times)
        // and kept for the render's other templates: the fact model, and with it this value, is one render's.
        private string? _buyerTime;
        private string? _bothTimes;

        /// <summary>The instant (<see cref="Value"/> must be one) in the buyer's zone, as <see cref="ValueFormatter.BuyerTime"/> writes it.</summary>
        public string BuyerTime(ValueFormatter formatter) => _buyerTime ??= formatter.BuyerTime((NodaTime.Instant)Value);

        /// <summary>The instant (<see cref="Value"/> must be one) in both zones, as <see cref="ValueFormatter.BothTimes"/> writes it.</summary>
        public string BothTimes(ValueFormatter formatter) => _bothTimes ??= formatter.BothTimes((NodaTime.Instant)Value);

        public override FluidValues Type => FluidValues.String;

        public override bool Equals(FluidValue other) => other is not null && !other.IsNil() && other.ToStringValue() == _text;

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => Value is decimal d ? d : 0m;

        public override string ToStringValue() => _text;

        public override object ToObjectValue() => Value;


        /// <summary>The parts <see cref="Lifecycle.OrderFacts.PartsOf"/> names; nothing else (the sandbox refuses other names).</summary>
        public override ValueTask<FluidValue> GetValueAsync(string name, Fluid.TemplateContext context) => new ValueTask<FluidValue>(Lifecycle.OrderFacts.PartOf(Value, name) switch
        {
            int number => NumberValue.Create(number),
            string text => StringValue.Create(text),
            _ => NilValue.Instance,
        });

        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
        {
            encoder.Encode(writer, _text);
            return default;
        }

        public override bool Equals(object? obj) => obj is FactValue other && other._text == _text;

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);
    }
}
