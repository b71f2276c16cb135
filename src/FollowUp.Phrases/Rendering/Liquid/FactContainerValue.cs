using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Fluid;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// What the fact groups and their root have in common: they answer member names and nothing else — no index, no
    /// text of their own (printing a group is refused at load, and prints nothing if it were reached), no .NET object.
    /// </summary>
    internal abstract class FactContainerValue : FluidValue
    {
        public override FluidValues Type => FluidValues.Dictionary;

        public abstract override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context);

        public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => new ValueTask<FluidValue>(NilValue.Instance);

        public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => 0m;

        public override string ToStringValue() => "";

        public override object ToObjectValue() => this;

        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }
}
