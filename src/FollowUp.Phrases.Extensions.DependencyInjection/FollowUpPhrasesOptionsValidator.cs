using System.Linq;
using Microsoft.Extensions.Options;

namespace FollowUp.Phrases.Extensions.DependencyInjection
{
    /// <summary>Checks the options once, at start-up, so a bad phrasebook or zone stops the host instead of a customer email.</summary>
    internal sealed class FollowUpPhrasesOptionsValidator : IValidateOptions<FollowUpPhrasesOptions>
    {
        public ValidateOptionsResult Validate(string? name, FollowUpPhrasesOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => "FollowUpPhrases:" + p));
        }
    }
}
