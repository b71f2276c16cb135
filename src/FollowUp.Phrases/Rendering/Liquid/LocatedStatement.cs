using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Fluid;
using Fluid.Ast;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Remembers where a statement was written, so that an error while rendering it (a loop limit, a filter given the
    /// wrong value) names the line and column of its tag. The innermost statement that fails sets the place.
    /// </summary>
    internal sealed class LocatedStatement : Statement
    {
        private readonly Statement _inner;
        private readonly int _offset;

        public LocatedStatement(Statement inner, int offset)
        {
            _inner = inner;
            _offset = offset;
        }

        public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            ValueTask<Completion> pending;
            try
            {
                pending = _inner.WriteToAsync(writer, encoder, context);
            }
            catch (Exception e) when (ShouldLocate(e))
            {
                throw new TemplateRuntimeException(_offset, e);
            }

            return pending.IsCompletedSuccessfully ? pending : Awaited(pending);
        }

        private async ValueTask<Completion> Awaited(ValueTask<Completion> pending)
        {
            try
            {
                return await pending.ConfigureAwait(false);
            }
            catch (Exception e) when (ShouldLocate(e))
            {
                throw new TemplateRuntimeException(_offset, e);
            }
        }

        private static bool ShouldLocate(Exception e) => e is not TemplateRuntimeException && e is not MissingFactUsedException;
    }
}
