using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Fluid;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// The model a template is rendered against: it answers the names of the fact groups (<c>order</c>,
    /// <c>shipment</c>…) and nothing else. Handing the engine this value rather than setting each group on every
    /// context keeps a render's set-up to one allocation.
    /// </summary>
    internal sealed class FactRootValue : FluidValue
    {
        private static readonly Dictionary<string, int> GroupIndex = Index();

        private readonly FactModel _model;

        public FactRootValue(FactModel model)
        {
            _model = model;
        }

        public override FluidValues Type => FluidValues.Dictionary;

        public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
            new ValueTask<FluidValue>(GroupIndex.TryGetValue(name, out var group) ? _model.GroupValues[group] : NilValue.Instance);

        public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => new ValueTask<FluidValue>(NilValue.Instance);

        public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => 0m;

        public override string ToStringValue() => "";

        public override object ToObjectValue() => this;

        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => 0;

        private static Dictionary<string, int> Index()
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < FactModel.Groups.Length; i++)
            {
                index[FactModel.Groups[i]] = i;
            }

            return index;
        }
    }
}
