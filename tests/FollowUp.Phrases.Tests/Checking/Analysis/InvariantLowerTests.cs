using FluentAssertions;
using FollowUp.Phrases.Text;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>The table the tokenizer, the screen and the payment search lower characters with.</summary>
    public sealed class InvariantLowerTests
    {
        [Fact]
        public void Lowers_every_character_as_char_ToLowerInvariant_does()
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var expected = char.ToLowerInvariant((char)c);
                var actual = InvariantLower.Of((char)c);
                if (actual != expected)
                {
                    actual.Should().Be(expected, $"U+{c:X4}");
                }
            }
        }
    }
}
