using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// A fact the order lacks: false in a condition, replaced by <c>default</c>, and an error the moment it is printed
    /// or used as text — so a buyer never reads an empty gap where a date or tracking number should be.
    /// </summary>
    internal sealed class MissingFactValue : FluidValue
    {
        public MissingFactValue(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public override FluidValues Type => FluidValues.Nil;

        // Not nil to the engine: with strict variables it would report a nil member as an undefined variable. Liquid's
        // nil tests still hold through Equals, and default and conditions treat the missing fact as empty.
        public override bool IsNil() => false;

        public override bool Equals(FluidValue other) =>
            other is MissingFactValue || other.IsNil() || other.Type == FluidValues.Nil || ReferenceEquals(other, EmptyValue.Instance) || ReferenceEquals(other, BlankValue.Instance);

        public override bool ToBooleanValue() => false;

        /// <summary>A part of a missing fact is missing too: false in conditions, an error when printed.</summary>
        public override ValueTask<FluidValue> GetValueAsync(string name, Fluid.TemplateContext context) => new ValueTask<FluidValue>(this);

        public override decimal ToNumberValue() => throw new MissingFactUsedException(Name);

        public override string ToStringValue() => throw new MissingFactUsedException(Name);

        public override object ToObjectValue() => throw new MissingFactUsedException(Name);


        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => throw new MissingFactUsedException(Name);

        public override bool Equals(object? obj) => obj is MissingFactValue other && other.Name == Name;

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
    }
}
