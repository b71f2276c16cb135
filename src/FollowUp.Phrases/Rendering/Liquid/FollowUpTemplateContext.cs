using System;
using Fluid;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// One render of one template: the engine's context holding only the order's fact groups (no model object, so no
    /// .NET member is ever looked up), the formatter for the time filters and the limits.
    /// </summary>
    internal sealed class FollowUpTemplateContext : TemplateContext
    {
        public FollowUpTemplateContext(TemplateOptions options, FactModel facts, RenderLimits limits)
            : base(options, StringComparer.Ordinal)
        {
            Facts = facts;
            Limits = limits;
            MaxSteps = limits.StepLimit;
            var groups = facts.GroupValues;
            for (var i = 0; i < groups.Length; i++)
            {
                SetValue(FactModel.Groups[i], groups[i]);
            }
        }

        public FactModel Facts { get; }

        public RenderLimits Limits { get; }
    }
}
