namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>Whether a duration counts every day or only working days.</summary>
    public enum DayKind
    {
        /// <summary>Monday to Friday, less public holidays.</summary>
        [System.Text.Json.Serialization.JsonStringEnumMemberName("working")]
        WorkingDays,
        /// <summary>Every day.</summary>
        [System.Text.Json.Serialization.JsonStringEnumMemberName("calendar")]
        CalendarDays,
    }
}
