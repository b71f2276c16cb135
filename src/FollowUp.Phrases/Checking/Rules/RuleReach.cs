namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// Whether a rule can report anything under a check's context, and whether its triggers decide that — its own, and
    /// any the context adds (an order in the context makes any date a possible overpromise).
    /// </summary>
    internal readonly struct RuleReach : System.IEquatable<RuleReach>
    {
        private RuleReach(RuleReachKind kind, TextFeatures alsoOn)
        {
            Kind = kind;
            AlsoOn = alsoOn;
        }

        /// <summary>The rule reports nothing in this context.</summary>
        public static RuleReach Never => new RuleReach(RuleReachKind.Never, TextFeatures.None);

        /// <summary>The rule reports something only where one of its <see cref="RuleTriggers"/> occurs.</summary>
        public static RuleReach Screened => new RuleReach(RuleReachKind.Screened, TextFeatures.None);

        /// <summary>The rule may report on any message in this context: the message is read.</summary>
        public static RuleReach Always => new RuleReach(RuleReachKind.Always, TextFeatures.None);

        public RuleReachKind Kind { get; }

        /// <summary>Text features that, in this context, trigger the rule besides its own triggers.</summary>
        public TextFeatures AlsoOn { get; }

        /// <summary>The rule reports something where its triggers occur, or where <paramref name="features"/> do.</summary>
        public static RuleReach ScreenedAlsoOn(TextFeatures features) => new RuleReach(RuleReachKind.Screened, features);

        /// <summary>Whether <paramref name="other"/> is the same reach.</summary>
        public bool Equals(RuleReach other) => Kind == other.Kind && AlsoOn == other.AlsoOn;

        public override bool Equals(object? obj) => obj is RuleReach other && Equals(other);

        public override int GetHashCode() => ((int)Kind * 397) ^ (int)AlsoOn;
    }
}
