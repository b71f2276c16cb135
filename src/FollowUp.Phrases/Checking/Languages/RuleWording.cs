using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// A rule's findings worded in one language: named texts with placeholders in braces — <c>message</c> and
    /// <c>suggestion</c> always, and variants a rule picks when it knows more (<c>suggestionWithDate</c> when the check
    /// knows the send time, <c>messageProblem</c> for missing-owner's whole-message form). Placeholders: <c>{text}</c>
    /// (the flagged words) and those the rule documents, such as <c>{date}</c>.
    /// </summary>
    public sealed class RuleWording
    {
        /// <summary>Creates a wording from its named texts; <c>message</c> must be among them.</summary>
        /// <exception cref="ArgumentException">There is no <c>message</c>.</exception>
        public RuleWording(IReadOnlyDictionary<string, string> texts)
        {
            Texts = texts ?? throw new ArgumentNullException(nameof(texts));
            if (!texts.ContainsKey("message"))
            {
                throw new ArgumentException("A rule's wording needs a 'message'.", nameof(texts));
            }
        }

        /// <summary>Every named text.</summary>
        public IReadOnlyDictionary<string, string> Texts { get; }

        /// <summary>What is wrong.</summary>
        public string Message => Texts["message"];

        /// <summary>How to fix it, when the wording gives one.</summary>
        public string? Suggestion => Texts.TryGetValue("suggestion", out var s) ? s : null;
    }
}
