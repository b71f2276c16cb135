namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Which of a word's two forms a count takes in a language (CLDR's cardinal rules for the phrasebook's languages):
    /// English, German and Spanish use the singular for exactly 1; French for 0 and 1 ("0 jour", "1,5 jour"); Chinese has
    /// one form, so the plural (second) form is written.
    /// </summary>
    internal static class PluralRules
    {
        public static bool IsOne(string locale, decimal count)
        {
            switch (Checking.Languages.LanguagePacks.LanguageOf(locale))
            {
                case "zh":
                case "ja":
                case "ko":
                    return false;
                case "fr":
                case "pt":
                    return count >= 0 && count < 2;
                default:
                    return count == 1;
            }
        }
    }
}
