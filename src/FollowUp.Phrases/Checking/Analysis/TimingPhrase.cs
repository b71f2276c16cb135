using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A time expression in the message, classified, with its visible range. A value: a long message has a thousand of
    /// them, and an object each was a sixth of its reading's garbage. Two are equal when kind and range are.
    /// </summary>
    internal readonly struct TimingPhrase : IEquatable<TimingPhrase>
    {
        public TimingPhrase(TimingKind kind, int start, int end)
        {
            Kind = kind;
            Start = start;
            End = end;
        }

        public TimingKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        public bool Equals(TimingPhrase other) => Kind == other.Kind && Start == other.Start && End == other.End;

        public override bool Equals(object? obj) => obj is TimingPhrase other && Equals(other);

        public override int GetHashCode() => unchecked((((int)Kind * 397) ^ Start) * 397 ^ End);

        public override string ToString() => $"{Kind} [{Start}, {End})";
    }
}
