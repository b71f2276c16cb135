using System.Threading.Tasks;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Wraps what a <c>{% for %}</c> loops over, and every range <c>(a..b)</c>, so that no single loop or range passes
    /// <see cref="RenderLimits.LoopLimit"/>. A range is measured before it is built: <c>(1..100000000)</c> is refused
    /// without allocating a hundred million numbers.
    /// </summary>
    internal sealed class BoundedLoopSource : Expression
    {
        private readonly Expression _inner;

        public BoundedLoopSource(Expression inner)
        {
            _inner = inner;
        }

        public override ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var limit = ((FollowUpTemplateContext)context).Limits.LoopLimit;
            if (_inner is RangeExpression range)
            {
                var from = range.From.EvaluateAsync(context);
                var to = range.To.EvaluateAsync(context);
                if (!from.IsCompletedSuccessfully || !to.IsCompletedSuccessfully)
                {
                    return Awaited(from, to, limit, context);
                }

                CheckRange(from.Result, to.Result, limit);
            }

            var value = _inner.EvaluateAsync(context);
            if (!value.IsCompletedSuccessfully)
            {
                return AwaitedValue(value, limit);
            }

            CheckCount(value.Result, limit);
            return value;
        }

        private async ValueTask<FluidValue> Awaited(ValueTask<FluidValue> from, ValueTask<FluidValue> to, int limit, TemplateContext context)
        {
            CheckRange(await from.ConfigureAwait(false), await to.ConfigureAwait(false), limit);
            return await AwaitedValue(_inner.EvaluateAsync(context), limit).ConfigureAwait(false);
        }

        private static async ValueTask<FluidValue> AwaitedValue(ValueTask<FluidValue> pending, int limit)
        {
            var value = await pending.ConfigureAwait(false);
            CheckCount(value, limit);
            return value;
        }

        private static void CheckRange(FluidValue from, FluidValue to, int limit)
        {
            var count = (long)System.Math.Floor(to.ToNumberValue()) - (long)System.Math.Floor(from.ToNumberValue()) + 1;
            if (count > limit)
            {
                throw TemplateLimitException.Loop(count, limit);
            }
        }

        private static void CheckCount(FluidValue value, int limit)
        {
            if (value is ArrayValue array && array.Values.Count > limit)
            {
                throw TemplateLimitException.Loop(array.Values.Count, limit);
            }
        }
    }
}
