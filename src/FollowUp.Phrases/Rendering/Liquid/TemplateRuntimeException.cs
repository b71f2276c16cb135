using System;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>An error while rendering, with the offset of the tag that raised it in the template text.</summary>
    internal sealed class TemplateRuntimeException : Exception
    {
        public TemplateRuntimeException(int offset, Exception inner) : base(inner.Message, inner)
        {
            Offset = offset;
        }

        public int Offset { get; }
    }
}
