using System;

namespace FollowUp.Phrases
{
    /// <summary>Base class of every error this library throws on purpose, so hosts can catch them in one place.</summary>
    public abstract class FollowUpException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        protected FollowUpException(string message) : base(message) { }

        /// <summary>Creates the exception with its message and cause.</summary>
        protected FollowUpException(string message, Exception? inner) : base(message, inner) { }
    }
}
