using System;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>A template passed one of the <see cref="RenderLimits"/>; the engine turns it into a <see cref="TemplateRenderException"/>.</summary>
    internal sealed class TemplateLimitException : Exception
    {
        public TemplateLimitException(string message) : base(message)
        {
        }

        public static TemplateLimitException Output(int limit) =>
            new TemplateLimitException($"the template's output passed the limit of {limit} characters (RenderLimits.OutputLimit)");

        public static TemplateLimitException Value(int limit) =>
            new TemplateLimitException($"a value built by the template passed the limit of {limit} characters or items (RenderLimits.OutputLimit)");

        public static TemplateLimitException Loop(long count, int limit) =>
            new TemplateLimitException($"a loop over {count} items passed the limit of {limit} iterations per loop (RenderLimits.LoopLimit)");

        public static TemplateLimitException Steps(int limit) =>
            new TemplateLimitException($"the template ran more than {limit} steps (RenderLimits.StepLimit)");
    }
}
