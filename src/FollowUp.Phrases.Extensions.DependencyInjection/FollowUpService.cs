using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using Microsoft.Extensions.Logging;

namespace FollowUp.Phrases.Extensions.DependencyInjection
{
    /// <summary>
    /// The engine and checker for an application, with every finding logged: rule id, severity, position and phrase key
    /// — never the message or the flagged words, which may hold a buyer's personal data.
    /// </summary>
    public sealed class FollowUpService
    {
        private readonly PhraseEngine _engine;
        private readonly WordingChecker _checker;
        private readonly ILogger<FollowUpService> _logger;
        private readonly Timing.FollowUpPlanner? _planner;

        /// <summary>Created by the container (without a planner: <see cref="Plan"/> then throws).</summary>
        public FollowUpService(PhraseEngine engine, WordingChecker checker, ILogger<FollowUpService> logger)
            : this(engine, checker, null!, logger)
        {
        }

        /// <summary>Created by the container.</summary>
        public FollowUpService(PhraseEngine engine, WordingChecker checker, Timing.FollowUpPlanner planner, ILogger<FollowUpService> logger)
        {
            _engine = engine ?? throw new ArgumentNullException(nameof(engine));
            _checker = checker ?? throw new ArgumentNullException(nameof(checker));
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
            _planner = planner;
        }

        /// <summary>Renders and checks a phrase (see <see cref="PhraseEngine.Render"/>) and logs its findings.</summary>
        public FollowUpMessage Render(string key, OrderSnapshot order, RenderOptions? options = null)
        {
            var message = _engine.Render(key, order, options);
            Log(key, message.Diagnostics.ToArray());
            return message;
        }

        /// <summary>Checks any message (see <see cref="WordingChecker.Check"/>) and logs its findings.</summary>
        public IReadOnlyList<Diagnostic> Check(string text, CheckContext? context = null)
        {
            var findings = _checker.Check(text, context);
            Log(null, findings);
            return findings;
        }

        /// <summary>Checks any message and reports how it was read — purpose and languages too (see <see cref="WordingChecker.Review"/>); logs its findings.</summary>
        public CheckReport Review(string text, CheckContext? context = null)
        {
            var report = _checker.Review(text, context);
            Log(null, report.Diagnostics);
            return report;
        }

        /// <summary>The reading the rules query: regions, timing, steps, commitments, links (see <see cref="WordingChecker.Analyze"/>).</summary>
        public AnalyzedMessage Analyze(string text, CheckContext? context = null) => WordingChecker.Analyze(text, context);

        /// <summary>The follow-ups the order needs at <paramref name="now"/> (default: the container's clock), due and planned.</summary>
        /// <exception cref="InvalidOperationException">The service was built without a planner.</exception>
        public IReadOnlyList<Timing.DueFollowUp> Plan(OrderSnapshot order, NodaTime.Instant? now = null)
        {
            if (_planner is null)
            {
                throw new InvalidOperationException("This FollowUpService has no FollowUpPlanner; register one (AddFollowUpPhrases does).");
            }

            return now is NodaTime.Instant at ? _planner.Plan(order, at) : _planner.Plan(order);
        }

        private void Log(string? key, IReadOnlyList<Diagnostic> findings)
        {
            foreach (var d in findings)
            {
                var level = d.Severity switch
                {
                    Severity.Error => LogLevel.Warning,
                    Severity.Warning => LogLevel.Information,
                    _ => LogLevel.Debug,
                };
                _logger.Log(level, "Wording finding {Rule} ({Severity}) at {Line}:{Column}, length {Length}, phrase {PhraseKey}", d.Rule, d.Severity, d.Line, d.Column, d.Length, key ?? "(hand-written)");
            }
        }
    }
}
