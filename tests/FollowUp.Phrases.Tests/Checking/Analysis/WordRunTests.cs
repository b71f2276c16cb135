using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// The screen reads words of up to fifteen ASCII letters and digits at once (ShortWord, MediumWord) and looks them up by
    /// the numbers their characters pack into: each must read exactly what a character-by-character reading would.
    /// </summary>
    public sealed class WordRunTests
    {
        private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

        [Fact]
        public void A_run_of_eight_to_fifteen_letters_and_digits_is_read_at_once_as_a_character_reading_reads_it()
        {
            var random = new Random(20261203);
            foreach (var length in Enumerable.Range(1, 18))
            {
                foreach (var after in new[] { " ", ".", "-", "'", "é", "中", "\n" })
                {
                    for (var sample = 0; sample < 40; sample++)
                    {
                        var run = new string(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
                        var before = new string(' ', random.Next(0, 3));
                        var text = before + run + after + "and more text after it";
                        var read = MediumWord.Read(text, before.Length);

                        if (length < MediumWord.MinLength || length > MediumWord.MaxLength)
                        {
                            read.Length.Should().Be(0, "'{0}' is read a character at a time", run);
                            continue;
                        }

                        var lower = run.ToLowerInvariant();
                        read.Length.Should().Be(length, "in '{0}'", text);
                        (read.Low, read.High).Should().Be(MediumWord.KeyOf(lower)!.Value, "the key of '{0}' is the key of its lower case", run);
                        read.Capitals.Should().Be(Bits(run, char.IsUpper));
                        read.Lowers.Should().Be(Bits(run, char.IsLower));
                        read.Digits.Should().Be(Bits(run, char.IsDigit));
                        read.Last.Should().Be(lower[lower.Length - 1]);
                        read.Holds('x').Should().Be(lower.Contains('x'), "'{0}'", run);
                        read.Holds('7').Should().Be(lower.Contains('7'), "'{0}'", run);

                        var buffer = new char[64];
                        read.WriteLower(buffer);
                        new string(buffer, 0, length).Should().Be(lower);
                    }
                }
            }
        }

        [Theory]
        [InlineData("tracking", true)]
        [InlineData("123456789012345", true)]
        [InlineData("trackingnumbers", true)]
        [InlineData("trackingnumberss", false)] // sixteen
        [InlineData("shipped", false)] // seven: a ShortWord
        [InlineData("Tracking", false)] // a list's words are lower case
        [InlineData("e-mailing", false)]
        [InlineData("zustellung", true)]
        [InlineData("réception", false)]
        public void Only_words_the_text_could_hold_as_such_a_run_have_a_key(string word, bool keyed)
        {
            MediumWord.KeyOf(word).HasValue.Should().Be(keyed);
        }

        [Fact]
        public void Text_too_short_to_show_where_the_run_ends_is_left_to_the_character_reading()
        {
            // The character after the longest run is read to know it ends: fewer than sixteen characters from the start
            // leave the run unread, however short it is.
            MediumWord.Read("delivery", 0).Length.Should().Be(0);
            MediumWord.Read("delivery  soon.", 0).Length.Should().Be(0);
            MediumWord.Read("delivery   soon.", 0).Length.Should().Be(8);
            MediumWord.Read("x", 5).Length.Should().Be(0);
        }

        private static uint Bits(string run, Func<char, bool> test) =>
            run.Select((c, i) => test(c) ? 1u << i : 0u).Aggregate(0u, (a, b) => a | b);
    }
}
