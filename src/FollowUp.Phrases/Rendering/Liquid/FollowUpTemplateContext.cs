using System;
using Fluid;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// One message's render: the engine's context whose model is the order's fact groups — an engine value, not a .NET
    /// object, so no .NET member is ever looked up — with the formatter for the time filters and the limits. The
    /// message's templates (subject, text, HTML) are rendered in turn with the one context, each from a step count of
    /// zero (<see cref="BeginTemplate"/>): making a context was a tenth of a render.
    /// </summary>
    /// <remarks>
    /// A template's own variables (<c>assign</c>, <c>capture</c>) stay in the context for the next template, which
    /// cannot read them: the loader lets a template read only the variables it assigned before (TemplateSandbox).
    /// </remarks>
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

        /// <summary>Starts a template's render: its step limit counts from zero, as a new context's would.</summary>
        public void BeginTemplate() => _steps = 0;
    }
}
