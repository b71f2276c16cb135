using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// The reading cuts, lowers and judges each word in one pass; the screen cuts with <see cref="Tokenizer.WordEnd"/>.
    /// Both must cut every word alike, or the screen would look up words the reading never reads.
    /// </summary>
    public sealed class TokenizerTests
    {
        [Theory]
        [InlineData("We'll ship it on 2026-11-27, e-mail AE-20931 or pay 59.90 / 1,200 EUR.")]
        [InlineData("We\u2019ll ship; Müller’s SHOP café naïve ÉTÉ straße")]
        [InlineData("7–10 days, 3-5 days, a-, -b, 'quoted', rock'n'roll, 5'2\", 3.5.2026, 1,2,3")]
        [InlineData("订单已发货 DHL1234 你好abc 12月")]
        [InlineData("ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP e\u0301te\u0301 Ǆemal ǅ")]
        // Eight to fifteen ASCII letters and digits are read at once when sixteen characters follow, else one at a time.
        [InlineData("Tracking TRACKING trackingNumber 1234567890 AE20931XYZ 2026Shenzhen eightchr fifteencharword sixteencharwords seventeencharword, then enough text after it")]
        [InlineData("Brightway's DELIVERIES-soon 12345678.90 and the word at the end: Tracking")]
        public void Words_are_cut_as_the_screen_cuts_them_and_lowered_as_written(string text)
        {
            AssertCutAlike(text);
        }

        [Theory]
        [InlineData("one\ntwo\r\nthree\rfour")]
        [InlineData("\r\n\r\nblank lines first\n\n\nthen three\r\r\nand a CR before a CRLF\n\r")]
        [InlineData("a link https://t.example.com/x\r\nthen a mail anna@example.com\rthen 订单\n已发货\n")]
        [InlineData("no line break at all")]
        [InlineData("ends with a lone CR\r")]
        public void Lines_and_columns_from_the_tokenizer_agree_with_a_search_of_the_text(string text)
        {
            // A finding's line and column come from the line starts the tokenizer notes as it passes each line break: they
            // must be those a search of the text finds, at every offset.
            var analysis = new MessageAnalysis(text, CheckContext.Default);
            var searched = new FollowUp.Phrases.Text.LineMap(text);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                analysis.Locate(offset).Should().Be(searched.Locate(offset), "at offset {0}", offset);
            }

            analysis.Release();
        }

        [Fact]
        public void A_message_of_more_tokens_than_its_length_suggests_keeps_every_token_in_order()
        {
            // About a token per five characters is the estimate; "a!" is two per two characters, so the array grows.
            var text = string.Concat(Enumerable.Repeat("a! ", 5000)) + "We will ship soon.";
            var analysis = new MessageAnalysis(text, CheckContext.Default);

            analysis.Tokens.Count.Should().Be(10000 + 5);
            analysis.Tokens[9999].Lower.Should().Be("!");
            analysis.Tokens[10003].Lower.Should().Be("soon");
            analysis.Tokens[10003].Start.Should().Be(text.IndexOf("soon", StringComparison.Ordinal));
            WordingChecker.Default.Check(text).Should().Contain(d => d.Rule == RuleIds.VagueTiming && d.Text == "soon");
            analysis.Release();
            analysis.Tokens.Count.Should().Be(0);
        }

        [Theory]
        [InlineData("")]
        [InlineData("x")]
        [InlineData("first.last-name_and.more.words.to.make.fifty.eight.chars.x")]
        public void Mail_addresses_are_links_wherever_they_stand_in_a_long_text(string localPart)
        {
            // Only words near the next '@' are tried as an address: one far down the text, after thousands of words, and one
            // whose local part is as long as an address allows (65 characters) are still found.
            var body = string.Concat(Enumerable.Repeat("We shipped your parcel today, tracking follows. ", 400));
            var address = localPart + "service@shop.example";
            var text = body + "Write to " + address + " or sales@shop.example.\n" + new string('b', 66) + "@shop.example";
            var analysis = new MessageAnalysis(text, CheckContext.Default);

            var links = analysis.Tokens.Where(t => t.Kind == TokenKind.Link).Select(t => text.Substring(t.Start, t.End - t.Start)).ToArray();
            links.Should().Equal(address, "sales@shop.example");
            analysis.Release();
        }

        [Fact]
        public void Generated_text_with_every_joiner_is_cut_alike()
        {
            const string alphabet = "aZ09'’-.,  é\u0301ÜĞ中文!?\n";
            var random = new Random(20261202);
            for (var n = 0; n < 3000; n++)
            {
                var sb = new StringBuilder();
                var length = random.Next(1, 24);
                for (var k = 0; k < length; k++)
                {
                    sb.Append(alphabet[random.Next(alphabet.Length)]);
                }

                AssertCutAlike(sb.ToString());
            }
        }

        [Fact]
        public void Short_words_read_at_once_are_judged_and_pooled_as_the_character_loop_judges_them()
        {
            // Words of up to seven ASCII letters and digits are read with one vector load, unless the text ends within eight
            // characters of them: the same words at a text's end take the character loop. Both must lower, judge and pool
            // a word alike — the same word object wherever it stands, with the same capitals and digits.
            const string characters = "aBcXyZ019mQ";
            const string separators = " !;:()\n"; // none joins two words (a comma or a dot between digits would)
            var random = new Random(20261203);
            for (var n = 0; n < 2000; n++)
            {
                var sb = new StringBuilder();
                var words = random.Next(1, 6);
                for (var w = 0; w < words; w++)
                {
                    var length = random.Next(1, 13);
                    for (var k = 0; k < length; k++)
                    {
                        sb.Append(characters[random.Next(characters.Length)]);
                    }

                    sb.Append(separators[random.Next(separators.Length)]);
                }

                var word = sb.ToString(0, sb.ToString().IndexOfAny(separators.ToCharArray()));
                var text = sb.Append(word).ToString(); // the first word again, at the end
                var analysis = new MessageAnalysis(text, CheckContext.Default);
                var tokens = Enumerable.Range(0, analysis.Tokens.Count).Select(i => analysis.Tokens[i]).Where(t => t.Kind == TokenKind.Word).ToArray();
                foreach (var t in tokens)
                {
                    var written = text.Substring(t.Start, t.End - t.Start);
                    var lowered = written.ToLowerInvariant();
                    t.Word.Text.Should().Be(analysis.Vocabulary.Shorthand.TryGetValue(lowered, out var full) ? full : lowered, "'{0}' in \"{1}\"", written, text);
                    t.IsAllCaps.Should().Be(!written.Any(char.IsLower) && written.Count(char.IsLetter) >= 2, "'{0}'", written);
                    t.IsCapitalized.Should().Be(char.IsUpper(written[0]), "'{0}'", written);
                    t.HasDigit.Should().Be(written.Any(char.IsDigit), "'{0}'", written);
                    t.IsDigitStart.Should().Be(char.IsDigit(written[0]), "'{0}'", written);
                    t.First.Should().Be(t.Word.Text[0], "'{0}'", written);
                }

                tokens[tokens.Length - 1].Word.Should().BeSameAs(tokens[0].Word, "\"{0}\" starts and ends with one word", text);
                analysis.Release();
            }
        }

        // The rule as the documentation states it, joiners taken two characters at a time: the reading's one-character
        // cut must agree with it.
        private static int WordEndAsDocumented(string text, int i)
        {
            static bool IsCjk(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
            static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);
            var j = i + 1;
            while (j < text.Length)
            {
                var d = text[j];
                var next = j + 1 < text.Length ? text[j + 1] : '\0';
                if (IsWordChar(d) || (d >= '\u0080' && char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    j++;
                }
                else if ((d == '\'' || d == '\u2019') && char.IsLetter(next) && !IsCjk(next))
                {
                    j += 2; // we'll
                }
                else if (d == '-' && IsWordChar(next) && !char.IsDigit(text[j - 1]))
                {
                    j += 2; // e-mail, AE-20931; not 7-10
                }
                else if ((d == '.' || d == ',') && char.IsDigit(text[j - 1]) && char.IsDigit(next))
                {
                    j += 2; // 59.90
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private static void AssertCutAlike(string text)
        {
            var analysis = new MessageAnalysis(text, CheckContext.Default);
            var tokens = analysis.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var visible = analysis.Text;
                t.End.Should().Be(Tokenizer.WordEnd(visible, t.Start), "the word at {0} of \"{1}\"", t.Start, visible);
                t.End.Should().Be(WordEndAsDocumented(visible, t.Start), "the word at {0} of \"{1}\"", t.Start, visible);
                var written = visible.Substring(t.Start, t.End - t.Start);
                var lowered = string.Concat(written.Select(c => c == '\u2019' ? '\'' : char.ToLowerInvariant(c)));

                // Chat shorthand is read as the words it stands for ("b" as "be", "u" as "you").
                t.Word.Text.Should().Be(analysis.Vocabulary.Shorthand.TryGetValue(lowered, out var full) ? full : lowered);
                t.IsAllCaps.Should().Be(!written.Any(char.IsLower) && written.Count(char.IsLetter) >= 2, "'{0}'", written);
                t.IsCapitalized.Should().Be(char.IsUpper(written[0]));
                t.HasDigit.Should().Be(written.Any(char.IsDigit), "'{0}'", written);
                t.IsDigitStart.Should().Be(char.IsDigit(t.Word.Text[0]), "'{0}'", written);
            }
        }
    }
}
