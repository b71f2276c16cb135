using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>
    /// What a screen's rules can report under one check context: worked out once per context (or taken from a kept one in
    /// which every rule reaches as far), kept per thread.
    /// </summary>
    internal sealed class ContextReach
    {
        public ContextReach(MessageScreen screen, CheckContext context, RuleReach[] reaches, ulong alwaysRules, ulong active, TextFeatures wanted, ulong[] alternatives, TextFeatures[] features)
        {
            Screen = screen;
            Context = context;
            Reaches = reaches;
            AlwaysRules = alwaysRules;
            Active = active;
            Wanted = wanted;
            Features = features;

            // Most alternatives are one group: those are one mask, tested at once; the others follow it.
            var singles = 0UL;
            var others = new System.Collections.Generic.List<ulong>();
            foreach (var alternative in alternatives)
            {
                if (alternative != 0 && (alternative & (alternative - 1)) == 0) // one bit
                {
                    singles |= alternative;
                }
                else
                {
                    others.Add(alternative);
                }
            }

            others.Insert(0, singles);
            Satisfiable = others.ToArray();
        }

        // The same answer for another context whose rules reach as far (see MessageScreen.ReachIn).
        private ContextReach(ContextReach same, CheckContext context)
        {
            (Screen, Context, Reaches, AlwaysRules, Active, Wanted, Satisfiable, Features) =
                (same.Screen, context, same.Reaches, same.AlwaysRules, same.Active, same.Wanted, same.Satisfiable, same.Features);
        }

        public MessageScreen Screen { get; }

        public CheckContext Context { get; }

        /// <summary>Each rule's reach in <see cref="Context"/>, by rule index: what this answer was built from.</summary>
        public RuleReach[] Reaches { get; }

        /// <summary>This answer for <paramref name="context"/>, in which every rule reaches as far as in <see cref="Context"/>.</summary>
        public ContextReach For(CheckContext context) => new ContextReach(this, context);

        /// <summary>
        /// Whether this is <paramref name="screen"/>'s answer for <paramref name="context"/> (or a context equal to it that
        /// holds the same order, if any). Another order, even one equal to the context's, is left to the rules' reaches
        /// (MessageScreen.ReachIn): comparing two orders field by field (their histories, their custom facts) cost more
        /// than asking the rules, and a service checks each message under a context for a new order.
        /// </summary>
        public bool Answers(MessageScreen screen, CheckContext context) =>
            ReferenceEquals(Screen, screen) && (ReferenceEquals(Context, context) || (ReferenceEquals(Context.Order, context.Order) && Context.Equals(context)));

        /// <summary>Every rule that may report on any message in the context (a bit per rule index).</summary>
        public ulong AlwaysRules { get; }

        /// <summary>The rules the triggers decide (a bit per rule index).</summary>
        public ulong Active { get; }

        /// <summary>The text features those rules start from.</summary>
        public TextFeatures Wanted { get; }

        /// <summary>
        /// The active rules' word-group alternatives, for <see cref="MessageScreen"/>'s test of whether any is satisfied,
        /// asked at every word that adds a group: first the mask of every one-group alternative (any of its bits seen
        /// satisfies one), then the alternatives of several groups (or none), each a mask that must be seen whole.
        /// </summary>
        public ulong[] Satisfiable { get; }

        /// <summary>The text features that trigger each rule in this context: its own and those the context adds.</summary>
        public TextFeatures[] Features { get; }
    }
}
