using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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

            var packsLoad = true;
            foreach (var file in options.LanguagePackFiles)
            {
                if (!File.Exists(file))
                {
                    failures.Add($"FollowUpPhrases:LanguagePackFiles: '{file}' does not exist.");
                    packsLoad = false;
                    continue;
                }

                try
                {
                    Checking.Languages.LanguagePack.LoadFile(file);
                }
                catch (DataFileException e)
                {
                    failures.Add("FollowUpPhrases:LanguagePackFiles: " + e.Message);
                    packsLoad = false;
                }
            }

            if (packsLoad)
            {
                try
                {
                    FollowUpPhrasesServiceCollectionExtensions.BuildChecker(options);
                }
                catch (ConfigurationException e)
                {
                    failures.Add("FollowUpPhrases: " + e.Message);
                }
            }

            // A default locale no phrase is written in would fall back to English for everyone, silently.
            if (!string.IsNullOrWhiteSpace(options.DefaultLocale)
                && LanguageOf(options.DefaultLocale) is var language
                && !Phrasebooks.Phrasebook.BuiltIn.Phrases.Any(p => p.Locales.Any(l => string.Equals(LanguageOf(l), language, StringComparison.Ordinal))))
            {
                failures.Add($"FollowUpPhrases:DefaultLocale: no built-in phrase is written in '{options.DefaultLocale}'; use one of the phrasebook's locales (en, zh-CN, de, es).");
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

        private static string LanguageOf(string tag) => tag.Split('-', '_')[0].Trim().ToLowerInvariant();
    }
}
