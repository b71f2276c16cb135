using System;
using Scriban;
using Scriban.Parsing;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// The engine hooks that make rendering strict and safe: a missing fact is false in a condition but an error when
    /// printed; values are formatted culture-independently; HTML bodies encode every value; subjects refuse line breaks.
    /// </summary>
    internal sealed class FollowUpTemplateContext : LiquidTemplateContext
    {
        private readonly ValueFormatter _formatter;
        private readonly RenderMode _mode;
        private readonly int _outputLimit;
        private int _written;

        public FollowUpTemplateContext(ValueFormatter formatter, RenderMode mode, int outputLimit)
        {
            _formatter = formatter;
            _mode = mode;
            _outputLimit = outputLimit;
        }

        public override TemplateContext Write(SourceSpan span, object? value)
        {
            if (value is MissingFact missing)
            {
                throw new MissingFactUsedException(missing.Name);
            }

            var text = value is string s ? s : ObjectToString(value!) ?? "";
            switch (_mode)
            {
                case RenderMode.Html:
                    text = System.Net.WebUtility.HtmlEncode(text);
                    break;
                case RenderMode.Subject:
                    if (text.IndexOf('\r') >= 0 || text.IndexOf('\n') >= 0)
                    {
                        throw new ScriptRuntimeLineBreakException();
                    }

                    break;
            }

            _written += text.Length;
            if (_written > _outputLimit)
            {
                throw new OutputLimitException(_outputLimit);
            }

            return base.Write(span, text);
        }

        /// <summary>The template wrote more than the configured limit.</summary>
        internal sealed class OutputLimitException : Exception
        {
            public OutputLimitException(int limit) : base($"the template's output passed the limit of {limit} characters (RenderLimits.OutputLimit)")
            {
            }
        }

        public override bool ToBool(SourceSpan span, object? value) => !(value is MissingFact) && base.ToBool(span, value);

        public override object IsEmpty(SourceSpan span, object? against) => against is MissingFact ? true : base.IsEmpty(span, against)!;

        public override string? ObjectToString(object? value, bool nested = false)
        {
            switch (value)
            {
                case MissingFact missing:
                    throw new MissingFactUsedException(missing.Name);
                case NodaTime.Instant _:
                case NodaTime.LocalDate _:
                case Lifecycle.Money _:
                case Lifecycle.DeliveryWindow _:
                case Timing.DateRange _:
                case Uri _:
                case decimal _:
                case double _:
                case float _:
                    return _formatter.Format(value);
                default:
                    return base.ObjectToString(value, nested) ?? "";
            }
        }

        /// <summary>A value with a line break would split a subject line or inject a mail header.</summary>
        internal sealed class ScriptRuntimeLineBreakException : Exception
        {
            public ScriptRuntimeLineBreakException() : base("a value contains a line break, which a subject line cannot hold (it could inject a mail header)")
            {
            }
        }
    }
}
