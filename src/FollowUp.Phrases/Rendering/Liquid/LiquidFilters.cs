using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// The filters a phrase may use: Liquid's text, list and number filters, and the time helpers. Nothing here reads
    /// the clock, the file system, the network or .NET members; there are no regular-expression filters at all (a
    /// crafted pattern is a way to burn CPU). Every string or list a filter builds is bounded by
    /// <see cref="RenderLimits.OutputLimit"/>, so a template cannot grow a value without end before printing it.
    /// </summary>
    internal static class LiquidFilters
    {
        // The engine's own filters that phrases may use. Missing here on purpose: date (reads the clock), json, md5/sha*/hmac*,
        // base64*, format_* and time_zone (machine-dependent formats), find/has/reject (not needed).
        private static readonly string[] EngineFilters =
        {
            "append", "capitalize", "downcase", "upcase", "prepend", "remove", "remove_first", "remove_last", "replace",
            "replace_first", "replace_last", "strip", "lstrip", "rstrip", "strip_html", "strip_newlines", "truncate",
            "truncatewords", "split", "slice", "escape", "escape_once", "url_encode", "newline_to_br", "join", "map",
            "first", "last", "size", "sort", "sort_natural", "uniq", "reverse", "compact", "concat", "where", "sum",
            "plus", "minus", "times", "divided_by", "modulo", "abs", "ceil", "floor", "round", "at_least", "at_most",
        };

        private static readonly string[] OwnFilters = { "default", "seller_time", "buyer_time", "both_times", "day", "plural" };

        private static readonly HashSet<string> Allowed = new HashSet<string>(EngineFilters.Concat(OwnFilters), StringComparer.Ordinal);

        /// <summary>Every filter name a phrase may use, sorted.</summary>
        public static IReadOnlyList<string> AllowedNames { get; } = Allowed.OrderBy(n => n, StringComparer.Ordinal).ToArray();

        public static bool IsAllowed(string name) => Allowed.Contains(name);

        /// <summary>Replaces <paramref name="filters"/> with the allowed set, each bounded.</summary>
        public static void Install(FilterCollection filters)
        {
            var engine = new Dictionary<string, FilterDelegate>(StringComparer.Ordinal);
            foreach (var name in EngineFilters)
            {
                if (!filters.TryGetValue(name, out var filter))
                {
                    throw new InvalidOperationException($"The template engine has no '{name}' filter.");
                }

                engine[name] = filter;
            }

            filters.Clear();
            foreach (var pair in engine)
            {
                filters.AddFilter(pair.Key, Bounded(pair.Value));
            }

            filters.AddFilter("default", Default);
            // A fact's time is written once per render however many of its templates print it (a subject, a text and an
            // HTML body): an instant fact's own text is the seller's clock already (ValueFormatter.Format), and it keeps
            // the other two forms once written.
            filters.AddFilter("seller_time", (input, args, context) => input is FactValue { Value: Instant } fact
                ? new ValueTask<FluidValue>(StringValue.Create(fact.ToStringValue()))
                : Text(Formatter(context).SellerTime.Format, Formatter(context), input));
            filters.AddFilter("buyer_time", (input, args, context) => input is FactValue { Value: Instant } fact
                ? new ValueTask<FluidValue>(StringValue.Create(fact.BuyerTime(Formatter(context))))
                : Text(Formatter(context).BuyerTime, Formatter(context), input));
            filters.AddFilter("both_times", (input, args, context) => input is FactValue { Value: Instant } fact
                ? new ValueTask<FluidValue>(StringValue.Create(fact.BothTimes(Formatter(context))))
                : Text(Formatter(context).BothTimes, Formatter(context), input));
            filters.AddFilter("day", (input, args, context) => new ValueTask<FluidValue>(StringValue.Create(Formatter(context).Day(Typed(input)))));
            filters.AddFilter("plural", Plural);
        }

        /// <summary>
        /// <c>{{ n | plural: 'day', 'days' }}</c>: the word form a count takes in the template's language ("1 day", "5 days",
        /// French "0 jour"), so every language writes its own grammar around a number.
        /// </summary>
        private static ValueTask<FluidValue> Plural(FluidValue input, FilterArguments arguments, TemplateContext context)
        {
            var value = Typed(input);
            decimal count = value switch
            {
                int i => i,
                long l => l,
                decimal d => d,
                double d => (decimal)d,
                _ => input.ToNumberValue(),
            };
            var one = arguments.At(0).ToStringValue();
            var other = arguments.Count > 1 ? arguments.At(1).ToStringValue() : one;
            return new ValueTask<FluidValue>(StringValue.Create(PluralRules.IsOne(Formatter(context).Locale, count) ? one : other));
        }

        /// <summary>A missing fact, nil, false or an empty string or list gives the fallback (Liquid's rule).</summary>
        private static ValueTask<FluidValue> Default(FluidValue input, FilterArguments arguments, TemplateContext context)
        {
            var empty = input.IsNil() || !input.ToBooleanValue()
                        || (input.Type == FluidValues.String && input.ToStringValue().Length == 0)
                        || (input is ArrayValue array && array.Values.Count == 0);
            return new ValueTask<FluidValue>(empty ? arguments.At(0) : input);
        }

        private static ValueTask<FluidValue> Text(Func<Instant, string> format, ValueFormatter formatter, FluidValue input)
        {
            var value = Typed(input);
            return new ValueTask<FluidValue>(StringValue.Create(value is Instant instant ? format(instant) : formatter.Format(value)));
        }

        private static object Typed(FluidValue input) => input switch
        {
            MissingFactValue missing => throw new MissingFactUsedException(missing.Name),
            FactValue fact => fact.Value,
            _ => input.ToStringValue(),
        };

        private static ValueFormatter Formatter(TemplateContext context) => ((FollowUpTemplateContext)context).Facts.Formatter;

        private static FilterDelegate Bounded(FilterDelegate filter) => (input, arguments, context) =>
        {
            var result = filter(input, arguments, context);
            if (!result.IsCompletedSuccessfully)
            {
                return Awaited(result, context);
            }

            Check(result.Result, context);
            return result;
        };

        private static async ValueTask<FluidValue> Awaited(ValueTask<FluidValue> pending, TemplateContext context)
        {
            var value = await pending.ConfigureAwait(false);
            Check(value, context);
            return value;
        }

        private static void Check(FluidValue value, TemplateContext context)
        {
            var limit = ((FollowUpTemplateContext)context).Limits.OutputLimit;
            var size = value switch
            {
                StringValue s => s.ToStringValue().Length,
                ArrayValue a => a.Values.Count,
                _ => 0,
            };
            if (size > limit)
            {
                throw TemplateLimitException.Value(limit);
            }
        }

        /// <summary>Culture used by the engine's number filters: never the machine's.</summary>
        public static CultureInfo Culture => CultureInfo.InvariantCulture;
    }
}
