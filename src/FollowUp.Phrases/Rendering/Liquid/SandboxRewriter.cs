using System.Collections.Generic;
using Fluid.Ast;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Rewrites a parsed template once, at load: every loop source and range is bounded
    /// (<see cref="BoundedLoopSource"/>), every fact is read by its number (<see cref="FactExpression"/>), and every tag
    /// remembers its offset (<see cref="LocatedStatement"/>). The
    /// syntax tree carries no positions, so offsets come from the scan of the source: the k-th <c>{% for %}</c> of the
    /// tree is the k-th <c>for</c> tag of the text, and likewise for each kind of tag. When the counts disagree (they
    /// should not) no offsets are attached and errors name the template without a place.
    /// </summary>
    internal sealed class SandboxRewriter : AstRewriter
    {
        private readonly Dictionary<string, Queue<int>> _offsets = new Dictionary<string, Queue<int>>();
        private readonly bool _locate;

        public SandboxRewriter(string source, IReadOnlyList<LiquidTag> tags, IReadOnlyList<Statement> statements)
        {
            foreach (var tag in tags)
            {
                var kind = tag.IsOutput ? "{{" : tag.Name!;
                if (!_offsets.TryGetValue(kind, out var queue))
                {
                    _offsets[kind] = queue = new Queue<int>();
                }

                queue.Enqueue(tag.Start);
            }

            var counter = new StatementCounter();
            foreach (var statement in statements)
            {
                counter.Visit(statement);
            }

            _locate = true;
            foreach (var pair in counter.Counts)
            {
                _locate &= _offsets.TryGetValue(pair.Key, out var queue) && queue.Count == pair.Value;
            }
        }

        public override Statement Visit(Statement statement)
        {
            var kind = StatementCounter.KindOf(statement);
            var offset = kind != null && _locate ? _offsets[kind].Dequeue() : -1;
            var rewritten = base.Visit(statement);
            return offset >= 0 && CanFail(rewritten) ? new LocatedStatement(rewritten, offset) : rewritten;
        }

        // Only statements that can fail at run time carry a place: loops (limits), assign and capture (value limits) and
        // outputs through filters (a filter given the wrong value). A plain {{ fact }} can only be missing — reported by
        // fact name — and a condition only holds or not; leaving them bare keeps the common path as fast as the engine's.
        private static bool CanFail(Statement statement) => statement switch
        {
            OutputStatement output => output.Expression is FilterExpression,
            IfStatement or UnlessStatement or CaseStatement => false,
            _ => true,
        };

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            var f = (ForStatement)base.VisitForStatement(forStatement);
            return new ForStatement(f.Statements, f.Identifier, new BoundedLoopSource(f.Source), f.Limit, f.Offset, f.Reversed, f.Else);
        }

        // "shipment.carrier" is read by the fact's number, found now rather than by two look-ups at every render.
        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            var visited = base.VisitMemberExpression(memberExpression);
            return visited is MemberExpression member && FactExpression.For(member) is FactExpression fact ? fact : visited;
        }

        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
            new BoundedLoopSource(base.VisitRangeExpression(rangeExpression));

        /// <summary>Counts the statements of each kind that the rewriter locates.</summary>
        private sealed class StatementCounter : AstVisitor
        {
            public Dictionary<string, int> Counts { get; } = new Dictionary<string, int>();

            public static string? KindOf(Statement statement) => statement switch
            {
                OutputStatement => "{{",
                ForStatement => "for",
                IfStatement => "if",
                UnlessStatement => "unless",
                CaseStatement => "case",
                AssignStatement => "assign",
                CaptureStatement => "capture",
                _ => null,
            };

            public override Statement Visit(Statement statement)
            {
                var kind = KindOf(statement);
                if (kind != null)
                {
                    Counts[kind] = Counts.TryGetValue(kind, out var n) ? n + 1 : 1;
                }

                return base.Visit(statement);
            }
        }
    }
}
