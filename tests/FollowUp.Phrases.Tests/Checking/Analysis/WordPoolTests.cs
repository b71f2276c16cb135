using System.Globalization;
using FluentAssertions;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// A thread's word pool keeps the words its readings meet again (a template's words, the shop's name) and lets the words
    /// one message alone holds (its order number, tracking number, buyer) go with that message, without ever giving one
    /// text two words within a message's readings.
    /// </summary>
    public sealed class WordPoolTests
    {
        private static Word Get(WordPool pool, string text) => pool.Get(text, new char[64]);

        // More new words than the young words' table holds before a new generation drops the older ones.
        private const int ManyNewWords = YoungWords.DropAbove + 1;

        // Readings of other messages, each with that many new words: the young words older than the last are dropped at the
        // second one's start (unless a message's readings are under way).
        private static void ReadOtherMessages(WordPool pool, string prefix, int messages = 2)
        {
            for (var m = 0; m < messages; m++)
            {
                pool.Young.NewGeneration();
                for (var k = 0; k < ManyNewWords; k++)
                {
                    Get(pool, prefix + m.ToString(CultureInfo.InvariantCulture) + "-" + k.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        // The word for text in a new message, after other messages were read.
        private static Word MetAfterOtherMessages(WordPool pool, string text, string prefix)
        {
            ReadOtherMessages(pool, prefix);
            pool.Young.NewGeneration();
            return Get(pool, text);
        }

        [Fact]
        public void A_word_met_again_in_a_later_message_is_kept_for_good()
        {
            var pool = new WordPool();
            pool.Young.NewGeneration();
            var first = Get(pool, "brightway");
            pool.Young.NewGeneration();
            Get(pool, "brightway").Should().BeSameAs(first, "one text is one word while the pool holds it");
            first.IsYoung.Should().BeFalse("a word a second message holds is kept");

            MetAfterOtherMessages(pool, "brightway", "order").Should().BeSameAs(first, "a kept word outlives the young words dropped since");
        }

        [Fact]
        public void A_long_messages_words_are_kept_when_the_next_message_holds_them_again()
        {
            // More new words than the young words' table holds before dropping older ones: a long template's first render.
            var pool = new WordPool();
            ManyNewWords.Should().BeLessOrEqualTo(YoungWords.MostYoung, "the table takes every new word of such a message");
            var words = new string[ManyNewWords];
            for (var k = 0; k < words.Length; k++)
            {
                words[k] = "template" + k.ToString(CultureInfo.InvariantCulture);
            }

            pool.Young.NewGeneration();
            var first = System.Array.ConvertAll(words, w => Get(pool, w));
            pool.Young.NewGeneration();
            for (var k = 0; k < words.Length; k++)
            {
                var again = Get(pool, words[k]);
                again.Should().BeSameAs(first[k], "the words the last message made wait for the next one to meet them");
                again.IsYoung.Should().BeFalse("'{0}' was met by a second message", words[k]);
            }
        }

        [Fact]
        public void A_word_only_one_message_held_goes_with_it()
        {
            var pool = new WordPool();
            pool.Young.NewGeneration();
            var orderNumber = Get(pool, "ae-30017");
            Get(pool, "ae-30017").Should().BeSameAs(orderNumber, "the same message meets its words again as the same words");
            orderNumber.IsYoung.Should().BeTrue();

            var later = MetAfterOtherMessages(pool, "ae-30017", "tracking");
            later.Should().NotBeSameAs(orderNumber, "the pool kept no word for a text only one message held");
            later.Text.Should().Be("ae-30017");
        }

        [Fact]
        public void A_messages_later_reading_finds_the_words_its_first_reading_made_whatever_was_read_between()
        {
            var pool = new WordPool();
            var share = new LineShare();
            share.EnterGeneration(pool); // the text body's reading
            var buyer = Get(pool, "weber-17");

            // A reading of its own between the two (a subject line read for a rule, a user's rule that checks text),
            // with more new words than the pool keeps young: the message's words must not be dropped under its readings.
            ReadOtherMessages(pool, "between");

            share.EnterGeneration(pool); // the HTML body's reading
            Get(pool, "weber-17").Should().BeSameAs(buyer, "a copied line's word and the same word cut anew are one word");
            share.Release();

            MetAfterOtherMessages(pool, "weber-17", "after").Should().NotBeSameAs(buyer, "once the message's readings are done its own words go");
        }

        [Fact]
        public void Marks_are_kept_from_the_first_time_they_are_met()
        {
            var pool = new WordPool();
            pool.Young.NewGeneration();
            var comma = pool.Mark(',');
            comma.IsYoung.Should().BeFalse();

            MetAfterOtherMessages(pool, ",", "word").Should().BeSameAs(comma, "a mark looked up by its text is the mark's word");
        }

        [Fact]
        public void A_word_made_young_in_this_message_is_the_one_a_mark_look_up_keeps()
        {
            var pool = new WordPool();
            pool.Young.NewGeneration();
            var semicolon = Get(pool, ";");
            semicolon.IsYoung.Should().BeTrue();
            pool.Mark(';').Should().BeSameAs(semicolon, "one text is one word within a message");
            semicolon.IsYoung.Should().BeFalse();
        }
    }
}
