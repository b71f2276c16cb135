using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// A thread keeps the visible text of the last HTML it read, for the next reading of the same HTML (the screen and the
    /// reading of one check, a template's next render): what it gives must be what reading the HTML gives.
    /// </summary>
    public sealed class VisibleTextTests
    {
        private const string Html = "<p>Dear Anna,</p><p>Track it <a href=\"https://track.example.com/1\">here</a> &amp; relax.</p>";

        [Fact]
        public void The_same_html_read_again_gives_the_same_text_and_places_with_links_of_its_own()
        {
            var first = VisibleText.FromHtml(Html);
            var again = VisibleText.FromHtml(string.Concat("<p>Dear Anna,</p>", Html.Substring("<p>Dear Anna,</p>".Length))); // equal, not the same string

            again.Text.Should().Be(first.Text).And.Contain("Dear Anna,").And.Contain("Track it here & relax.");
            Enumerable.Range(0, again.Text.Length).Select(i => again.ToSource(i, i + 1)).Should().Equal(Enumerable.Range(0, first.Text.Length).Select(i => first.ToSource(i, i + 1)));
            again.HrefLinks.Select(l => (l.Url, l.VisibleStart, l.VisibleEnd)).Should().Equal(first.HrefLinks.Select(l => (l.Url, l.VisibleStart, l.VisibleEnd)));
            again.HrefLinks[0].Should().NotBeSameAs(first.HrefLinks[0], "each reading sets its links' roles");
        }

        [Fact]
        public void Html_read_after_other_html_of_its_length_is_read_as_it_is()
        {
            VisibleText.FromHtml(Html);

            var other = VisibleText.FromHtml(Html.Replace("Anna", "Bert").Replace("relax", "smile"));

            other.Text.Should().Contain("Dear Bert,").And.Contain("Track it here & smile.").And.NotContain("Anna");
        }
    }
}
