using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// A phrase was rendered for a channel it does not declare: a text written for email may hold what a marketplace's
    /// messages forbid (an external tracking link on Amazon), and a chat text lacks what an email needs.
    /// </summary>
    public sealed class ChannelNotDeclaredException : FollowUpException
    {
        internal ChannelNotDeclaredException(string phraseKey, Channel channel, IReadOnlyList<Channel> declared)
            : base($"Phrase '{phraseKey}' is written for {string.Join(", ", declared.Select(Name))}, not for {Name(channel)}. " +
                   "Render it for one of those channels, or pick a phrase written for this one.")
        {
            PhraseKey = phraseKey;
            Channel = channel;
            DeclaredChannels = declared;
        }

        /// <summary>The phrase that was refused.</summary>
        public string PhraseKey { get; }

        /// <summary>The channel asked for.</summary>
        public Channel Channel { get; }

        /// <summary>The channels the phrase is written for.</summary>
        public IReadOnlyList<Channel> DeclaredChannels { get; }

        private static string Name(Channel c) => c.ToString().ToLowerInvariant();
    }
}
