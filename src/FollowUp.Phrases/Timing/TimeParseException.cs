namespace FollowUp.Phrases.Timing
{
    /// <summary>A time written for the seller's or buyer's clock could not be read (<see cref="SellerTime.Parse"/>); <c>SellerTime.TryParse</c> returns false instead.</summary>
    public sealed class TimeParseException : FollowUpException
    {
        internal TimeParseException(string input, string problem)
            : base(problem)
        {
            Input = input;
        }

        /// <summary>The text that could not be read.</summary>
        public string Input { get; }
    }
}
