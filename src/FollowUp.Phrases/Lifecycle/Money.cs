using System;
using System.Globalization;

namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>An amount in a named currency, shown as <c>USD 25.00</c> whatever the machine's culture.</summary>
    public readonly struct Money : IEquatable<Money>
    {
        /// <summary>Creates an amount; <paramref name="currency"/> is a three-letter ISO 4217 code.</summary>
        /// <exception cref="ArgumentException">The currency is not three letters.</exception>
        [System.Text.Json.Serialization.JsonConstructor]
        public Money(decimal amount, string currency)
        {
            if (!IsCurrencyCode(currency))
            {
                throw new ArgumentException(CurrencyProblem(currency), nameof(currency));
            }

            Amount = amount;
            Currency = currency.ToUpperInvariant();
        }

        /// <summary>Whether <paramref name="currency"/> is three ASCII letters, as an ISO 4217 code is.</summary>
        internal static bool IsCurrencyCode(string? currency) => currency != null && currency.Length == 3 && IsAsciiLetters(currency);

        internal static string CurrencyProblem(string? currency) => $"Currency must be a three-letter ISO 4217 code such as USD or EUR, not '{currency}'.";

        /// <summary>The amount.</summary>
        public decimal Amount { get; }

        /// <summary>The ISO 4217 currency code, upper case.</summary>
        public string Currency { get; }

        /// <inheritdoc />
        public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Money other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Amount.GetHashCode() ^ (Currency?.GetHashCode() ?? 0);

        /// <summary>The amount with two decimals after its currency code: <c>USD 25.00</c>.</summary>
        public override string ToString() => Currency + " " + Amount.ToString("0.00", CultureInfo.InvariantCulture);

        private static bool IsAsciiLetters(string s)
        {
            foreach (var c in s)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
