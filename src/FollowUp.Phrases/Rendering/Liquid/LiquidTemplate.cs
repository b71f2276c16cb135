using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Lifecycle;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// A Liquid template parsed once and rendered many times, from any thread. This folder is the only place that
    /// knows the engine is Scriban: replacing the engine means replacing these files.
    /// </summary>
    internal sealed class LiquidTemplate
    {
        private static readonly HashSet<string> FactRoots = new HashSet<string>(
            OrderFacts.Names.Select(n => n.Substring(0, n.IndexOf('.'))).Concat(new[] { "custom" }), StringComparer.Ordinal);

        private readonly Template _template;

        private LiquidTemplate(string source, Template template, IReadOnlyList<string> facts)
        {
            Source = source;
            _template = template;
            ReferencedFacts = facts;
        }

        public string Source { get; }

        /// <summary>The facts the template reads, in order of first use.</summary>
        public IReadOnlyList<string> ReferencedFacts { get; }

        /// <exception cref="TemplateCompileException">The template does not parse or names an unknown fact.</exception>
        public static LiquidTemplate Compile(string source)
        {
            var template = Template.ParseLiquid(source);
            if (template.HasErrors)
            {
                var error = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                throw new TemplateCompileException(Math.Max(0, Math.Min(source.Length, error.Span.Start.Offset)), "template error: " + error.Message);
            }

            var facts = new List<string>();
            CollectFacts(template.Page, facts);
            return new LiquidTemplate(source, template, facts);
        }

        /// <summary>Builds the engine's view of an order once per message; shared read-only by its templates.</summary>
        public static object CreateModel(OrderSnapshot order, ValueFormatter formatter, Timing.WorkingCalendars calendars)
        {
            var model = new ScriptObject();
            foreach (var name in OrderFacts.Names)
            {
                var dot = name.IndexOf('.');
                var root = name.Substring(0, dot);
                if (!(model[root] is ScriptObject group))
                {
                    group = new ScriptObject();
                    model[root] = group;
                }

                var value = OrderFacts.ValueOf(order, name, calendars);
                group[name.Substring(dot + 1)] = value switch
                {
                    null => new MissingFact(name),
                    IReadOnlyList<OrderItem> items => ToScriptArray(items),
                    _ => value,
                };
            }

            var custom = new CustomFactsObject();
            foreach (var pair in order.Custom)
            {
                custom[pair.Key] = string.IsNullOrWhiteSpace(pair.Value) ? new MissingFact(OrderFacts.CustomPrefix + pair.Key) : (object)pair.Value;
            }

            model["custom"] = custom;

            model.Import("seller_time", new Func<object, object>(v => Require(v) is NodaTime.Instant i ? formatter.SellerTime.Format(i) : formatter.Format(v)));
            model.Import("buyer_time", new Func<object, object>(v => Require(v) is NodaTime.Instant i ? formatter.BuyerTime(i) : formatter.Format(v)));
            model.Import("both_times", new Func<object, object>(v => Require(v) is NodaTime.Instant i ? formatter.BothTimes(i) : formatter.Format(v)));
            model.Import("day", new Func<object, object>(v => formatter.Day(Require(v))));
            model.Import("default", new Func<object, object, object>((v, fallback) =>
                v is null || v is MissingFact || (v is string s && s.Length == 0) ? fallback : v));
            return model;
        }

        /// <exception cref="MissingFactUsedException">The template printed a fact the order lacks.</exception>
        /// <exception cref="TemplateRenderException">Anything else went wrong while rendering.</exception>
        public string Render(object model, ValueFormatter formatter, RenderMode mode, RenderLimits limits, Func<int, int, string, Exception?, Exception> fail)
        {
            var context = new FollowUpTemplateContext(formatter, mode, limits.OutputLimit)
            {
                LoopLimit = limits.LoopLimit,
                RecursiveLimit = limits.RecursionLimit,
                LimitToString = limits.OutputLimit,
                StrictVariables = false,
                EnableRelaxedMemberAccess = true,
                TemplateLoader = null,
                MemberFilter = _ => false, // no .NET member is readable from a template, whatever reaches the model
            };
            context.TryGetMember = TryGetMissingMember;
            context.PushGlobal((ScriptObject)model);
            context.PushGlobal(new ScriptObject()); // assignments land here, never in the shared model
            try
            {
                return _template.Render(context);
            }
            catch (ScriptRuntimeException e)
            {
                if (e.InnerException is MissingFactUsedException missing)
                {
                    throw missing;
                }

                throw fail(e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.InnerException?.Message ?? e.OriginalMessage ?? e.Message, e);
            }
        }

        private static bool TryGetMissingMember(TemplateContext context, Scriban.Parsing.SourceSpan span, object target, string member, out object value)
        {
            // Only custom.NAME can be absent without a compile error; everything else was checked at load.
            value = new MissingFact(target is CustomFactsObject ? OrderFacts.CustomPrefix + member : member);
            return true;
        }

        private sealed class CustomFactsObject : ScriptObject
        {
        }

        private static object Require(object value) =>
            value is MissingFact missing ? throw new MissingFactUsedException(missing.Name) : value;

        private static ScriptArray ToScriptArray(IReadOnlyList<OrderItem> items)
        {
            var array = new ScriptArray();
            foreach (var item in items)
            {
                var o = new ScriptObject
                {
                    ["name"] = item.Name,
                    ["quantity"] = item.Quantity,
                    ["sku"] = item.Sku is null ? new MissingFact("order.items.sku") : (object)item.Sku,
                };
                array.Add(o);
            }

            return array;
        }

        // What a template may call besides facts and its own variables: Liquid's text and list filters and the time
        // helpers. Nothing here reads the clock, the file system or .NET members ("date" would read the wall clock,
        // "include" a file).
        private static readonly HashSet<string> AllowedGlobals = new HashSet<string>(StringComparer.Ordinal)
        {
            "append", "capitalize", "downcase", "upcase", "prepend", "remove", "remove_first", "replace", "replace_first",
            "strip", "lstrip", "rstrip", "strip_html", "strip_newlines", "truncate", "truncatewords", "split", "slice",
            "escape", "escape_once", "url_encode", "newline_to_br", "join", "map", "first", "last", "size", "sort",
            "uniq", "reverse", "compact", "concat", "where", "plus", "minus", "times", "divided_by", "modulo", "abs",
            "ceil", "floor", "round", "at_least", "at_most", "default", "for", "empty", "blank",
            "seller_time", "buyer_time", "both_times", "day",
        };

        private static void CollectFacts(ScriptNode? page, List<string> facts)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            CollectDefined(page, defined);
            Visit(page, facts, defined);
        }

        private static void CollectDefined(ScriptNode? node, HashSet<string> defined)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptForStatement f when f.Variable is ScriptVariable v:
                    defined.Add(v.Name);
                    break;
                case ScriptAssignExpression a when a.Target is ScriptVariable v:
                    defined.Add(v.Name);
                    break;
                case ScriptCaptureStatement c when c.Target is ScriptVariable v:
                    defined.Add(v.Name);
                    break;
            }

            foreach (var child in node.Children)
            {
                CollectDefined(child, defined);
            }
        }

        private static void Visit(ScriptNode? node, List<string> facts, HashSet<string> defined)
        {
            switch (node)
            {
                case null:
                    return;

                case ScriptMemberExpression member when member.Target is ScriptVariableGlobal root && FactRoots.Contains(root.Name):
                    var name = root.Name + "." + member.Member?.Name;
                    if (!OrderFacts.IsKnown(name))
                    {
                        var suggestions = OrderFacts.Names.Where(n => n.StartsWith(root.Name + ".", StringComparison.Ordinal));
                        throw new TemplateCompileException(member.Span.Start.Offset, $"unknown fact '{name}'. Facts under '{root.Name}': {string.Join(", ", suggestions)}{(root.Name == "custom" ? "custom.NAME" : "")}.");
                    }

                    if (!facts.Contains(name))
                    {
                        facts.Add(name);
                    }

                    return;

                // shipment.tracking_url.host would reach into a .NET object: facts are values, not objects.
                case ScriptMemberExpression nested when nested.Target is ScriptMemberExpression inner
                                                       && inner.Target is ScriptVariableGlobal r && FactRoots.Contains(r.Name):
                    throw new TemplateCompileException(nested.Span.Start.Offset, $"'{r.Name}.{inner.Member?.Name}.{nested.Member?.Name}': a fact has no members; use the fact itself or a filter.");

                // item.name inside a loop: the member is a name, not a variable; only the target needs checking.
                case ScriptMemberExpression other:
                    Visit(other.Target, facts, defined);
                    return;

                case ScriptIndexerExpression indexer when indexer.Target is ScriptVariableGlobal ir && FactRoots.Contains(ir.Name):
                    throw new TemplateCompileException(indexer.Span.Start.Offset, $"'{ir.Name}[…]': write facts by name, e.g. {ir.Name}.{OrderFacts.Names.First(n => n.StartsWith(ir.Name + ".", StringComparison.Ordinal) || ir.Name == "custom").Split('.').Last()}.");

                case ScriptVariableGlobal global when !FactRoots.Contains(global.Name) && !defined.Contains(global.Name) && !AllowedGlobals.Contains(global.Name):
                    throw new TemplateCompileException(global.Span.Start.Offset, global.Name switch
                    {
                        "date" => "'date' is not available in templates: it reads the machine's clock. Dates come from the order's facts; format them with seller_time, buyer_time, both_times or day.",
                        "include" or "render" => $"'{global.Name}' is not available: a phrase cannot load other files.",
                        _ => $"'{global.Name}' is not a fact, a variable of this template or an allowed filter. Fact groups: {string.Join(", ", FactRoots.OrderBy(x => x, StringComparer.Ordinal))}.",
                    });

                case ScriptVariableGlobal global when FactRoots.Contains(global.Name) && node.Parent is not ScriptMemberExpression && node.Parent is not ScriptIndexerExpression:
                    throw new TemplateCompileException(global.Span.Start.Offset, $"'{global.Name}' is a group of facts; name one, e.g. {OrderFacts.Names.FirstOrDefault(n => n.StartsWith(global.Name + ".", StringComparison.Ordinal)) ?? global.Name + ".NAME"}.");
            }

            foreach (var child in node.Children)
            {
                Visit(child, facts, defined);
            }
        }
    }
}
