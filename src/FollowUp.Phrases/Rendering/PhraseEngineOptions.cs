using System;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Phrasebooks;
using NodaTime;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Settings for a <see cref="PhraseEngine"/>. A plain options class: set what you need; the engine validates it once
    /// when built and copies what it keeps, so later changes to this object do not affect a built engine.
    /// </summary>
    public sealed class PhraseEngineOptions
    {
        /// <summary>The phrases to render. Default: <see cref="Phrasebook.BuiltIn"/>.</summary>
        public Phrasebook Phrasebook { get; set; } = Phrasebook.BuiltIn;

        /// <summary>The clock that stamps <see cref="FollowUpMessage.CreatedAt"/>. Default: the system clock; inject a <c>FakeClock</c> in tests.</summary>
        public IClock Clock { get; set; } = SystemClock.Instance;

        /// <summary>The seller's zone: instants print in it by default. Default: UTC+8.</summary>
        public DateTimeZone SellerTimeZone { get; set; } = Timing.SellerTime.ChinaStandardTime;

        /// <summary>The checker run on every rendered message. Default: <see cref="WordingChecker.Default"/>.</summary>
        public WordingChecker Checker { get; set; } = WordingChecker.Default;

        /// <summary>Whether rendered messages are checked. Default: true. Switch off only where another step checks them.</summary>
        public bool CheckWording { get; set; } = true;

        /// <summary>When true, rendering throws <see cref="WordingRejectedException"/> if any finding is an error. Default: false.</summary>
        public bool RefuseOnErrors { get; set; }

        /// <summary>The locale used when neither the call nor the buyer names one. Default: <c>en</c>.</summary>
        public string DefaultLocale { get; set; } = "en";

        /// <summary>The channel used when the call does not name one. Default: email.</summary>
        public Channel DefaultChannel { get; set; } = Channel.Email;

        /// <summary>Working-day calendars for derived dates such as <c>shipment.estimated_delivery</c>. Default: built-in.</summary>
        public Timing.WorkingCalendars Calendars { get; set; } = Timing.WorkingCalendars.BuiltIn;

        /// <summary>
        /// Rules silenced for particular phrases, e.g. <c>{ ["order.unpaid-reminder-2"] = { "shouting" } }</c> — for a phrase
        /// whose wording a person has reviewed and accepted. Prefer a <c>followup-ignore</c> comment in the template, which
        /// keeps the reason next to the words.
        /// </summary>
        public System.Collections.Generic.IDictionary<string, System.Collections.Generic.ISet<string>> SuppressedRulesByPhrase { get; } =
            new System.Collections.Generic.Dictionary<string, System.Collections.Generic.ISet<string>>(StringComparer.Ordinal);

        /// <summary>Bounds on template loops, recursion and output size.</summary>
        public RenderLimits Limits { get; set; } = new RenderLimits();

        internal void Validate()
        {
            Require(Phrasebook, nameof(Phrasebook));
            Require(Clock, nameof(Clock));
            Require(SellerTimeZone, nameof(SellerTimeZone));
            Require(Checker, nameof(Checker));
            Require(Limits, nameof(Limits));
            Require(Calendars, nameof(Calendars));
            if (string.IsNullOrWhiteSpace(DefaultLocale))
            {
                throw new ConfigurationException("PhraseEngineOptions.DefaultLocale must name a locale such as 'en'.", "PhraseEngineOptions");
            }

            if (Limits.LoopLimit <= 0 || Limits.RecursionLimit <= 0 || Limits.OutputLimit <= 0 || Limits.StepLimit <= 0)
            {
                throw new ConfigurationException("PhraseEngineOptions.Limits must be positive: loop, recursion, output and step limits bound what a template may do.", "PhraseEngineOptions");
            }
        }

        private static void Require(object? value, string name)
        {
            if (value is null)
            {
                throw new ConfigurationException($"PhraseEngineOptions.{name} is required.", "PhraseEngineOptions");
            }
        }
    }
}
