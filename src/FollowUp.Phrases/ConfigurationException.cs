using System;
using System.Collections.Generic;

namespace FollowUp.Phrases
{
    /// <summary>
    /// A setting names something that does not exist or cannot be used — an unknown policy, calendar, deadline, lead-time
    /// category, language pack, time zone, stage or fact, or options that contradict each other. The message names the
    /// setting and, where there is a list, the values that do exist.
    /// </summary>
    public sealed class ConfigurationException : FollowUpException
    {
        internal ConfigurationException(string message, string? setting = null, string? value = null, IReadOnlyList<string>? known = null)
            : base(message)
        {
            Setting = setting;
            Value = value;
            Known = known ?? Array.Empty<string>();
        }

        /// <summary>What kind of setting is wrong: "policy", "time zone", "WordingCheckerOptions"…, when one is named.</summary>
        public string? Setting { get; }

        /// <summary>The value given, when the problem is one value.</summary>
        public string? Value { get; }

        /// <summary>The values that exist, when there is such a list (empty otherwise).</summary>
        public IReadOnlyList<string> Known { get; }
    }
}
