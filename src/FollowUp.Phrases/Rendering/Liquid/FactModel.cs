using System;
using System.Collections.Generic;
using System.Linq;
using Fluid.Values;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// An order's facts as one render sees them: built once per message and shared by its subject, text and HTML
    /// templates; each fact is read and formatted the first time a template names it, then kept.
    /// </summary>
    internal sealed class FactModel
    {
        /// <summary>The fact groups, in the order their values are set on a template context.</summary>
        public static readonly string[] Groups = OrderFacts.Names.Select(n => n.Substring(0, n.IndexOf('.'))).Distinct().Concat(new[] { "custom" }).ToArray();

        private static readonly int CustomGroup = Groups.Length - 1;

        // Per group: member name → index into OrderFacts.Names.
        private static readonly Dictionary<string, int>[] MembersByGroup = Groups.Select(g => OrderFacts.Names
            .Select((name, index) => (name, index))
            .Where(f => f.name.StartsWith(g + ".", StringComparison.Ordinal))
            .ToDictionary(f => f.name.Substring(g.Length + 1), f => f.index, StringComparer.Ordinal)).ToArray();

        private readonly OrderSnapshot _order;
        private readonly ValueFormatter _formatter;
        private readonly WorkingCalendars _calendars;
        private readonly FluidValue?[] _facts = new FluidValue?[OrderFacts.Names.Count];
        private Dictionary<string, FluidValue>? _custom;

        private readonly NodaTime.Instant _now;

        public FactModel(OrderSnapshot order, ValueFormatter formatter, WorkingCalendars calendars, NodaTime.Instant now)
        {
            _now = now;
            _order = order;
            _formatter = formatter;
            _calendars = calendars;
            GroupValues = new FluidValue[Groups.Length];
            for (var i = 0; i < Groups.Length; i++)
            {
                GroupValues[i] = new FactGroupValue(this, i);
            }

            Root = new FactRootValue(this);
        }

        /// <summary>The value templates are rendered against: the fact groups by name.</summary>
        public FluidValue Root { get; }

        private FollowUpTemplateContext? _context;

        /// <summary>
        /// The context the message's templates are rendered with: made for the first, and the same for the others while
        /// they are rendered with the same options and limits (a render's are).
        /// </summary>
        public FollowUpTemplateContext TemplateContext(Fluid.TemplateOptions options, RenderLimits limits)
        {
            if (_context is null || !ReferenceEquals(_context.Options, options) || !ReferenceEquals(_context.Limits, limits))
            {
                _context = new FollowUpTemplateContext(options, this, limits);
            }

            return _context;
        }

        public ValueFormatter Formatter => _formatter;

        /// <summary>One value per entry of <see cref="Groups"/>.</summary>
        public FluidValue[] GroupValues { get; }

        /// <summary>
        /// Whether the order lacks fact <paramref name="name"/> (<c>shipment.tracking_number</c>), numbered
        /// <paramref name="index"/> among the built-in facts (-1 for a custom one); the value is kept for the render.
        /// </summary>
        public bool IsMissing(string name, int index) => !(Find(name, index) is FluidValue value) || value is MissingFactValue;

        /// <summary>The printed text of fact <paramref name="name"/> (numbered as for <see cref="IsMissing"/>), or null when the order lacks it.</summary>
        public string? TextOrNull(string name, int index)
        {
            var value = Find(name, index);
            return value is null or MissingFactValue ? null
                : value is ArrayValue ? _formatter.Format(OrderFacts.ValueOf(_order, name, _calendars, _now)) : value.ToStringValue();
        }

        /// <summary>The value of fact <paramref name="name"/> (numbered <paramref name="index"/>, or -1), or null when no such fact exists.</summary>
        private FluidValue? Find(string name, int index)
        {
            if (index >= 0)
            {
                return Fact(index);
            }

            return name.StartsWith(CustomDot, StringComparison.Ordinal) ? Get(CustomGroup, name.Substring(CustomDot.Length)) : null;
        }

        private static readonly string CustomDot = Groups[CustomGroup] + ".";

        /// <summary>The value of the fact numbered <paramref name="index"/> in <c>OrderFacts.Names</c>.</summary>
        public FluidValue Fact(int index) =>
            _facts[index] ??= ToValue(OrderFacts.Names[index], OrderFacts.ValueAt(_order, index, _calendars, _now));

        /// <summary>The number in <c>OrderFacts.Names</c> of a group's member, or -1 (a custom fact, or no such fact).</summary>
        public static int IndexOf(int group, string member) =>
            group != CustomGroup && MembersByGroup[group].TryGetValue(member, out var index) ? index : -1;

        public FluidValue Get(int group, string member)
        {
            if (group == CustomGroup)
            {
                _custom ??= new Dictionary<string, FluidValue>(StringComparer.Ordinal);
                if (!_custom.TryGetValue(member, out var custom))
                {
                    custom = ToValue(OrderFacts.CustomPrefix + member, OrderFacts.ValueOf(_order, OrderFacts.CustomPrefix + member, _calendars, _now));
                    _custom[member] = custom;
                }

                return custom;
            }

            if (!MembersByGroup[group].TryGetValue(member, out var index))
            {
                return NilValue.Instance; // refused at load; nothing to reach at run time either
            }

            return Fact(index);
        }

        private FluidValue ToValue(string name, object? value) => value switch
        {
            null => new MissingFactValue(name),
            string s => StringValue.Create(s),
            int i => NumberValue.Create(i),
            IReadOnlyList<OrderItem> items => Items(items),
            _ => new FactValue(value, _formatter.Format(value)),
        };

        private static FluidValue Items(IReadOnlyList<OrderItem> items)
        {
            var values = new FluidValue[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                values[i] = new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>(StringComparer.Ordinal)
                {
                    ["name"] = StringValue.Create(item.Name),
                    ["quantity"] = NumberValue.Create(item.Quantity),
                    ["sku"] = item.Sku is null ? new MissingFactValue("order.items.sku") : StringValue.Create(item.Sku),
                }));
            }

            return new ArrayValue(values);
        }
    }
}
