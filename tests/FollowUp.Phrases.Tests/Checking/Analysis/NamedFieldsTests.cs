using FluentAssertions;
using FollowUp.Phrases.Text;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>The one-pass filler of findings' wording and written dates.</summary>
    public sealed class NamedFieldsTests
    {
        [Fact]
        public void Fills_every_named_field_and_keeps_the_rest_of_the_pattern()
        {
            NamedFields.Fill("'{text}' gives no date; try '{date}'.", new (string, string?)[] { ("text", "soon"), ("date", "by Fri 4 Dec 2026") })
                .Should().Be("'soon' gives no date; try 'by Fri 4 Dec 2026'.");
        }

        [Fact]
        public void A_value_holding_a_field_name_is_put_in_as_written()
        {
            // The flagged words of a message written from a template may hold "{date}": the finding quotes them as they are.
            NamedFields.Fill("'{text}' promises an outcome; {date}", new (string, string?)[] { ("text", "arrives by {date}"), ("date", "ship by 4 Dec") })
                .Should().Be("'arrives by {date}' promises an outcome; ship by 4 Dec");
        }

        [Fact]
        public void Fields_without_a_value_stay_and_null_values_write_nothing()
        {
            NamedFields.Fill("{a}-{b}-{c}", new (string, string?)[] { ("a", "1"), ("c", null) }).Should().Be("1-{b}-");
        }

        [Theory]
        [InlineData("open { brace")]
        [InlineData("end {")]
        [InlineData("{}")]
        public void Braces_that_name_no_value_are_copied(string pattern)
        {
            NamedFields.Fill(pattern, new (string, string?)[] { ("text", "x") }).Should().Be(pattern);
        }
    }
}
