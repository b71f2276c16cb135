using System;

namespace FollowUp.Phrases.Checking
{
    /// <summary>What a rule is: its stable id, default severity, a one-line title and help text for documentation and tooling.</summary>
    public sealed class RuleDescriptor
    {
        /// <summary>Describes a rule; for <see cref="IMessageRule"/>s of your own.</summary>
        /// <param name="id">A stable kebab-case id: lower-case letters, digits and single hyphens (<c>brand-banned-phrase</c>).</param>
        /// <param name="defaultSeverity">The severity unless options change it.</param>
        /// <param name="title">A one-line summary.</param>
        /// <param name="help">Why the rule exists and how to satisfy it.</param>
        /// <exception cref="ArgumentException">The id is not kebab-case, or the title is empty.</exception>
        public RuleDescriptor(string id, Severity defaultSeverity, string title, string help)
        {
            if (string.IsNullOrEmpty(id) || !IsKebab(id))
            {
                throw new ArgumentException($"Rule id '{id}' is not kebab-case (lower-case letters, digits, single hyphens, like 'brand-banned-phrase').", nameof(id));
            }

            if (string.IsNullOrWhiteSpace(title))
            {
                throw new ArgumentException($"Rule '{id}' needs a title.", nameof(title));
            }

            Id = id;
            DefaultSeverity = defaultSeverity;
            Title = title;
            Help = help;
        }

        private static bool IsKebab(string id)
        {
            for (var i = 0; i < id.Length; i++)
            {
                var c = id[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0 && i < id.Length - 1 && id[i - 1] != '-');
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The stable kebab-case id.</summary>
        public string Id { get; }

        /// <summary>The severity used unless the options change it.</summary>
        public Severity DefaultSeverity { get; }

        /// <summary>A one-line summary.</summary>
        public string Title { get; }

        /// <summary>Why the rule exists and how to satisfy it.</summary>
        public string Help { get; }
    }
}
