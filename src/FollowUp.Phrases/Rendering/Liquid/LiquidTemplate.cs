using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// A Liquid template parsed once and rendered many times, from any thread. This folder is the only place that
    /// knows the engine is Fluid: replacing the engine means replacing these files.
    /// </summary>
    internal sealed class LiquidTemplate
    {
        private static readonly FluidParser Parser = CreateParser();
        private static readonly TemplateOptions Options = CreateOptions();

        [ThreadStatic]
        private static BoundedWriter? _writer;

        private readonly IFluidTemplate _template;

        private LiquidTemplate(string source, IFluidTemplate template, IReadOnlyList<string> facts, TemplateOrigin? origin)
        {
            Source = source;
            Origin = origin;
            _template = template;
            ReferencedFacts = facts;
            ReferencedFactIndexes = OrderFacts.IndexesOf(facts);
        }

        public string Source { get; }

        /// <summary>The phrasebook file the template came from, to place render errors there.</summary>
        public TemplateOrigin? Origin { get; }

        /// <summary>The facts the template reads, in order of first use.</summary>
        public IReadOnlyList<string> ReferencedFacts { get; }

        /// <summary>Each of <see cref="ReferencedFacts"/> by its number among the built-in facts (-1 for a custom one).</summary>
        public int[] ReferencedFactIndexes { get; }

        /// <exception cref="TemplateCompileException">The template does not parse, uses a tag, name or filter phrases may not use, or names an unknown fact.</exception>
        public static LiquidTemplate Compile(string source, TemplateOrigin? origin = null)
        {
            var tags = LiquidScanner.Tags(source);
            TemplateSandbox.CheckTagNames(source, tags);
            if (!Parser.TryParse(source, out var parsed, out var error))
            {
                throw SyntaxError(source, tags, error);
            }

            var facts = TemplateSandbox.Check(source, tags);
            var statements = ((FluidTemplate)parsed).Statements;
            var rewriter = new SandboxRewriter(source, tags, statements);
            var rewritten = statements.Select(rewriter.Visit).ToArray();
            return new LiquidTemplate(source, new FluidTemplate(rewritten), facts, origin);
        }

        /// <summary>Builds the engine's view of an order once per message; shared read-only by its templates.</summary>
        public static object CreateModel(OrderSnapshot order, ValueFormatter formatter, Timing.WorkingCalendars calendars, NodaTime.Instant now) =>
            new FactModel(order, formatter, calendars, now);

        /// <summary>
        /// Fact <paramref name="name"/> as a template prints it, or null when the order lacks it; <paramref name="index"/>
        /// is its number among the built-in facts (<see cref="ReferencedFactIndexes"/>), -1 for a custom one.
        /// </summary>
        public static string? FactText(object model, string name, int index) => ((FactModel)model).TextOrNull(name, index);

        /// <summary>
        /// The facts among <paramref name="names"/> that the order behind <paramref name="model"/> lacks;
        /// <paramref name="indexes"/> are their numbers among the built-in facts, -1 for a custom one.
        /// </summary>
        public static string[] MissingFacts(object model, IReadOnlyList<string> names, int[] indexes)
        {
            var facts = (FactModel)model;
            List<string>? missing = null;
            for (var i = 0; i < names.Count; i++)
            {
                if (facts.IsMissing(names[i], indexes[i]))
                {
                    (missing ??= new List<string>()).Add(names[i]);
                }
            }

            return missing?.ToArray() ?? Array.Empty<string>();
        }

        /// <exception cref="MissingFactUsedException">The template printed a fact the order lacks.</exception>
        /// <exception cref="Exception">Anything else went wrong while rendering: the exception <paramref name="fail"/> builds.</exception>
        public string Render(object model, ValueFormatter formatter, RenderMode mode, RenderLimits limits, Func<TemplatePlace, string, Exception?, Exception> fail)
        {
            var context = ((FactModel)model).TemplateContext(Options, limits);
            context.BeginTemplate();
            var writer = _writer ??= new BoundedWriter();
            writer.Reset(limits.OutputLimit);
            TextEncoder encoder = mode switch
            {
                RenderMode.Html => HtmlValueEncoder.Instance,
                RenderMode.Subject => SubjectValueEncoder.Instance,
                _ => NullEncoder.Default,
            };

            try
            {
                var pending = _template.RenderAsync(writer, encoder, context);
                if (!pending.IsCompletedSuccessfully)
                {
                    pending.AsTask().GetAwaiter().GetResult();
                }

                return writer.ToString();
            }
            catch (MissingFactUsedException)
            {
                throw;
            }
            catch (TemplateRuntimeException e) when (e.InnerException is MissingFactUsedException missing)
            {
                throw missing;
            }
            catch (Exception e) when (e is TemplateRuntimeException || e is TemplateLimitException || e is FluidException
                                      || e is InvalidOperationException || e is ArgumentException || e is FormatException
                                      || e is OverflowException || e is DivideByZeroException || e is NullReferenceException
                                      || e is IndexOutOfRangeException || e is InvalidCastException)
            {
                var cause = e is TemplateRuntimeException ? e.InnerException! : e;
                return ThrowFail(fail, Place(e is TemplateRuntimeException located ? located.Offset : -1), Problem(cause, limits), cause);
            }
        }

        private static string ThrowFail(Func<TemplatePlace, string, Exception?, Exception> fail, TemplatePlace place, string problem, Exception cause) =>
            throw fail(place, problem, cause);

        private TemplatePlace Place(int offset)
        {
            if (offset < 0)
            {
                return new TemplatePlace(0, 0, Origin?.File, 0, 0);
            }

            var (line, column) = Position(Source, offset);
            var (fileLine, fileColumn) = Origin?.Locate(offset) ?? (0, 0);
            return new TemplatePlace(line, column, Origin?.File, fileLine, fileColumn);
        }

        private static string Problem(Exception cause, RenderLimits limits) => cause switch
        {
            // The engine reports its step limit as a recursion limit; phrases have no includes, so it is the steps.
            InvalidOperationException when cause.Message.IndexOf("recursion", StringComparison.Ordinal) >= 0 => TemplateLimitException.Steps(limits.StepLimit).Message,
            DivideByZeroException => "division by zero",
            _ => cause.Message,
        };

        /// <summary>1-based line and column of <paramref name="offset"/> in <paramref name="source"/>.</summary>
        public static (int Line, int Column) Position(string source, int offset)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < offset && i < source.Length; i++)
            {
                if (source[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, offset - lineStart + 1);
        }

        /// <summary>The parser's message in Liquid's words, at the tag it concerns.</summary>
        private static TemplateCompileException SyntaxError(string source, IReadOnlyList<LiquidTag> tags, string error)
        {
            // The engine writes "PROBLEM at (LINE:COLUMN)\nSource:\n…".
            var firstLine = error.Split('\n')[0].Trim();
            var at = firstLine.LastIndexOf(" at (", StringComparison.Ordinal);
            var problem = at > 0 ? firstLine.Substring(0, at) : firstLine;
            var offset = at > 0 ? OffsetOf(source, firstLine.Substring(at + 5).TrimEnd(')')) : 0;

            // "'{% endif %}' was expected" is reported at the end of the text; the useful place is the tag left open.
            const string expected = "' was expected";
            if (problem.StartsWith("'{% end", StringComparison.Ordinal) && problem.EndsWith(expected, StringComparison.Ordinal))
            {
                var closer = problem.Substring(4, problem.Length - 4 - expected.Length - 3).Trim(); // "endif"
                var opener = OpenBlock(source, tags, closer.Substring(3), offset);
                if (opener is LiquidTag open)
                {
                    return new TemplateCompileException(open.Start, $"'{{% {open.Name} %}}' is not closed: '{{% {closer} %}}' is missing.");
                }

                return new TemplateCompileException(offset, $"'{{% {closer} %}}' is missing.");
            }

            if (problem.StartsWith("Unknown tag 'end", StringComparison.Ordinal) || problem.StartsWith("Unknown tag 'else", StringComparison.Ordinal) || problem.StartsWith("Unknown tag 'when", StringComparison.Ordinal))
            {
                var name = problem.Substring("Unknown tag '".Length).TrimEnd('\'');
                var stray = tags.LastOrDefault(t => t.Name == name && t.Start <= offset);
                return new TemplateCompileException(stray.Name == name ? stray.Start : offset, $"'{{% {name} %}}' has no block to {(name.StartsWith("end", StringComparison.Ordinal) ? "close" : "belong to")} here.");
            }

            return new TemplateCompileException(offset, "template error: " + problem + ".");
        }

        /// <summary>The innermost block of kind <paramref name="name"/> still open at <paramref name="offset"/>.</summary>
        private static LiquidTag? OpenBlock(string source, IReadOnlyList<LiquidTag> tags, string name, int offset)
        {
            var open = new List<LiquidTag>();
            foreach (var tag in tags)
            {
                if (tag.Start >= offset && offset > 0)
                {
                    break;
                }

                if (tag.Name == name)
                {
                    open.Add(tag);
                }
                else if (tag.Name == "end" + name && open.Count > 0)
                {
                    open.RemoveAt(open.Count - 1);
                }
            }

            return open.Count > 0 ? open[open.Count - 1] : (LiquidTag?)null;
        }

        private static int OffsetOf(string source, string lineColumn)
        {
            var parts = lineColumn.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                return 0;
            }

            var offset = 0;
            for (var l = 1; l < line && offset < source.Length; l++)
            {
                var next = source.IndexOf('\n', offset);
                offset = next < 0 ? source.Length : next + 1;
            }

            return Math.Max(0, Math.Min(source.Length, offset + column - 1));
        }

        private static FluidParser CreateParser()
        {
            var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false, AllowLiquidTag = false });

            // Tags a phrase may not use are unknown to the parser itself, not merely refused by the sandbox check.
            foreach (var tag in parser.RegisteredTags.Keys.ToArray())
            {
                if (Array.IndexOf(TemplateSandbox.AllowedTags, tag) < 0)
                {
                    parser.RegisteredTags.Remove(tag);
                }
            }

            return parser.Compile();
        }

        private static TemplateOptions CreateOptions()
        {
            var options = new TemplateOptions
            {
                StrictVariables = true,
                StrictFilters = true,

                // No type is registered: no .NET member of anything is readable from a template.
                MemberAccessStrategy = new DefaultMemberAccessStrategy(),
                CultureInfo = CultureInfo.InvariantCulture,
                TimeZone = TimeZoneInfo.Utc,

                // Nothing can call it (there is no date filter), but the engine's default reads the wall clock.
                Now = () => DateTimeOffset.FromUnixTimeSeconds(0),
                MaxRecursion = 10,
            };
            options.Assigned = (name, value, context) => BoundValue(value, context);
            options.Captured = (name, value, context) => BoundValue(value, context);
            LiquidFilters.Install(options.Filters);
            return options;
        }

        private static System.Threading.Tasks.ValueTask<Fluid.Values.FluidValue> BoundValue(Fluid.Values.FluidValue value, TemplateContext context)
        {
            var limit = ((FollowUpTemplateContext)context).Limits.OutputLimit;
            if (value is Fluid.Values.StringValue s && s.ToStringValue().Length > limit)
            {
                throw TemplateLimitException.Value(limit);
            }

            return new System.Threading.Tasks.ValueTask<Fluid.Values.FluidValue>(value);
        }
    }
}
