using System;
using System.Collections.Generic;
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
    internal sealed class FactRootValue : FactContainerValue
    {
        private static readonly Dictionary<string, int> GroupIndex = Index();

        private readonly FactModel _model;

        public FactRootValue(FactModel model)
        {
            _model = model;
        }

        public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
            new ValueTask<FluidValue>(GroupIndex.TryGetValue(name, out var group) ? _model.GroupValues[group] : NilValue.Instance);

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
