using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// A rendered email's HTML body is read with the tokens of the lines its text body's reading cut, where a line is
    /// written the same: the tokens, links and flags must be those the HTML's own cutting gives, whatever the lines hold.
    /// </summary>
    public sealed class LineShareTests
    {
        private static readonly Vocabulary English = LanguagePacks.BuiltIn.ReadingFor("en")!.Vocabulary;

        [Theory]
        // Lines written the same, at other places, with other white space around them and other lines between.
        [InlineData("Dear Anna,\n\nYour order AE-20931 shipped on 2026-11-23 14:00 (UTC+8).\nBest regards,\nLily",
                    "\nDear Anna,\n \nYour order AE-20931 shipped on 2026-11-23 14:00 (UTC+8).\n \n  Tracking: see the link.\nBest regards,   \nLily\n")]
        // Quotations closed and left open on a line, a curly apostrophe, capitals, a word read as shorthand.
        [InlineData("He said \"ship it today\" and left.\nThe \"rush order is late\nWe\u2019ll ship ASAP, pls wait",
                    "intro\nHe said \"ship it today\" and left.\nThe \"rush order is late\nWe\u2019ll ship ASAP, pls wait\nend \"of it\"")]
        // Chinese, a mail address, and a web address, whose line is cut anew (its link is noted by the cutting).
        [InlineData("订单已发货，请查收。\nWrite to sales@brightway.example.com today.\nTrack it at https://track.example.com/123.",
                    "订单已发货，请查收。\r\nWrite to sales@brightway.example.com today.\r\nTrack it at https://track.example.com/123.")]
        // A line that is only part of another, a line given twice, and text with no line break.
        [InlineData("Best regards,\nBest regards, Lily\nBest regards,", "Best regards, Lily and team\nBest regards,\nBest regards,")]
        [InlineData("one line only", "one line only")]
        public void A_reading_that_borrows_lines_cuts_the_same_tokens_as_one_that_does_not(string first, string second)
        {
            foreach (var held in new[] { true, false })
            {
                BorrowsAsItCuts(first, second, held);
            }
        }

        // held: the share keeps the recording reading's own tokens, or a copy of them.
        private static void BorrowsAsItCuts(string first, string second, bool held)
        {
            var share = Recorded(first, held);

            var (borrowed, borrowedLinks, borrowing) = Cut(second, share);
            var (own, ownLinks, _) = Cut(second, null);

            Describe(borrowed).Should().Equal(Describe(own));
            borrowedLinks.Select(l => (l.Url, l.VisibleStart, l.VisibleEnd)).Should().Equal(ownLinks.Select(l => (l.Url, l.VisibleStart, l.VisibleEnd)));
            borrowing.LentTokens.Should().BeGreaterThan(0, "every pair shares a line");
            borrowing.ChineseRuns.Should().Be(Cut(second, null).Tokenizer.ChineseRuns);
            borrowing.MayHoldShorthand.Should().Be(Cut(second, null).Tokenizer.MayHoldShorthand);
            share.Release();
        }

        [Fact]
        public void Lines_written_the_same_are_copied_rather_than_cut_again()
        {
            // The test above would pass with nothing lent: this one holds the lending to its purpose.
            var share = Recorded("Dear Anna,\nYour order shipped today.\nBest regards,\nLily");

            var (_, _, tokenizer) = Cut("Dear Anna,\n \nYour order shipped today.\n \nBest regards,\nLily\nLily Chen", share);

            tokenizer.LentTokens.Should().Be(3 + 5 + 3 + 1, "'Dear Anna,', 'Your order shipped today.', 'Best regards,' and 'Lily' are lent; 'Lily Chen' is cut");
            var line = share.LineAt("x Your order shipped today.  \nmore", 2, out var end);
            share.TokensOfLine(line).Length.Should().Be(5);
            (2 - share.LineStart(line)).Should().Be(2 - "Dear Anna,\n".Length, "the line stands that much further along");
            end.Should().Be(27, "the line ends at its last character that is not white space");
            share.LineAt("x Your order shipped today. Thanks", 2, out _).Should().Be(-1, "a line that goes on past a recorded one is not that line");
        }

        [Fact]
        public void Lines_lent_from_a_whole_reading_come_as_cut_without_its_marks()
        {
            // The text body's reading keeps its own tokens for the share (no copy) and goes on marking them: a name, a
            // quoted reply, a quotation closed on its line (which the cutting marks, and stays). A line lent from it must
            // carry the tokens as the borrowing reading's own cutting gives them.
            const string Text = "Dear Mr. Soon,\nThe parcel \"left today\" as planned.\n\nOn Mon, Anna wrote:\n> Where is my order?\n> Please ship it.";
            var share = new LineShare();
            var reading = new MessageAnalysis(Text, new CheckContext { Locale = "en" }, share: share);
            var marked = Describe(reading.Tokens).ToList();
            marked.Should().Contain(t => t.Contains("'soon' ") && t.Contains(" nTrue"), "the reading marks the name on its tokens");
            marked.Should().Contain(t => t.Contains("'please' ") && t.Contains(" qTrue"), "and the quoted reply");

            var (borrowed, _, tokenizer) = Cut("Hello\n" + Text, share);

            tokenizer.LentTokens.Should().BeGreaterThan(20, "every line of the reading is lent");
            Describe(borrowed).Should().Equal(Describe(Cut("Hello\n" + Text, null).Tokens));
            reading.Release();
            share.Release();
        }

        [Fact]
        public void A_line_with_web_addresses_is_lent_with_them()
        {
            var share = Recorded("Track it at https://track.example.com/123 or www.example.com/t.\nThanks");

            var (tokens, links, tokenizer) = Cut("Hello Anna,\n  Track it at https://track.example.com/123 or www.example.com/t.\nBye", share);

            tokenizer.LentTokens.Should().Be(7, "the addresses' line is lent");
            links.Select(l => (l.Url, l.VisibleStart, l.VisibleEnd, l.IsHref)).Should().Equal(
                ("https://track.example.com/123", 26, 55, false), ("www.example.com/t", 59, 76, false));
            tokens.Where(t => t.Kind == TokenKind.Link).Select(t => (t.Start, t.End)).Should().Equal((26, 55), (59, 76));
        }

        [Theory]
        // An account number whose label stands on the line before it in the HTML body and not in the text body: the
        // screen seeks a label up to 40 characters back, so the number's line is screened anew, not taken from the text.
        [InlineData("12345678\nAccount number:\nThanks, Lily", new[] { 1, 0, 2 })]
        [InlineData("4111 1111 1111 1111\nPay by card number:\nThanks, Lily", new[] { 1, 0, 2 })]
        // A placeholder opened on one line and closed on the next in the HTML body only: "{{" and "[" are sought past the line.
        [InlineData("buyer.name }},\nDear {{\nyour parcel ships on 2 Dec.", new[] { 1, 0, 2 })]
        [InlineData("name] and [Buyer name]\nHello [Your\nsee you", new[] { 1, 0, 2 })]
        // Capitals and exclamations are counted over the whole message: the HTML body holds the text body's shouting
        // lines with another around them.
        [InlineData("ORDER NOW!!\nBEST PRICE\nhurry, hurry", new[] { 2, 1, 0 })]
        public void The_html_bodys_screen_finds_what_it_finds_alone_when_lines_move(string text, int[] order)
        {
            var lines = text.Split('\n');
            var html = string.Concat(order.Select(k => "<p>" + System.Net.WebUtility.HtmlEncode(lines[k]) + "</p>")) + "<p>SALE ENDS TODAY!</p>";
            var context = new CheckContext { Channel = Channel.Email, Purpose = MessagePurpose.Marketing };
            var htmlContext = context with { Format = MessageFormat.Html };
            var checker = WordingChecker.Default;
            var share = new LineShare();
            checker.Check(text, context, readAtOnce: true, out _, share);
            var shared = checker.Check(html, htmlContext, readAtOnce: true, out _, share);

            share.LentToScreen.Should().NotBeEmpty("some line is lent to the screen, or this would test nothing");
            shared.Select(d => $"{d.Rule} {d.Start}+{d.Length}").Should().Equal(checker.Check(html, htmlContext).Select(d => $"{d.Rule} {d.Start}+{d.Length}"));
            share.Release();
        }

        [Theory]
        // As above, the HTML body reading the text body's lines, which the text body copied from the template's last
        // render: whether the screen reads a line alone travels with the line, and must hold where the line moves.
        [InlineData("12345678\nAccount number:\nThanks, Lily", new[] { 1, 0, 2 })]
        [InlineData("4111 1111 1111 1111\nPay by card number:\nThanks, Lily", new[] { 1, 0, 2 })]
        [InlineData("buyer.name }},\nDear {{\nyour parcel ships on 2 Dec.", new[] { 1, 0, 2 })]
        [InlineData("name] and [Buyer name]\nHello [Your\nsee you", new[] { 1, 0, 2 })]
        public void A_line_copied_twice_is_screened_as_it_is_alone_where_it_moves(string text, int[] order)
        {
            var lines = text.Split('\n');
            var html = string.Concat(order.Select(k => "<p>" + System.Net.WebUtility.HtmlEncode(lines[k]) + "</p>"));
            var context = new CheckContext { Channel = Channel.Email, Purpose = MessagePurpose.Marketing };
            var htmlContext = context with { Format = MessageFormat.Html };
            var checker = WordingChecker.Default;
            var last = new LineShare();
            checker.Check(text, context, readAtOnce: true, out _, last);
            last.KeepForNext();
            var share = new LineShare { Previous = last };
            checker.Check(text, context, readAtOnce: true, out _, share);
            share.Previous = null;
            last.Release();

            var shared = checker.Check(html, htmlContext, readAtOnce: true, out _, share);

            shared.Select(d => $"{d.Rule} {d.Start}+{d.Length}").Should().Equal(checker.Check(html, htmlContext).Select(d => $"{d.Rule} {d.Start}+{d.Length}"));
            share.Release();
        }

        [Fact]
        public void Every_corpus_message_as_html_has_the_findings_it_has_alone_after_its_text()
        {
            // Each message of both corpora as a text body, then as an HTML body of one paragraph per line (every line
            // shared), in the same order and reversed, with a sign-off line the text body lacks: the HTML's findings are
            // those of checking it alone.
            var checker = WordingChecker.Default;
            var (compared, findings) = (0, 0);
            foreach (var path in new[] { TestPaths.DevCorpus, TestPaths.Dev2Corpus })
            {
                foreach (var c in CorpusCase.Read(path))
                {
                    if (c.Context.Format == MessageFormat.Html)
                    {
                        continue;
                    }

                    // In the text's order, and in reverse (each line then stands after another one than in the text).
                    var lines = c.Text.Split('\n');
                    foreach (var order in new[] { lines, lines.Reverse().ToArray() })
                    {
                        var html = string.Concat(order.Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\n")) + "<p>Kind regards, Lily</p>";
                        var htmlContext = c.Context with { Format = MessageFormat.Html };
                        var share = new LineShare();
                        checker.Check(c.Text, c.Context, readAtOnce: true, out _, share);
                        var shared = checker.Check(html, htmlContext, readAtOnce: true, out _, share);
                        share.Release();

                        Describe(shared).Should().Equal(Describe(checker.Check(html, htmlContext)), c.Id);
                        compared++;
                        findings += shared.Count;
                    }
                }
            }

            compared.Should().BeGreaterThan(300, "both corpora hold more than 150 plain-text messages, each compared twice");
            findings.Should().BeGreaterThan(100, "the comparison is of findings, not of empty lists");

            static IEnumerable<string> Describe(IEnumerable<Diagnostic> findings) => findings.Select(d => $"{d.Rule} {d.Start}+{d.Length}: {d.Message}");
        }

        [Fact]
        public void A_message_read_after_another_has_the_findings_it_has_alone()
        {
            // A template's next render borrows the lines its last render wrote the same (LastReadings), with what the screen
            // found on each. Each plain-text message of both corpora, read after the one before it; and a message of its
            // lines and the one before's taken in turn, read after either (every other line lent): the findings are those of
            // checking it alone.
            var checker = WordingChecker.Default;
            var (compared, findings) = (0, 0);
            foreach (var (now, earlier, text) in CorpusNeighbours.ReadAfter((b, n, m) => new[] { (b, n), (n, m), (m, n), (b, m) }))
            {
                var first = new LineShare();
                checker.Check(earlier, now.Context, readAtOnce: true, out _, first);
                first.KeepForNext();
                var second = new LineShare { Previous = first };
                var shared = checker.Check(text, now.Context, readAtOnce: true, out _, second);
                second.Previous = null;
                first.Release();

                // And the message as an HTML body after it, its lines in reverse: it borrows lines the text body
                // borrowed in turn (and what was known of them).
                var html = string.Concat(text.Split('\n').Reverse().Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\n"));
                var htmlContext = now.Context with { Format = MessageFormat.Html };
                var sharedHtml = checker.Check(html, htmlContext, readAtOnce: true, out _, second);
                second.Release();

                Describe(shared).Should().Equal(Describe(checker.Check(text, now.Context)), now.Id);
                Describe(sharedHtml).Should().Equal(Describe(checker.Check(html, htmlContext)), now.Id + " (HTML)");
                compared++;
                findings += shared.Count + sharedHtml.Count;
            }

            compared.Should().BeGreaterThan(600, "both corpora hold more than 150 plain-text messages, each compared four times");
            findings.Should().BeGreaterThan(200, "the comparison is of findings, not of empty lists");

            static IEnumerable<string> Describe(IEnumerable<Diagnostic> findings) => findings.Select(d => $"{d.Rule} {d.Start}+{d.Length}: {d.Message}");
        }

        [Theory]
        // Capitals and exclamations are counted over the whole message, and a language no pack covers scored over it:
        // lines lent with their counts must add up as one pass over every line counts.
        [InlineData("ORDER NOW!!\nBEST PRICE\nhurry, hurry", "BEST PRICE\nhello\nORDER NOW!!\nGREAT DEAL!")]
        [InlineData("Grazie mille per il suo ordine.\nLa spedizione è prevista domani.", "Hello,\nGrazie mille per il suo ordine.\nLa spedizione è prevista domani.\nPerché non rispondete?")]
        [InlineData("Your order AE-20931 shipped on 2026-11-23 14:00 (UTC+8).\nBest regards,\nLily", "Account number:\nYour order AE-20931 shipped on 2026-11-23 14:00 (UTC+8).\nBest regards,\nLily")]
        [InlineData("Dear {{\nbuyer.name }}, thanks\nsee you", "Hello [Your\nbuyer.name }}, thanks\nname]\nsee you")]
        public void The_screen_decides_a_message_read_after_another_as_it_decides_it_alone(string earlier, string text)
        {
            var context = new CheckContext { Channel = Channel.Email, Purpose = MessagePurpose.Marketing };

            var (lent, exact, linesLent) = WordingChecker.Default.RulesDecidedAfter(earlier, text, context)!.Value;

            linesLent.Should().BeGreaterThan(0, "some line is lent to the screen, or this would test nothing");
            lent.Should().Equal(exact);
        }

        [Fact]
        public void The_screen_decides_every_corpus_message_read_after_another_as_it_decides_it_alone()
        {
            // What the screen found on each line is kept with the line: a message read after another adds the totals of the
            // lines it borrows, and must decide the rules a pass over every token decides — no more, no fewer.
            var (compared, lent) = (0, 0);
            foreach (var (now, earlier, text) in CorpusNeighbours.ReadAfter((b, n, m) => new[] { (n, m), (m, n), (b, m) }))
            {
                var decided = WordingChecker.Default.RulesDecidedAfter(earlier, text, now.Context)!.Value;
                decided.Lent.Should().Equal(decided.Exact, now.Id);
                compared++;
                lent += decided.LinesLent;
            }

            compared.Should().BeGreaterThan(450);
            lent.Should().BeGreaterThan(500, "lines are lent to the screen, or this would test nothing");
        }

        [Fact]
        public void A_message_read_after_another_finds_the_dates_and_times_it_finds_alone()
        {
            // A copied line's dates and times are taken from its lender where the scanner reads them from the line alone:
            // each plain-text message of both corpora read after the one before it and mixed with it, the expressions found
            // (where, what date, weekday and zone) are those of reading it alone.
            var (compared, taken) = (0, 0);
            foreach (var (now, earlier, text) in CorpusNeighbours.ReadAfter((b, n, m) => new[] { (n, m), (m, n), (b, m), (n, n) }))
            {
                var (lent, alone, count) = TimesAfter(earlier, text, now.Context);
                lent.Should().Equal(alone, now.Id);
                compared++;
                taken += count;
            }

            compared.Should().BeGreaterThan(600);
            taken.Should().BeGreaterThan(100, "dates and times are taken from lenders, or this would test nothing");
        }

        [Theory]
        // What the scanner reads before a date or a time — a carrier before a service's name, a zone, a weekday — may stand
        // on the line before: the line copied after another line finds what it finds there alone.
        [InlineData("Shipped with care\nExpress 12:00 pickup today.", "Shipped with DHL\nExpress 12:00 pickup today.")]
        [InlineData("Reply by Beijing time\n17:00 on 4 Dec 2026, please.", "Reply by noon\n17:00 on 4 Dec 2026, please.")]
        [InlineData("See you Friday,\n4 Dec 2026 works.", "See you,\n4 Dec 2026 works.")]
        // A line quoted in one message (a reply's quoted text, after its header) and the seller's own in the other.
        [InlineData("Delivery is planned for the week of 30 Nov 2026 at 10:00 (UTC+8).\nThanks", "Thanks\n-----Original Message-----\nDelivery is planned for the week of 30 Nov 2026 at 10:00 (UTC+8).")]
        [InlineData("We ship on Wed 2 Dec 2026 at 5 pm.\nBest", "Hello\nWe ship on Wed 2 Dec 2026 at 5 pm.\nBest")]
        public void A_copied_line_finds_the_dates_and_times_it_finds_alone(string earlier, string text)
        {
            // Each read after the other: one of them finds a date or a time the other does not, or finds some.
            var (lent, alone, _) = TimesAfter(earlier, text, new CheckContext { Locale = "en" });
            var (lentBack, aloneBack, _) = TimesAfter(text, earlier, new CheckContext { Locale = "en" });

            lent.Should().Equal(alone);
            lentBack.Should().Equal(aloneBack);
            (alone.Count + aloneBack.Count).Should().BeGreaterThan(0);
        }

        [Fact]
        public void Dates_and_times_are_taken_from_a_line_copied_whole()
        {
            var (lent, alone, taken) = TimesAfter("Hello Anna,\nWe ship on Wed 2 Dec 2026 at 5 pm (UTC+8).\nBest", "Hi,\nWe ship on Wed 2 Dec 2026 at 5 pm (UTC+8).\nBest", new CheckContext { Locale = "en" });

            taken.Should().Be(2, "the date and the time are the lender's, moved to where the line stands");
            lent.Should().Equal(alone);
        }

        // The dates and times of text read after earlier (its lines written the same copied, with what the lender found on
        // them), and of text read alone, described; with how many were taken from the lender.
        private static (List<string> Lent, List<string> Alone, int Taken) TimesAfter(string earlier, string text, CheckContext context)
        {
            return CorpusNeighbours.DescribedAfter(earlier, text, context, a => a.TimeExpressions.Select(e => Describe(a, e)).ToList(), (borrowing, _) => borrowing.TimeExpressions.Count(e => e.Lent));

            static string Describe(MessageAnalysis a, TimeExpression e) =>
                $"{e.Kind} {a.Tokens[e.FirstToken].Start}-{(e.EndToken > 0 ? a.Tokens[e.EndToken - 1].End : 0)} {e.Year}-{e.Month}-{e.Day} {e.Weekday} zone {e.HasZone} end {e.VisibleEnd}";
        }

        [Fact]
        public void Whether_the_screen_reads_a_line_alone_is_answered_from_its_tokens_as_its_characters_answer_it()
        {
            // The lines of both corpora, and lines made to hold what the answer turns on: a long number after a space or a
            // letter, an IBAN's start inside a word and across a joiner, digits outside ASCII, and opening marks closed and
            // left open. The answer from the tokens must be the one the characters give, read one by one.
            var lines = new List<string>
            {
                "Pay to account 12345678 today.", "Ref AB12345678 and DE89 3704 0044", "Code xDE89 here", "Konto DE٣٤ ok", "IBAN DE２３ 1000", "账号DE89",
                "Order AE-20931 on 2026-11-23", "Card 4111 1111 1111 1111", "Hello {{ buyer.name }} and [name]", "Hello {{ buyer.name",
                "Pay $ 100 (now", "（注意） 【订单号】 ok", "【订单号 open", "a < b and c > d", "plain words only",
            };
            foreach (var path in new[] { TestPaths.DevCorpus, TestPaths.Dev2Corpus })
            {
                foreach (var c in CorpusCase.Read(path))
                {
                    lines.AddRange(c.Text.Split('\n'));
                }
            }

            var (alone, notAlone) = (0, 0);
            foreach (var line in lines)
            {
                var (tokens, _, _) = Cut(line, null);
                if (tokens.Count == 0)
                {
                    continue;
                }

                var (start, end) = (tokens[0].Start, tokens[tokens.Count - 1].End);
                var expected = ReadAloneCharByChar(line, start, end);
                FollowUp.Phrases.Checking.Screening.MessageScreen.ReadsLineAlone(line, tokens.Span, start, end).Should().Be(expected, line);
                _ = expected ? alone++ : notAlone++;
            }

            notAlone.Should().BeGreaterThan(10, "lines the screen must read anew are among them");
            alone.Should().BeGreaterThan(500, "and lines it reads alone");
        }

        [Fact]
        public void The_opening_marks_the_line_check_seeks_are_the_placeholder_starts_other_than_x()
        {
            var starts = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
                .Where(c => PlaceholderFinder.MayStart(c) && c != 'x' && c != 'X' && c != '×');

            (PlaceholderFinder.AsciiOpeners + PlaceholderFinder.WideOpeners).ToCharArray().Should().BeEquivalentTo(starts);
            PlaceholderFinder.AsciiOpeners.ToCharArray().Should().OnlyContain(c => c < 0x80);
            PlaceholderFinder.WideOpeners.ToCharArray().Should().OnlyContain(c => c >= 0x80);
        }

        // What ReadsLineAlone means, read a character at a time: no number long enough for a card or an account (its label is
        // sought before the line), no IBAN's start, no opening mark whose closing one is not on the line.
        private static bool ReadAloneCharByChar(string text, int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var c = text[k];
                if (c >= '0' && c <= '9')
                {
                    if ((k == start || !char.IsLetterOrDigit(text[k - 1])) && FollowUp.Phrases.Checking.Rules.PaymentDetailsRule.MayAskForLabel(text, k))
                    {
                        return false;
                    }
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    if (k + 3 < end && text[k + 1] >= 'A' && text[k + 1] <= 'Z' && char.IsDigit(text[k + 2]) && char.IsDigit(text[k + 3]))
                    {
                        return false;
                    }
                }
                else if ((PlaceholderFinder.AsciiOpeners + PlaceholderFinder.WideOpeners).IndexOf(c) >= 0)
                {
                    var closed = PlaceholderFinder.TemplateCloserAt(text, k, end) is { } templateCloser
                        ? text.IndexOf(templateCloser, k + 2, end - k - 2, System.StringComparison.Ordinal) >= 0
                        : PlaceholderFinder.CloserOf(c) is var closer && (closer == '\0' || (k + 1 < end && text.IndexOf(closer, k + 1, end - k - 1) >= 0));
                    if (!closed)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static LineShare Recorded(string text, bool held = true)
        {
            var share = new LineShare();
            var tokens = new TokenList(64);
            var links = new List<Link>();
            var tokenizer = new Tokenizer(tokens, links, English);
            tokenizer.NoteLines();
            tokenizer.Tokenize(text);
            share.Record(text, tokens, tokenizer.LineRanges!, links, English, marksOnly: held);
            return share;
        }

        private static (TokenList Tokens, List<Link> Links, Tokenizer Tokenizer) Cut(string text, LineShare? lender)
        {
            var tokens = new TokenList(64);
            var links = new List<Link>();
            var tokenizer = new Tokenizer(tokens, links, English) { Lender = lender };
            tokenizer.Tokenize(text);
            return (tokens, links, tokenizer);
        }

        private static IEnumerable<string> Describe(TokenList tokens) => Enumerable.Range(0, tokens.Count).Select(i =>
        {
            var t = tokens[i];
            return $"{t.Kind} {t.Start}-{t.End} '{t.Lower}' q{t.IsQuoted} n{t.IsName} c{t.IsCapitalized} a{t.IsAllCaps} d{t.HasDigit} s{t.IsDigitStart} h{t.HotOwner}:{t.Hot:X}";
        });
    }
}
