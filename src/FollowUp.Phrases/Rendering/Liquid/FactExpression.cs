using System;
using System.Threading.Tasks;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// A fact named in a template (<c>shipment.carrier</c>), resolved to the fact's number when the phrasebook is loaded:
    /// a render reads it from the order's fact model directly instead of looking the group and then the member up by
    /// name every time it is printed or tested. A render that is not the engine's reads it as Liquid reads a member.
    /// </summary>
    internal sealed class FactExpression : Expression
    {
        private readonly MemberExpression _original;
        private readonly int _groupIndex;
        private readonly string _member;
        private readonly int _factIndex;

        private FactExpression(MemberExpression original, int groupIndex, string member, int factIndex)
        {
            _original = original;
            _groupIndex = groupIndex;
            _member = member;
            _factIndex = factIndex;
        }

        /// <summary>The expression for <paramref name="member"/> when it names a fact group's member (two plain names), else null.</summary>
        public static FactExpression? For(MemberExpression member)
        {
            if (member.Segments.Count != 2 || !(member.Segments[0] is IdentifierSegment group) || !(member.Segments[1] is IdentifierSegment name))
            {
                return null;
            }

            var groupIndex = Array.IndexOf(FactModel.Groups, group.Identifier);
            return groupIndex < 0 ? null : new FactExpression(member, groupIndex, name.Identifier, FactModel.IndexOf(groupIndex, name.Identifier));
        }

        public override ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            // Liquid looks a name up in the template's own variables first, but no variable can take a group's name (the
            // loader refuses it: TemplateSandbox), so the name is the group's.
            if (context is FollowUpTemplateContext render)
            {
                return new ValueTask<FluidValue>(_factIndex >= 0 ? render.Facts.Fact(_factIndex) : render.Facts.Get(_groupIndex, _member));
            }

            return _original.EvaluateAsync(context);
        }
    }
}
