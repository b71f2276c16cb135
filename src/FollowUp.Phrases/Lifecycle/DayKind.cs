namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>Whether a duration counts every day or only working days.</summary>
    public enum DayKind
    {
        /// <summary>Monday to Friday, less public holidays.</summary>
        WorkingDays,
        /// <summary>Every day.</summary>
        CalendarDays,
    }
}
