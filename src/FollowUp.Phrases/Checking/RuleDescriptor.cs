namespace FollowUp.Phrases.Checking
{
    /// <summary>What a rule is: its stable id, default severity, a one-line title and help text for documentation and tooling.</summary>
    public sealed class RuleDescriptor
    {
        internal RuleDescriptor(string id, Severity defaultSeverity, string title, string help)
        {
            Id = id;
            DefaultSeverity = defaultSeverity;
            Title = title;
            Help = help;
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
