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

        /// <summary>Created by the container.</summary>
        public FollowUpService(PhraseEngine engine, WordingChecker checker, ILogger<FollowUpService> logger)
        {
            _engine = engine ?? throw new ArgumentNullException(nameof(engine));
            _checker = checker ?? throw new ArgumentNullException(nameof(checker));
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
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
