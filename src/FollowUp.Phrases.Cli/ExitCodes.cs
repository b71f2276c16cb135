namespace FollowUp.Phrases.Cli
{
    internal static class ExitCodes
    {
        /// <summary>Nothing at error level.</summary>
        public const int Ok = 0;

        /// <summary>At least one finding at error level.</summary>
        public const int Findings = 1;

        /// <summary>Bad input: unknown option, unreadable file, malformed JSON line, missing fact.</summary>
        public const int BadInput = 2;

        /// <summary>A bug in followup: reported in one line, never as a crash.</summary>
        public const int InternalError = 3;
    }
}
