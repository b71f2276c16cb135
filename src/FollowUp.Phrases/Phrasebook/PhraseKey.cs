using System;

namespace FollowUp.Phrases.Phrasebooks
{
    /// <summary>
    /// The stable name of a phrase: dot-separated kebab-case segments such as <c>shipment.dispatched</c> or
    /// <c>order.unpaid-reminder-1</c>. Keys never change once published, so CRMs can store them.
    /// </summary>
    public readonly struct PhraseKey : IEquatable<PhraseKey>, IComparable<PhraseKey>
    {
        private readonly string? _value;

        private PhraseKey(string value) => _value = value;

        /// <summary>The key as text.</summary>
        public string Value => _value ?? "";

        /// <summary>Reads a key.</summary>
        /// <exception cref="ArgumentException">The text is not a dotted kebab-case key.</exception>
        public static PhraseKey Parse(string text)
        {
            if (TryParse(text, out var key, out var problem))
            {
                return key;
            }

            throw new ArgumentException(problem, nameof(text));
        }

        /// <summary>Reads a key, returning false when the text is not one.</summary>
        public static bool TryParse(string? text, out PhraseKey key) => TryParse(text, out key, out _);

        internal static bool TryParse(string? text, out PhraseKey key, out string problem)
        {
            key = default;
            if (string.IsNullOrEmpty(text))
            {
                problem = "A phrase key is required, e.g. 'shipment.dispatched'.";
                return false;
            }

            var segments = text!.Split('.');
            if (segments.Length < 2)
            {
                problem = $"Phrase key '{text}' needs at least two dot-separated parts, e.g. 'shipment.dispatched'.";
                return false;
            }

            foreach (var segment in segments)
            {
                if (!IsKebab(segment))
                {
                    problem = $"Phrase key '{text}' has the part '{segment}', which is not kebab-case (lower-case letters, digits and single hyphens).";
                    return false;
                }
            }

            key = new PhraseKey(text);
            problem = "";
            return true;
        }

        private static bool IsKebab(string s)
        {
            if (s.Length == 0 || s[0] == '-' || s[s.Length - 1] == '-')
            {
                return false;
            }

            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads a key; the same as <see cref="Parse"/>.</summary>
        public static implicit operator PhraseKey(string text) => Parse(text);

        /// <inheritdoc />
        public bool Equals(PhraseKey other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PhraseKey other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public int CompareTo(PhraseKey other) => string.CompareOrdinal(Value, other.Value);

        /// <summary>Whether two keys are the same.</summary>
        public static bool operator ==(PhraseKey left, PhraseKey right) => left.Equals(right);

        /// <summary>Whether two keys differ.</summary>
        public static bool operator !=(PhraseKey left, PhraseKey right) => !left.Equals(right);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
