using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// A reading that copies a line from an earlier one takes the sentences, clauses and names the earlier reading's
    /// splitter made of it: they must be those its own splitting gives, wherever the line stands and whatever is around it.
    /// </summary>
    public sealed class LineSentencesTests
    {
        private static readonly CheckContext English = new CheckContext { Locale = "en" };

        [Fact]
        public void A_message_read_after_another_splits_into_the_sentences_it_has_alone()
        {
            // Each plain-text message of both corpora read after the one before it, after itself and mixed with it: its
            // sentences (where, their clauses, what they hold) and names are those of reading it alone.
            var (compared, taken) = (0, 0);
            foreach (var (now, earlier, text) in CorpusNeighbours.ReadAfter((b, n, m) => new[] { (n, m), (m, n), (b, m), (n, n) }))
            {
                var (lent, alone, count) = SplitAfter(earlier, text, now.Context);
                lent.Should().Equal(alone, now.Id);
                compared++;
                taken += count;
            }

            compared.Should().BeGreaterThan(600);
            taken.Should().BeGreaterThan(2000, "lines' sentences are taken from lenders, or this would test nothing");
        }

        [Theory]
        // A line ending in a full stop glued to the line break in both, and glued in one and apart in the other.
        [InlineData("Ship today.\nThanks", "Thanks\nShip today.\nBye")]
        [InlineData("Ship today. \nThanks", "Thanks\nShip today.\nBye")]
        // Blank lines after a line whose sentence closed, and after one whose sentence is open.
        [InlineData("Dear Anna,\n\nShip today.\n\n\nThanks", "Ship today.\nDear Anna,\n\n\nThanks\n\n")]
        // Names: after a title, in mid-sentence, after a colon; a line starting with a capital after a comma's line.
        [InlineData("Thanks, Soon\nMr. Soon will ship. Our agent: Lee.\nBest", "Best\nMr. Soon will ship. Our agent: Lee.\nThanks, Soon")]
        // Quotations closed on their line, abbreviations, a date's ordinal dot, numbers joined by marks.
        [InlineData("He said \"ship it. today\" e.g. now.\nBis 10. Dezember 2026, 10:30-11:00.\nx", "x\nBis 10. Dezember 2026, 10:30-11:00.\nHe said \"ship it. today\" e.g. now.\nend")]
        // A line of as many tokens as a clause holds, ending in a full stop: followed by a line break in both, and at the
        // text's end in one (where the stop closes its clause, and where the clause is closed a token early, at the stop).
        [InlineData(Long64 + "\nHello", "Hello\n" + Long64 + "\nBye")]
        [InlineData("Hello\n" + Long64, Long64 + "\nHello")]
        // A line of more tokens than a sentence holds.
        [InlineData(Long300 + "\nBye", "Hello\n" + Long300 + "\nBye")]
        public void A_copied_line_splits_as_it_does_alone(string earlier, string text)
        {
            // Each read after the other.
            var (lent, alone, taken) = SplitAfter(earlier, text, English);
            var (lentBack, aloneBack, takenBack) = SplitAfter(text, earlier, English);

            lent.Should().Equal(alone);
            lentBack.Should().Equal(aloneBack);
            (taken + takenBack).Should().BeGreaterThan(0, "a line's sentences are taken, or this would test nothing");
        }

        // Sixty-three words and a full stop (not a single letter's, an initial's): one clause of as many tokens as a clause
        // holds. Five of them: a sentence broken where a sentence's tokens end.
        private const string Long64 = "go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go go.";
        private const string Long300 = Long64 + " " + Long64 + " " + Long64 + " " + Long64 + " " + Long64;

        [Fact]
        public void A_line_is_split_once_for_the_readings_that_copy_it()
        {
            var (lent, alone, taken) = SplitAfter("Dear Anna,\nYour order shipped today. Track it, please.\nBest regards,\nLily",
                "Hi Anna,\nYour order shipped today. Track it, please.\nBest regards,\nLily Chen", English);

            taken.Should().Be(2, "'Your order shipped today. Track it, please.' and 'Best regards,' are taken; the others are split");
            lent.Should().Equal(alone);
        }

        // The sentences and names of text read after earlier (its lines written the same copied, with the sentences the
        // earlier reading's splitter made of them), and of text read alone, described; with how many lines' were taken.
        private static (List<string> Lent, List<string> Alone, int Taken) SplitAfter(string earlier, string text, CheckContext context) =>
            CorpusNeighbours.DescribedAfter(earlier, text, context, Describe, (_, record) => record.Sentences.Taken);

        private static List<string> Describe(MessageAnalysis a)
        {
            var described = a.Sentences
                .Select(s => $"{s.First}-{s.End} [{string.Join(" ", Enumerable.Range(0, s.Clauses.Count).Select(k => $"{s.Clauses[k].First}-{s.Clauses[k].End}"))}] {s.Hot:x} {s.Holds}")
                .ToList();
            described.Add("names " + string.Join(" ", Enumerable.Range(0, a.Tokens.Count).Where(i => a.Tokens[i].IsName)));
            return described;
        }
    }
}
