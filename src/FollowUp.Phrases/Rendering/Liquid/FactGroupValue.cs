using System.Threading.Tasks;
using Fluid;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// One group of facts (<c>order</c>, <c>shipment</c>, <c>custom</c>…): the only objects a template can reach. It
    /// answers member names from the order's facts, computed on first use; it has no .NET members and no index.
    /// </summary>
    internal sealed class FactGroupValue : FactContainerValue
    {
        private readonly FactModel _model;
        private readonly int _group;

        public FactGroupValue(FactModel model, int group)
        {
            _model = model;
            _group = group;
        }

        public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new ValueTask<FluidValue>(_model.Get(_group, name));
    }
}
