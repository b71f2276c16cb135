using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Fluid;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// One group of facts (<c>order</c>, <c>shipment</c>, <c>custom</c>…): the only objects a template can reach. It
    /// answers member names from the order's facts, computed on first use; it has no .NET members and no index.
    /// </summary>
    internal sealed class FactGroupValue : FluidValue
    {
        private readonly FactModel _model;
        private readonly int _group;

        public FactGroupValue(FactModel model, int group)
        {
            _model = model;
            _group = group;
        }

        public override FluidValues Type => FluidValues.Dictionary;

        public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new ValueTask<FluidValue>(_model.Get(_group, name));

        public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => new ValueTask<FluidValue>(NilValue.Instance);

        public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => 0m;

        public override string ToStringValue() => "";

        public override object ToObjectValue() => this;


        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => _group;
    }
}
