using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>What a screen's rules can report under one check context: worked out once per context, kept per thread.</summary>
    internal sealed class ContextReach
    {
        public ContextReach(MessageScreen screen, CheckContext context, ulong alwaysRules, ulong active, TextFeatures wanted, ulong[] alternatives, TextFeatures[] features)
        {
            Screen = screen;
            Context = context;
            AlwaysRules = alwaysRules;
            Active = active;
            Wanted = wanted;
            Alternatives = alternatives;
            Features = features;
        }

        public MessageScreen Screen { get; }

        public CheckContext Context { get; }

        /// <summary>Whether this is <paramref name="screen"/>'s answer for <paramref name="context"/> (or a context equal to it).</summary>
        public bool Answers(MessageScreen screen, CheckContext context) =>
            ReferenceEquals(Screen, screen) && (ReferenceEquals(Context, context) || Context.Equals(context));

        /// <summary>Every rule that may report on any message in the context (a bit per rule index).</summary>
        public ulong AlwaysRules { get; }

        /// <summary>The rules the triggers decide (a bit per rule index).</summary>
        public ulong Active { get; }

        /// <summary>The text features those rules start from.</summary>
        public TextFeatures Wanted { get; }

        /// <summary>Their word-group alternatives, each a mask of group bits that must all be seen.</summary>
        public ulong[] Alternatives { get; }

        /// <summary>The text features that trigger each rule in this context: its own and those the context adds.</summary>
        public TextFeatures[] Features { get; }
    }
}
