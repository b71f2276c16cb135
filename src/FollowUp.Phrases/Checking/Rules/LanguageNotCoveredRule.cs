using System.Collections.Generic;
using FollowUp.Phrases.Checking.Analysis;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// <c>language-not-covered</c>: the message is written in a language no pack covers (Italian, Polish, Russian…),
    /// or its locale names one. The wording rules read it through English and Chinese lists and find nothing, and
    /// "no findings" would read as "clean"; this finding says the message was not really read.
    /// </summary>
    internal sealed class LanguageNotCoveredRule : IWordingRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor(
            RuleIds.LanguageNotCovered,
            Severity.Info,
            "Language not covered",
            "The checker knows a language through its language pack. Add one for this language " +
            "(LanguagePacks.BuiltIn.With(LanguagePacks.LoadFile(\"it.json\")); see 'Adding a language' in the README) or " +
            "have the message reviewed by someone who reads it.");

        public RuleDescriptor Descriptor => Rule;

        public bool AppliesToSubject => false;

        public RuleTriggers? Triggers { get; } = RuleTriggers.OnFeatures(TextFeatures.Chinese | TextFeatures.UncoveredLanguage);

        private readonly Languages.LanguagePacks _packs;

        public LanguageNotCoveredRule(Languages.LanguagePacks packs)
        {
            _packs = packs;
        }

        // A locale the caller gives decides the language, as the reading decides it: covered, nothing to report; not
        // covered, reported whatever the text. Without one the words decide.
        public RuleReach ReachIn(CheckContext context) => Languages.LanguagePacks.LanguageOf(context.Locale) is not string code ? RuleReach.Screened
            : _packs.GetOrNull(code) is null ? RuleReach.Always
            : RuleReach.Never;

        public void Check(MessageAnalysis a, Severity severity, ICollection<Diagnostic> findings)
        {
            foreach (var (code, name) in a.UncoveredLanguages)
            {
                findings.Add(a.ReportWholeMessage(
                    Rule,
                    severity,
                    $"The message reads as {name} ({code}), which no language pack covers: vague timing, overpromises and missing owners in it were not checked.",
                    $"Add a language pack for '{code}' or check the message in a covered language ({string.Join(", ", a.Packs.Languages)})."));
            }
        }
    }
}
