using System;
using Fluid;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// One render of one template: the engine's context whose model is the order's fact groups — an engine value, not a
    /// .NET object, so no .NET member is ever looked up — with the formatter for the time filters and the limits.
    /// </summary>
    internal sealed class FollowUpTemplateContext : TemplateContext
    {
        public FollowUpTemplateContext(TemplateOptions options, FactModel facts, RenderLimits limits)
            : base(facts.Root, options, allowModelMembers: true)
        {
            Facts = facts;
            Limits = limits;
            MaxSteps = limits.StepLimit;
        }

        public FactModel Facts { get; }

        public RenderLimits Limits { get; }
    }
}
