using System;
using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// Where an <see cref="IMessageRule"/> reports: each finding gets the rule's id, its effective severity, and its
    /// line and column, and passes through the checker's suppressions and findings limit.
    /// </summary>
    public sealed class RuleFindings
    {
        private readonly MessageAnalysis _analysis;
        private readonly RuleDescriptor _rule;
        private readonly ICollection<Diagnostic> _sink;

        internal RuleFindings(MessageAnalysis analysis, RuleDescriptor rule, Severity severity, ICollection<Diagnostic> sink)
        {
            _analysis = analysis;
            _rule = rule;
            _sink = sink;
            Severity = severity;
        }

        /// <summary>What the caller told the checker about the message (channel, purpose, locale, order, send time).</summary>
        public CheckContext Context => _analysis.Context;

        /// <summary>The severity findings get: the rule's default or what the options set.</summary>
        public Severity Severity { get; }

        /// <summary>Reports the text at [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of the message.</summary>
        /// <param name="start">Offset in UTF-16 code units into <see cref="AnalyzedMessage.Text"/>.</param>
        /// <param name="length">Length in UTF-16 code units; at least 1.</param>
        /// <param name="message">What is wrong, for the person editing the message.</param>
        /// <param name="suggestion">How to fix it, or null.</param>
        /// <param name="replacement">Text that replaces the span as a fix, or null.</param>
        /// <exception cref="ArgumentOutOfRangeException">The span is not inside the message; the message names the rule.</exception>
        public void Add(int start, int length, string message, string? suggestion = null, string? replacement = null)
        {
            var input = _analysis.Input;
            if (start < 0 || length < 1 || start > input.Length - length)
            {
                throw new ArgumentOutOfRangeException(nameof(start), $"Rule '{_rule.Id}' reported [{start}, {start}+{length}) outside the message (length {input.Length}).");
            }

            var (line, column) = _analysis.Locate(start);
            _sink.Add(new Diagnostic
            {
                Rule = _rule.Id,
                Severity = Severity,
                Start = start,
                Length = length,
                Line = line,
                Column = column,
                Text = input.Substring(start, length),
                Message = message ?? throw new ArgumentNullException(nameof(message)),
                Suggestion = suggestion,
                Replacement = replacement,
            });
        }

        /// <summary>Reports something about the message as a whole (a missing element).</summary>
        public void AddWholeMessage(string message, string? suggestion = null) =>
            _sink.Add(_analysis.ReportWholeMessage(_rule, Severity, message ?? throw new ArgumentNullException(nameof(message)), suggestion));
    }
}
