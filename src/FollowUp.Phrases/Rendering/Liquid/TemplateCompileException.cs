using System;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>A template that does not parse, or names a fact that does not exist; the offset is into the template text.</summary>
    internal sealed class TemplateCompileException : Exception
    {
        public TemplateCompileException(int offset, string problem) : base(problem)
        {
            Offset = offset;
        }

        public int Offset { get; }
    }
}
