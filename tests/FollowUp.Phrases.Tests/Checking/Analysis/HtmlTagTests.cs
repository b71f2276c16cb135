using FluentAssertions;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>A tag's name is read in any case, and whether it breaks a line follows from the name.</summary>
    public sealed class HtmlTagTests
    {
        [Theory]
        [InlineData("<p>", "p", true, false)]
        [InlineData("</P>", "p", true, true)]
        [InlineData("<STRONG>", "strong", false, false)]
        [InlineData("<Br/>", "br", true, false)]
        [InlineData("<BlockQuote cite=\"x\">", "blockquote", true, false)]
        [InlineData("<h6>", "h6", true, false)]
        [InlineData("<hr>", "hr", true, false)]
        [InlineData("<Section>", "section", true, false)]
        [InlineData("<span class=\"a\">", "span", false, false)]
        [InlineData("<a href=\"https://x.example/\">", "a", false, false)]
        [InlineData("<custom-tag>", "custom-tag", false, false)]
        [InlineData("<o:p>", "o:p", false, false)]
        [InlineData("<Strongest>", "strongest", false, false)]
        [InlineData("<Ärger>", "ärger", false, false)]
        public void A_tags_name_is_read_lower_case_with_whether_it_breaks_a_line(string html, string name, bool breaks, bool closing)
        {
            var tag = HtmlTag.Read(html, 0);

            tag.Name.Should().Be(name);
            tag.BreaksLine.Should().Be(breaks).And.Be(HtmlTag.Breaks(name));
            tag.IsClosing.Should().Be(closing);
            tag.End.Should().Be(html.Length);
        }
    }
}
