using System;

namespace FollowUp.Phrases.Cli
{
    /// <summary>The command line was wrong: exit code 2 and the message on stderr.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message)
        {
        }
    }
}
