namespace FollowUp.Phrases.Timing
{
    /// <summary>Where one year of a calendar's holidays comes from.</summary>
    /// <param name="Year">The year.</param>
    /// <param name="Status"><c>official</c> (from the published schedule) or <c>statutory</c> (fixed days only; the published schedule was not yet checked).</param>
    /// <param name="Source">The document the dates come from.</param>
    public sealed record CalendarYear(int Year, string Status, string Source);
}
