using System;
using System.Collections.Generic;
using System.IO;
using FollowUp.Phrases.Timing;
using Microsoft.Extensions.Options;

namespace FollowUp.Phrases.Extensions.DependencyInjection
{
    /// <summary>Checks the options once, at start-up, so a bad phrasebook or zone stops the host instead of a customer email.</summary>
    internal sealed class FollowUpPhrasesOptionsValidator : IValidateOptions<FollowUpPhrasesOptions>
    {
        public ValidateOptionsResult Validate(string? name, FollowUpPhrasesOptions options)
        {
            var failures = new List<string>();
            try
            {
                SellerTime.ResolveZone(options.SellerTimeZone);
            }
            catch (ConfigurationException e)
            {
                failures.Add("FollowUpPhrases:SellerTimeZone: " + e.Message);
            }

            if (string.IsNullOrWhiteSpace(options.DefaultLocale))
            {
                failures.Add("FollowUpPhrases:DefaultLocale is required, e.g. 'en'.");
            }

            try
            {
                FollowUpPhrasesServiceCollectionExtensions.BuildChecker(options);
            }
            catch (ConfigurationException e)
            {
                failures.Add("FollowUpPhrases: " + e.Message);
            }

            foreach (var file in options.PhrasebookFiles)
            {
                if (!File.Exists(file))
                {
                    failures.Add($"FollowUpPhrases:PhrasebookFiles: '{file}' does not exist.");
                    continue;
                }

                try
                {
                    Phrasebooks.Phrasebook.LoadFile(file);
                }
                catch (DataFileException e)
                {
                    failures.Add("FollowUpPhrases:PhrasebookFiles: " + e.Message);
                }
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
