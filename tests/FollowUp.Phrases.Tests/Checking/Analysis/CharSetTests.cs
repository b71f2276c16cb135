using System;
using FluentAssertions;
using FollowUp.Phrases.Text;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>The skip the payment and placeholder scans rely on: it may pass over only what cannot start a finding.</summary>
    public sealed class CharSetTests
    {
        private static readonly CharSet NotDigits = CharSet.AsciiExcept("0123456789");

        [Theory]
        [InlineData("order 4111 1111", 0, 6)]
        [InlineData("order 4111 1111", 7, 7)]
        [InlineData("no digits here", 0, 14)]
        [InlineData("", 0, 0)]
        [InlineData("abc", 5, 3)]
        [InlineData("Bestellnr. ４１１１", 0, 11)] // a character outside ASCII stops the skip: the caller judges it (full-width digits, é, 中)
        [InlineData("déjà 5", 0, 1)]
        public void Skips_to_the_first_character_outside_the_set(string text, int start, int expected)
        {
            NotDigits.SkipFrom(text, start).Should().Be(expected);
        }

        [Fact]
        public void A_long_run_is_skipped_whole_and_stops_exactly_at_the_first_wanted_character()
        {
            // Longer than any vector: the runtime's vectorised search and the loop must agree on the exact index.
            for (var at = 0; at < 300; at += 7)
            {
                var text = new string('a', at) + "7" + new string('b', 40);
                NotDigits.SkipFrom(text, 0).Should().Be(at);
            }
        }

        [Fact]
        public void Only_ascii_characters_can_be_in_a_set()
        {
            Action act = () => new CharSet("ab×");
            act.Should().Throw<ArgumentException>().WithMessage("*'×' is not ASCII*");
        }
    }
}
