namespace FollowUp.Phrases.Extensions.DependencyInjection
{
    /// <summary>
    /// Settings for <see cref="FollowUpPhrasesServiceCollectionExtensions.AddFollowUpPhrases(Microsoft.Extensions.DependencyInjection.IServiceCollection, System.Action{FollowUpPhrasesOptions})"/>:
    /// the library's one settings model (<see cref="FollowUpSettings"/>), bindable from configuration (section
    /// <c>FollowUpPhrases</c>) and validated when the host starts. Relative paths start at the host's content root unless
    /// <see cref="FollowUpSettings.BaseDirectory"/> is set.
    /// </summary>
    public sealed class FollowUpPhrasesOptions : FollowUpSettings
    {
    }
}
