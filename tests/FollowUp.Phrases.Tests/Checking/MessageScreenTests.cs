using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Rendering;
using NodaTime;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>
    /// The checker's screen leaves a rule out of reading a message only when that rule could report nothing on it, and
    /// answers the message without the deep reading when it leaves out every rule. These tests hold it to the full reading,
    /// rule by rule, over every message at hand — both corpora whole, line by line and sentence by sentence, and every
    /// built-in phrase rendered for the sample orders, its text and HTML checked as the engine checks them — under several
    /// contexts.
    /// </summary>
    public sealed class MessageScreenTests
    {
        private const string CleanFollowUp =
            "Dear Anna, your order AE-20931 was handed to DHL Express on 23 Nov 2026 (UTC+8). Tracking number: 1234567890. " +
            "DHL estimates delivery in 7-10 working days. You can follow the parcel at https://track.example.com/1234567890. " +
            "We will check the tracking on 30 Nov. Best regards, Lily Chen, Brightway";

        private static readonly WordingChecker Checker = WordingChecker.Default;

        [Fact]
        public void A_rule_the_screen_leaves_out_has_no_finding_when_the_message_is_read_in_full()
        {
            int total = 0, passed = 0;
            var wrong = new List<string>();
            foreach (var (text, given) in Messages())
            {
                foreach (var context in Contexts(given))
                {
                    total++;
                    passed += Checker.PassesScreen(text, context) ? 1 : 0;
                    wrong.AddRange(FindingsOfRulesLeftUnread(text, context));
                }
            }

            wrong.Should().BeEmpty("the screen may leave a rule out only where the full reading has no finding of it");
            passed.Should().BeGreaterThan(total / 10, "clean messages are common among single sentences and rendered phrases, and the screen exists to answer them");
        }

        [Fact]
        public void A_screened_check_finds_what_the_full_reading_finds()
        {
            // Stronger than the rules left out: every finding, its span and its wording, as the full reading makes it —
            // the reading a screened check builds is lazy, and must answer the rules it runs as the full one does.
            var wrong = new List<string>();
            foreach (var (text, given) in Messages())
            {
                foreach (var context in Contexts(given))
                {
                    var full = Checker.CheckUnscreened(text, context).Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
                    var answered = Checker.Check(text, context).Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
                    if (!answered.SequenceEqual(full))
                    {
                        wrong.Add($"{string.Join(", ", full.Except(answered))} missed, {string.Join(", ", answered.Except(full))} added ({context.Format}, order: {context.Order != null}) in: {text}");
                    }
                }
            }

            wrong.Should().BeEmpty();
        }

        [Fact]
        public void A_body_checked_as_expected_to_be_read_finds_what_a_screened_check_finds_and_says_whether_it_was_read()
        {
            // The phrase engine tells the checker when a template's last output was read: the screen's pass over the text
            // is then left out and the reading's tokens decide. Whatever the guess, the findings are the screened check's,
            // and "read" is whether the screen would have sent the body to the reading — the guess for the next one.
            var wrong = new List<string>();
            int read = 0, clean = 0;
            foreach (var (text, given) in Messages())
            {
                foreach (var context in Contexts(given))
                {
                    var screened = Checker.Check(text, context).Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
                    var atOnce = Checker.Check(text, context, readAtOnce: true, out var wasRead).Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
                    var passes = Checker.PassesScreen(text, context);
                    (read, clean) = (read + (wasRead ? 1 : 0), clean + (wasRead ? 0 : 1));
                    if (!atOnce.SequenceEqual(screened) || wasRead == passes)
                    {
                        wrong.Add($"{string.Join(", ", screened.Except(atOnce))} missed, {string.Join(", ", atOnce.Except(screened))} added, read {wasRead}, passes the screen {passes} ({context.Format}) in: {text}");
                    }
                }
            }

            wrong.Should().BeEmpty();
            read.Should().BeGreaterThan(1000, "most corpus messages and rendered phrases are read");
            clean.Should().BeGreaterThan(100, "clean messages are read from their tokens and found clean there");
        }

        [Fact]
        public void The_rules_a_read_message_is_read_with_are_decided_from_its_tokens_as_the_screen_decides_them_from_its_text()
        {
            // A body the screen sends to the reading has its other rules decided from the reading's tokens: the same rules
            // as the screen's pass over the whole text, for every message at hand and for variants of them with what the
            // tokenizer and the screen cut differently or rarely — shorthand the reading reads as other words, mail
            // addresses, line breaks of every kind, capitals, control characters, marks outside ASCII, Chinese, links.
            var inserts = new[]
            {
                "l8r", "pls", "asap", "ASAP!!!", "URGENT", "sales@www.shop.com", "info@brightway.com", "Info.Desk@Shop-24.de", "a.\\u3005b@shop.com", "http://x.com/a-20931",
                "\r\n", "\r", "\n\n\n", "\u0001", "\u201Cquoted\u201D", "\u2019", "\u2013", "\u3002", "\u4E2D\u6587",
                "2026-11-27", "27.11.2026", "5pm", "14:00", "Fri", "Dez.", "DE89370400440532013000", "4111 1111 1111 1111",
                "xxx", "[Name]", "100 %", "if", "wenn", "caf\u00E9", "\u00C9T\u00C9", "we'll", "AE-20931", "l'\u00E9t\u00E9",
            }.Select(Regex.Unescape).ToArray();
            var random = new Random(20261203);
            int decided = 0;
            var wrong = new List<string>();
            foreach (var (text, given) in Messages())
            {
                var variants = new List<string> { text };
                for (var v = 0; v < 2; v++)
                {
                    var at = random.Next(text.Length + 1);
                    variants.Add(text.Substring(0, at) + " " + inserts[random.Next(inserts.Length)] + " " + text.Substring(at));
                }

                foreach (var variant in variants)
                {
                    foreach (var context in Contexts(given))
                    {
                        if (Checker.RulesDecidedBothWays(variant, context) is { } both)
                        {
                            decided++;
                            if (!both.FromTokens.SequenceEqual(both.FromText))
                            {
                                wrong.Add($"tokens [{string.Join(", ", both.FromTokens)}], text [{string.Join(", ", both.FromText)}] ({context.Format}) in: {variant}");
                            }
                        }
                    }
                }
            }

            wrong.Should().BeEmpty();
            decided.Should().BeGreaterThan(1000, "most corpus messages and rendered phrases are read");
        }

        [Fact]
        public void A_subject_line_is_screened_as_soundly_as_a_body()
        {
            // Subjects as sellers write them: every rendered phrase's subject, and every corpus sentence and line as one.
            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = EngineFixture.Clock(), CheckWording = false });
            var order = SampleOrder.Value;
            var subjects = engine.Phrasebook.Phrases
                .SelectMany(p => p.Locales.Select(locale => (p, locale)))
                .Select(x => { try { return engine.Render(x.p.Key.Value, order, new RenderOptions { Locale = x.locale }).Subject; } catch (FollowUpException) { return null; } })
                .Where(s => !string.IsNullOrEmpty(s))
                .Concat(Messages().Select(m => m.Text).Where(t => t.Length < 200))
                .Distinct()
                .ToArray();
            var total = 0;
            var wrong = new List<string>();
            foreach (var subject in subjects)
            {
                foreach (var context in Contexts(CheckContext.Default with { Stage = OrderStage.Shipped }))
                {
                    total++;
                    var full = Checker.CheckSubjectUnscreened(subject!, context).Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
                    var answered = Checker.CheckSubject(subject!, context).Select(f => $"{f.Rule} {f.Start}+{f.Length} {f.Message}").ToList();
                    if (!answered.SequenceEqual(full))
                    {
                        wrong.Add($"{string.Join(", ", full.Except(answered))} missed in: {subject}");
                    }
                }
            }

            wrong.Should().BeEmpty("the screen may leave a rule out of a subject only where reading it in full finds nothing");
            total.Should().BeGreaterThan(1000);
        }

        [Fact]
        public void Messages_made_of_list_words_and_their_near_misses_are_screened_soundly()
        {
            // Every pack's list entries, whole or cut to one of their words ("in" of "in a few days", "order" of "order
            // now"), mixed with plain words, numbers and marks: the screen's phrase matching is held to the reading's.
            var entries = LanguagePacks.BuiltIn.SelectMany(p => p.Lists.Values).SelectMany(l => l)
                .Where(e => e.All(c => c < '\u0250' && c != '\u00D7' && c != '\u00F7') && e.IndexOf('=') < 0).Distinct().OrderBy(e => e, StringComparer.Ordinal).ToArray();
            var plain = new[]
            {
                "the", "parcel", "your", "we", "order", "today", "thanks", "it", "is", "are", "and", "to", "for", "with", "you", "our",
                "team", "Anna", "DHL", "tracking", "be", "been", "being", "will", "has", "not", "a", "few", "all", "of", "no", "by", "us",
                "days", "get", "we'll", "it's", "on",
            };
            var marks = new[] { ",", ".", "!", "?", "(", ")", ":", "-", "'" };
            var random = new Random(20261202);
            int total = 0, passed = 0;
            var wrong = new List<string>();
            for (var m = 0; m < 6000; m++)
            {
                var words = new List<string>();
                var count = random.Next(2, 14);
                for (var w = 0; w < count; w++)
                {
                    var roll = random.Next(100);
                    var entry = entries[random.Next(entries.Length)];
                    var parts = entry.Split(' ');
                    words.Add(roll < 40 ? plain[random.Next(plain.Length)]
                        : roll < 55 ? entry
                        : roll < 75 ? parts[random.Next(parts.Length)]
                        : roll < 80 ? char.ToUpperInvariant(entry[0]) + entry.Substring(1)
                        : roll < 90 ? random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : marks[random.Next(marks.Length)]);
                }

                var text = string.Join(" ", words) + ".";
                foreach (var context in new[] { CheckContext.Default, CheckContext.Default with { Now = Instant.FromUtc(2026, 12, 2, 8, 0), AttachmentCount = 0 } })
                {
                    total++;
                    passed += Checker.PassesScreen(text, context) ? 1 : 0;
                    wrong.AddRange(FindingsOfRulesLeftUnread(text, context));
                }
            }

            wrong.Should().BeEmpty();
            passed.Should().BeGreaterThan(total / 20, "near misses and plain words are common, and the screen exists to pass them");
        }

        [Fact]
        public void Conditionals_quotes_breaks_and_long_lines_around_problem_words_are_screened_soundly()
        {
            // The screen drops a problem word after a conditional in its clause; generated text puts conditionals, clause
            // and sentence breaks, quotation marks, abbreviations, reported questions and lines longer than the longest
            // clause around problem words, and the screen is held to the full reading.
            var pieces = new[]
            {
                "if", "If", "unless", "whether", "case", "but", "delayed", "no movement", "not moved", "lost", "stuck", "has not updated",
                "the", "parcel", "is", "was", "Mr.", "e.g.", ",", ".", ";", ":", "-", "(", ")", "\"", "\u201C", "\u201D", "\n", "!", "?",
                "we", "will", "contact", "DHL", "you", "asked", "you asked whether", "Anna", "today", "sorry", "and", "a", "b",
            };
            var random = new Random(20261203);
            var wrong = new List<string>();
            for (var m = 0; m < 3000; m++)
            {
                var count = random.Next(3, m % 10 == 0 ? 90 : 20);
                var words = new List<string>();
                for (var w = 0; w < count; w++)
                {
                    words.Add(pieces[random.Next(pieces.Length)]);
                }

                wrong.AddRange(FindingsOfRulesLeftUnread(string.Join(" ", words), CheckContext.Default));
            }

            wrong.Should().BeEmpty();
        }

        [Fact]
        public void A_clean_follow_up_is_answered_by_the_screen_with_the_same_empty_result()
        {
            Checker.PassesScreen(CleanFollowUp, CheckContext.Default).Should().BeTrue();
            Checker.Check(CleanFollowUp).Should().BeEmpty();
            Checker.CheckUnscreened(CleanFollowUp, CheckContext.Default).Should().BeEmpty();
        }

        [Theory]
        [InlineData("We will ship soon.")] // vague timing
        [InlineData("We will reply at your earliest convenience.")] // a vague phrase, word by word
        [InlineData("It should arrive in a few days.")] // a lead, a quantity and a unit
        [InlineData("New arrivals are in: order now and save.")] // commercial phrases make an email marketing
        [InlineData("It will l8r be sent.")] // shorthand read as the words it stands for
        [InlineData("Your refund will be processed.")] // a seller action in the passive
        [InlineData("The parcel is delayed at the hub.")] // a problem
        [InlineData("It is guaranteed to arrive before Christmas.")] // certainty
        [InlineData("Customs will not charge you.")] // a never-claim
        [InlineData("Please pay before 16:00.")] // a clock time
        [InlineData("Please pay before 5 p.m.")]
        [InlineData("The parcel left on Friday 4 December 2026.")] // a weekday with a date
        [InlineData("Dear [Customer name], thanks.")] // a placeholder
        [InlineData("PLEASE PAY THE INVOICE NOW")] // capitals
        [InlineData("Thanks!!!")]
        [InlineData("IBAN: DE89 3704 0044 0532 0130 00")] // an IBAN
        [InlineData("Account number 12345678901")] // a labelled account number
        [InlineData("Card: 4111 1111 1111 1111, please confirm.")] // a card number in groups of four
        [InlineData("Card 4111-1111-1111-1111")] // grouped with hyphens: the run goes on from its first short group
        [InlineData("Bank account: 1234 5678 90")] // a labelled account number in short groups
        [InlineData("Visa card: 4111111111111111")]
        [InlineData("Leave us a 5-star review and get a coupon.")] // review incentive
        [InlineData("Summer sale: 20% off everything.")] // commercial email without a link
        [InlineData("La spedizione arriva domani per il cliente con il corriere.")] // a language no pack covers
        [InlineData("我们会尽快发货。")] // Chinese is left to the reading
        [InlineData("Ihre Bestellung wird bald versendet.")] // German
        [InlineData("Votre commande sera traitée bientôt.")] // French, with an accent the normalizer reads
        public void A_message_with_something_a_rule_starts_from_is_read(string text)
        {
            Checker.PassesScreen(text, CheckContext.Default).Should().BeFalse();
        }

        [Fact]
        public void Contexts_that_let_a_rule_report_on_anything_read_every_message()
        {
            Checker.PassesScreen(CleanFollowUp, CheckContext.Default with { Purpose = MessagePurpose.Marketing }).Should().BeFalse("a marketing email without an unsubscribe link is a finding");
            Checker.PassesScreen(CleanFollowUp + " followup-ignore vague-timing", CheckContext.Default).Should().BeFalse("suppression markers are reported when unused");
            Checker.PassesScreen(CleanFollowUp, CheckContext.Default with { Now = Instant.FromUtc(2026, 12, 2, 0, 0) }).Should().BeFalse("a date may be past once the send time is known");
            Checker.PassesScreen(CleanFollowUp, CheckContext.Default with { Locale = "it" }).Should().BeFalse("a locale no pack covers is reported");

            var withUserRule = new WordingChecker(new WordingCheckerOptions { CustomRules = { new AlwaysRule() } });
            withUserRule.PassesScreen(CleanFollowUp, CheckContext.Default).Should().BeFalse("a user's rule may report on anything");
            withUserRule.Check(CleanFollowUp).Should().ContainSingle(d => d.Rule == "always");
        }

        [Theory]
        [InlineData("Your order is in the warehouse; we check it at noon.")] // "order" and "in" without the rest of their phrases
        [InlineData("Best regards, Lily")] // "best" without "deal" or "sellers"
        [InlineData("Thank you for your order. We will contact DHL on 30 Nov.")]
        [InlineData("Guten Tag Anna, Ihre Bestellung AE-20931 ist seit dem 23. Nov. 2026 bei DHL. Viele Grüße, Lily Chen")]
        [InlineData("Bonjour Anna, votre commande AE-20931 a été confiée à DHL le 23 nov. 2026. Cordialement, Lily Chen")]
        public void Words_that_only_begin_a_phrase_do_not_trigger_it(string text)
        {
            Checker.PassesScreen(text, CheckContext.Default).Should().BeTrue(Checker.ScreenVerdict(text, CheckContext.Default));
            Checker.CheckUnscreened(text, CheckContext.Default).Should().BeEmpty();
        }

        [Theory]
        [InlineData("If the tracking shows no movement for 5 days, we will contact DHL and update you.")]
        [InlineData("If your parcel is lost or damaged in transit, we will send a new one.")]
        [InlineData("Thank you for your order. In case of any problem, we will reply within 24 hours.")]
        public void A_problem_after_a_conditional_in_its_clause_does_not_make_missing_owner_read(string text)
        {
            Checker.RulesLeftUnread(text, CheckContext.Default).Should().Contain("missing-owner", Checker.ScreenVerdict(text, CheckContext.Default));
            Checker.CheckUnscreened(text, CheckContext.Default).Should().NotContain(f => f.Rule == "missing-owner");
        }

        [Theory]
        [InlineData("Tracking shows no movement. If you have questions, reply here.")] // the conditional comes after
        [InlineData("If you ordered on Monday, the parcel is delayed.")] // a comma ends the conditional's clause
        [InlineData("If you like, but the parcel is delayed.")] // so does "but"
        [InlineData("You wrote \"if\" the parcel is delayed.")] // a quoted conditional is none
        [InlineData("You wrote \u201Cif\u201D the parcel is delayed.")]
        [InlineData("If you asked\nthe parcel is delayed.")] // a line ends every clause
        [InlineData("Mr. If the parcel is delayed.")] // the screen's clause ends at any dot
        [InlineData("If a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m the parcel is delayed.")]
        public void A_problem_the_reading_reports_is_still_read(string text)
        {
            var full = Checker.CheckUnscreened(text, CheckContext.Default).Select(f => $"{f.Rule} {f.Start}+{f.Length}").ToList();
            Checker.Check(text).Select(f => $"{f.Rule} {f.Start}+{f.Length}").Should().Equal(full);
        }

        [Fact]
        public void Html_is_screened_by_the_text_its_reader_sees()
        {
            var html = CheckContext.Default with { Format = MessageFormat.Html };

            Checker.PassesScreen("<p>Dear Anna,</p><p>your order AE-20931 was handed to <b>DHL Express</b>.</p>", html).Should().BeTrue();
            Checker.PassesScreen("<p>We will ship <b>soon</b>.</p>", html).Should().BeFalse();
            Checker.PassesScreen("<p>We will ship so&#111;n.</p>", html).Should().BeFalse("an entity is read as the character it stands for");
            Checker.Check("<p>We will ship so&#111;n.</p>", html).Should().Contain(f => f.Rule == "vague-timing");
            Checker.PassesScreen("<p>Thanks, Anna.</p><!-- followup-ignore vague-timing: quoted -->", html).Should().BeFalse("markers in the source are reported when unused");
        }

        [Fact]
        public void An_order_in_the_context_makes_overpromise_read_every_message_with_a_date()
        {
            // The order's delivery window makes an arrival date before it a promise the carrier will break: a message with
            // a date's shape is read for it, and one without (a tracking number is no date) is not.
            var withOrder = CheckContext.Default with { Order = SampleOrder.Value };
            const string early = "Your parcel will arrive on 24 Nov 2026.";

            Checker.RulesLeftUnread(early, withOrder).Should().NotContain("overpromise");
            Checker.Check(early, withOrder).Should().Contain(f => f.Rule == "overpromise");
            Checker.RulesLeftUnread(early, CheckContext.Default).Should().Contain("overpromise");
            Checker.RulesLeftUnread("Thank you for your patience, Anna.", withOrder).Should().Contain("overpromise");
            Checker.RulesLeftUnread("Order AE-20931 shipped with DHL Express – tracking 1234567890", withOrder).Should().Contain("overpromise");
        }

        [Fact]
        public void Each_check_is_screened_for_its_own_context_when_the_contexts_follow_one_another()
        {
            // A service makes a context per message, the send time a moment later each: the screen keeps what the rules
            // reach in the last contexts it saw, and must answer each context for what its rules reach — a send time or an
            // order present or not changes which rules may report, a later send time or another order alone does not.
            const string text = "Your parcel will arrive on 24 Nov 2026.";
            var start = Instant.FromUtc(2026, 12, 2, 8, 0);
            for (var k = 0; k < 12; k++)
            {
                var context = CheckContext.Default with
                {
                    Now = k % 3 == 0 ? null : start.Plus(Duration.FromSeconds(k)),
                    Order = k % 2 == 1 ? SampleOrder.Value : null,
                };
                var rules = Checker.Check(text, context).Select(f => f.Rule).ToArray();

                rules.Contains("past-date").Should().Be(context.Now != null, $"check {k}: past dates need the send time");
                rules.Contains("overpromise").Should().Be(context.Order != null, $"check {k}: an arrival before the order's window is a promise only with the order");
                rules.Should().BeEquivalentTo(Checker.CheckUnscreened(text, context).Select(f => f.Rule), $"check {k} finds what the full reading finds");
                Checker.RulesLeftUnread(text, context).Contains("past-date").Should().Be(context.Now is null, $"check {k}: without a send time past-date is left out");
                Checker.RulesLeftUnread(text, context).Contains("overpromise").Should().Be(context.Order is null, $"check {k}: without an order the date alone does not read overpromise");
            }
        }

        [Theory]
        [InlineData("Please pay by 20 Nov 2026.")]
        [InlineData("Please pay by Nov 20, 2026.")]
        [InlineData("Please pay by 2026-11-20.")]
        [InlineData("Please pay by 2026 - 11 - 20.")]
        [InlineData("Please pay by 20.11.2026.")]
        [InlineData("Bitte zahlen Sie bis 20. Nov. 2026.")]
        [InlineData("Veuillez payer avant le 20 novembre 2026.")]
        [InlineData("请在2026年11月20日前付款。")]
        public void Every_shape_of_date_the_scanner_reads_is_read_for_past_dates(string text)
        {
            // past-date starts from a date's shape, not from any number: each form the time scanner knows must reach it.
            var now = CheckContext.Default with { Now = Instant.FromUtc(2026, 12, 2, 8, 0) };

            Checker.CheckUnscreened(text, now).Should().Contain(f => f.Rule == "past-date", "the full reading finds the date");
            Checker.Check(text, now).Should().Contain(f => f.Rule == "past-date");
            Checker.RulesLeftUnread("Please pay invoice 20931 today.", now).Should().Contain("past-date");
        }

        [Fact]
        public void Rules_that_cannot_report_in_a_context_do_not_stop_the_screen()
        {
            // Past dates need the send time; without it a message full of dates is still answered by the screen.
            Checker.PassesScreen("Shipped on 23 Nov 2026, tracking 1234567890.", CheckContext.Default).Should().BeTrue();
            Checker.PassesScreen("Shipped on 23 Nov 2026.", CheckContext.Default with { Channel = Channel.Chat, Purpose = MessagePurpose.Transactional }).Should().BeTrue();

            // A covered locale leaves nothing for language-not-covered to report; an uncovered one is reported whatever the text.
            Checker.PassesScreen("Ihre Bestellung ist seit dem 23. Nov. 2026 bei DHL.", CheckContext.Default with { Locale = "de-DE" }).Should().BeTrue();
            Checker.PassesScreen("Ihre Bestellung ist seit dem 23. Nov. 2026 bei DHL.", CheckContext.Default with { Locale = "it" }).Should().BeFalse();
        }

        private static readonly Lazy<OrderSnapshot> SampleOrder = new Lazy<OrderSnapshot>(() => OrderFile.Load(TestPaths.SampleOrder));

        private static IEnumerable<CheckContext> Contexts(CheckContext given)
        {
            yield return given;
            yield return given with { Locale = null, Purpose = null, Channel = Channel.Email };
            yield return given with { Now = Instant.FromUtc(2026, 12, 2, 8, 0), AttachmentCount = 0, Order = SampleOrder.Value }; // as the engine checks
            yield return new CheckContext { Channel = Channel.Chat, Purpose = MessagePurpose.Transactional };
        }

        // The findings the full reading makes of rules the screen leaves out: each one is a finding the checker would miss.
        private static IEnumerable<string> FindingsOfRulesLeftUnread(string text, CheckContext context)
        {
            var unread = Checker.RulesLeftUnread(text, context);
            return unread.Count == 0
                ? Enumerable.Empty<string>()
                : Checker.CheckUnscreened(text, context).Where(f => unread.Contains(f.Rule)).Select(f => $"{f.Rule} '{f.Text}' ({context.Format}) in: {text}").ToList();
        }

        private static IEnumerable<(string Text, CheckContext Context)> Messages()
        {
            var pieces = new Regex(@"(?<=[.!?。！？])\s+|\n+");
            foreach (var c in CorpusCase.Read(TestPaths.DevCorpus).Concat(CorpusCase.Read(TestPaths.Dev2Corpus)))
            {
                yield return (c.Text, c.Context);
                foreach (var piece in pieces.Split(c.Text).Where(p => p.Trim().Length > 0).Distinct())
                {
                    yield return (piece, c.Context with { Format = MessageFormat.Text });
                }
            }

            var engine = new PhraseEngine(new PhraseEngineOptions { Clock = EngineFixture.Clock(), CheckWording = false });
            foreach (var orderFile in new[] { TestPaths.SampleOrder, TestPaths.OrderWithoutTracking })
            {
                var order = OrderFile.Load(orderFile);
                foreach (var phrase in engine.Phrasebook.Phrases)
                {
                    foreach (var locale in phrase.Locales)
                    {
                        foreach (var channel in phrase.Channels)
                        {
                            FollowUpMessage m;
                            try
                            {
                                m = engine.Render(phrase.Key.Value, order, new RenderOptions { Locale = locale, Channel = channel });
                            }
                            catch (FollowUpException)
                            {
                                continue; // a phrase needing a fact the order lacks
                            }

                            var context = new CheckContext { Channel = channel, Locale = locale, Purpose = phrase.Purpose, Order = null };
                            yield return (m.TextBody, context);

                            // As the engine checks its renders: with the order and the send time, the HTML body as HTML.
                            var asRendered = context with { Order = order, Now = EngineFixture.Now };
                            yield return (m.TextBody, asRendered);
                            if (m.HtmlBody != null)
                            {
                                yield return (m.HtmlBody, asRendered with { Format = MessageFormat.Html });
                            }

                            foreach (var piece in pieces.Split(m.TextBody).Where(p => p.Trim().Length > 0))
                            {
                                yield return (piece, context);
                            }
                        }
                    }
                }
            }
        }

        private sealed class AlwaysRule : IMessageRule
        {
            public RuleDescriptor Descriptor { get; } = new RuleDescriptor("always", Severity.Info, "Always", "Reports every message.");

            public void Check(AnalyzedMessage message, RuleFindings findings) => findings.AddWholeMessage("Seen.");
        }
    }
}
