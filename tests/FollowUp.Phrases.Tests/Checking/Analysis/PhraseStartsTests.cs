using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// The claim and timing finders skip a sentence where no phrase of theirs can start (<see cref="PhraseStarts"/>): it
    /// must say "may" wherever a phrase of the lists matches, or a finding would be lost.
    /// </summary>
    public sealed class PhraseStartsTests
    {
        public static TheoryData<string> Messages() => SentenceHoldsTests.Messages();

        [Theory]
        [MemberData(nameof(Messages))]
        public void A_sentence_where_a_listed_phrase_or_word_starts_may_hold_one(string text)
        {
            var a = new MessageAnalysis(text, CheckContext.Default);
            Holds(a, a.Vocabulary.Commitments, "ClaimStarts", new[] { "Absolutes", "Markers", "FrequencyMarkers", "QuantifierMarkers" }, new[] { "AbsoluteNegations" });
            Holds(a, a.Vocabulary.Timing, "PhraseStarts", new[] { "VaguePhrases", "RelativeDays", "RelativeSpans" }, new[] { "FewLeads", "VagueWords" });
            a.Release();
        }

        [Fact]
        public void A_first_word_alone_is_not_enough()
        {
            // "we" opens "we guarantee", "the" opens "the next few days": without the second word no phrase can start.
            var a = new MessageAnalysis("We packed the parcel. We guarantee the delivery.", CheckContext.Default);
            var starts = (PhraseStarts)Get(a.Vocabulary.Commitments, "ClaimStarts");
            starts.MayStartIn(a.Sentences[0]).Should().BeFalse();
            starts.MayStartIn(a.Sentences[1]).Should().BeTrue();
            a.Release();
        }

        private static void Holds(MessageAnalysis a, object finder, string startsName, string[] phraseSets, string[] wordLists)
        {
            var starts = (PhraseStarts)Get(finder, startsName);
            var sets = phraseSets.Select(n => (PhraseSet)Get(finder, n)).ToArray();
            var lists = wordLists.Select(n => (WordList)Get(finder, n)).ToArray();
            foreach (var sentence in a.Sentences)
            {
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    var starting = sets.Any(s => s.Match(a, i, sentence.End, allowNames: true) > 0) || lists.Any(l => l.Contains(a.Tokens[i]));
                    if (starting)
                    {
                        starts.MayStartIn(sentence).Should().BeTrue($"'{a.Tokens[i].Lower}' at {a.Tokens[i].Start} starts a phrase ({startsName})");
                    }
                }
            }
        }

        private static object Get(object owner, string name) =>
            owner.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(owner)!;
    }
}
