using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Tests.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Safety
{
    /// <summary>
    /// The template sandbox by construction: a phrase names only facts, its own variables after they are assigned,
    /// loop variables inside their loop and the allowed filters and tags. Each escape class a tester found in the
    /// earlier engine has a case here, refused at load at the file's line and column.
    /// </summary>
    public sealed class TemplateSandboxTests
    {
        // One phrase on line 2 of its file, body as given; the body's column in the file is BodyColumn + offset.
        private const string Prefix = "{ \"phrases\": {\n\"t.x\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"S\", \"body\": \"";
        private static readonly int BodyColumn = Prefix.Length - Prefix.LastIndexOf('\n', Prefix.Length - 1);

        private static Phrasebooks.Phrasebook Book(string body) =>
            Phrasebooks.Phrasebook.Parse(Prefix + body.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\" } } } } }", "ours.json");

        private static DataFileException Refused(string body)
        {
            Action load = () => Book(body);
            return load.Should().Throw<DataFileException>().Which;
        }

        [Theory]
        [InlineData("{% assign date = date %}{{ date.now }}", "date %}", "*'date' is not available*clock*")]
        [InlineData("{% assign regex = regex %}{{ 'a' }}", "regex %", "*'regex' is used before it is assigned*")]
        [InlineData("{% if false %}{% assign math = 1 %}{% endif %}{{ math.random }}", "math.random", "*'math' is used before it is assigned*")]
        [InlineData("{{ object.eval_template }}", "object", "*'object' is not a fact*")]
        [InlineData("{{ string.upcase }}", "string", "*'string' is not a fact*")]
        [InlineData("{{ array.size }}", "array", "*'array' is not a fact*")]
        [InlineData("{{ timespan }}", "timespan", "*'timespan' is not a fact*")]
        [InlineData("{{ x }}{% assign x = 1 %}", "x }}", "*'x' is used before it is assigned*")]
        [InlineData("{% for i in (1..3) %}{% endfor %}{{ i }}", "i }}", "*'i' is used before it is assigned*")]
        [InlineData("{{ forloop.index }}", "forloop", "*only inside*for*")]
        [InlineData("{% if buyer.name %}{% assign g = 'Hi' %}{% endif %}{{ g }}", "g }}", "*'g' is used before it is assigned*")]
        [InlineData("{% assign order = 'x' %}", "order =", "*group of facts*another variable name*")]
        [InlineData("{{ 'now' | date: '%Y' }}", "date:", "*'date' is not available*clock*")]
        [InlineData("{{ buyer.name | md5 }}", "md5", "*'md5' is not a filter phrases can use*")]
        [InlineData("{{ buyer.name | json }}", "json", "*'json' is not a filter*")]
        [InlineData("{{ buyer.name | format_date: 'x' }}", "format_date", "*not a filter*")]
        [InlineData("{% include 'secrets.txt' %}", "{% include", "*cannot load other files*")]
        [InlineData("{% render 'secrets' %}", "{% render", "*cannot load other files*")]
        [InlineData("{% liquid echo 1 %}", "{% liquid", "*not a tag phrases can use*")]
        [InlineData("{% tablerow i in (1..3) %}{% endtablerow %}", "{% tablerow", "*not a tag phrases can use*")]
        [InlineData("{% cycle 'a', 'b' %}", "{% cycle", "*not a tag phrases can use*")]
        [InlineData("{{ shipment.tracking_url.host }}", "shipment", "*has no members*")]
        [InlineData("{{ order['id'] }}", "order", "*by name*")]
        [InlineData("{{ order }}", "order", "*group of facts*")]
        public void Every_escape_is_refused_at_its_place_in_the_file(string body, string at, string message)
        {
            var error = Refused(body);

            error.PhraseKey.Should().Be("t.x");
            error.Message.Should().Match(message);
            error.Source.Should().Be("ours.json");
            error.Line.Should().Be(2);
            var expected = body.LastIndexOf(at, StringComparison.Ordinal);
            if (at.StartsWith("{%", StringComparison.Ordinal) || body.IndexOf(at, StringComparison.Ordinal) == expected)
            {
                expected = body.IndexOf(at, StringComparison.Ordinal);
            }

            error.Column.Should().Be(BodyColumn + expected, "the error points at '{0}' in the file", at);
        }

        [Fact]
        public void No_regular_expression_filter_exists()
        {
            Refused("{{ 'aaaa!' | regex_match: '^(a+)+$' }}").Message.Should().Contain("not a filter");
            Refused("{{ 'aaaa!' | regex.match: '^(a+)+$' }}").Message.Should().Contain("template error");
        }

        [Fact]
        public void An_unclosed_if_says_that_endif_is_missing_at_the_if()
        {
            var error = Refused("Dear {% if buyer.name %}{{ buyer.name }}, thanks.");

            error.Message.Should().Contain("'{% if %}' is not closed: '{% endif %}' is missing");
            error.Column.Should().Be(BodyColumn + "Dear ".Length);
        }

        [Theory]
        [InlineData("{% for item in order.items %}{{ item.name }}", "for", "endfor")]
        [InlineData("{% capture x %}text", "capture", "endcapture")]
        [InlineData("{% unless buyer.name %}x", "unless", "endunless")]
        public void Every_unclosed_block_names_its_end_tag(string body, string open, string close)
        {
            Refused(body).Message.Should().Contain($"'{{% {open} %}}' is not closed: '{{% {close} %}}' is missing");
        }

        [Fact]
        public void A_stray_end_tag_is_named()
        {
            Refused("Hi {% endif %}").Message.Should().Contain("'{% endif %}' has no block to close");
        }

        [Fact]
        public void Variables_assigned_in_every_branch_exist_after_the_block()
        {
            var book = Book("{% if buyer.name %}{% assign g = 'Hi' %}{% else %}{% assign g = 'Hello' %}{% endif %}{% capture c %}{{ g }}!{% endcapture %}{{ c }}");

            EngineFixture.Engine(book).Render("t.x", EngineFixture.SampleOrder()).TextBody.Should().Be("Hi!");
        }

        [Fact]
        public void Loops_have_their_counters_modifiers_and_list_filters()
        {
            var book = Book("{% for item in order.items %}{{ forloop.index }}/{{ forloop.length }}{% if forloop.last %}.{% endif %} {% endfor %}|{% for item in order.items limit: 1 offset: 1 %}{{ item.name }}{% endfor %}|{{ order.items | where: 'quantity', 2 | map: 'name' | join: ',' }}|{% for i in (1..3) reversed %}{{ i }}{% endfor %}");

            EngineFixture.Engine(book).Render("t.x", EngineFixture.SampleOrder()).TextBody
                .Should().Be("1/2 2/2. |Silicone lid, 12 cm|LED gift lights, warm white|321");
        }

        [Fact]
        public void The_loop_limit_is_per_loop_so_nested_loops_of_ten_by_two_hundred_run()
        {
            var book = Book("{% for a in (1..10) %}{% for b in (1..200) %}.{% endfor %}{% endfor %}");

            EngineFixture.Engine(book).Render("t.x", EngineFixture.SampleOrder()).TextBody.Should().HaveLength(2000);
        }

        [Fact]
        public void A_huge_range_is_refused_before_it_is_built_and_the_error_points_at_the_loop()
        {
            var book = Book("Items:\n{% for i in (1..100000000) %}{{ i }}{% endfor %}");

            Action render = () => EngineFixture.Engine(book).Render("t.x", EngineFixture.SampleOrder());

            var error = render.Should().Throw<TemplateRenderException>().Which;
            error.Message.Should().Contain("t.x").And.Contain("LoopLimit");
            error.Line.Should().Be(2);
            error.Column.Should().Be(1);
            error.File.Should().Be("ours.json");
            error.FileLine.Should().Be(2);
            error.FileColumn.Should().Be(BodyColumn + "Items:\\n".Length);
            error.Message.Should().StartWith($"ours.json(2,{error.FileColumn}): Phrase 't.x' (en) body template, line 2, column 1:");
        }

        [Fact]
        public void Literal_text_counts_toward_the_output_limit()
        {
            var book = Book(new string('a', 200_000));

            Action render = () => EngineFixture.Engine(book).Render("t.x", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("t.x").And.Contain("OutputLimit");
        }

        [Theory]
        [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}")]
        [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}")]
        public void A_value_cannot_grow_without_end_before_it_is_printed(string body)
        {
            Action render = () => EngineFixture.Engine(Book(body)).Render("t.x", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("OutputLimit");
        }

        [Fact]
        public void Nested_loops_without_output_are_bounded_by_the_step_limit()
        {
            var book = Book("{% for a in (1..1000) %}{% for b in (1..1000) %}{% endfor %}{% endfor %}");

            Action render = () => EngineFixture.Engine(book).Render("t.x", EngineFixture.SampleOrder());

            render.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("StepLimit");
        }

        [Fact]
        public void Each_template_of_a_message_has_the_whole_step_limit()
        {
            // A message's templates are rendered in turn with one context: each counts its steps from zero, as it would
            // alone. The longest loop a template may run alone under a small limit is found first, then run by the
            // subject and the body of one message, which together take nearly twice the limit.
            var limits = new RenderLimits { StepLimit = 2_000, LoopLimit = 100_000 };
            static string Loop(int n) => "{% for i in (1.." + n + ") %}{% endfor %}x";
            PhraseEngine EngineWith(Phrasebooks.Phrasebook book) =>
                new PhraseEngine(new PhraseEngineOptions { Clock = EngineFixture.Clock(), Phrasebook = book, Limits = limits, CheckWording = false });
            bool RendersAlone(int n)
            {
                try
                {
                    EngineWith(Book(Loop(n))).Render("t.x", EngineFixture.SampleOrder());
                    return true;
                }
                catch (TemplateRenderException e) when (e.Message.Contains("StepLimit"))
                {
                    return false;
                }
            }

            var longest = 1;
            while (RendersAlone(longest * 2))
            {
                longest *= 2;
            }

            longest.Should().BeGreaterThan(16, "a small loop fits the limit");
            var both = Phrasebooks.Phrasebook.Parse(
                "{ \"phrases\": { \"t.x\": { \"stage\": \"shipped\", \"texts\": { \"en\": { \"subject\": \"" + Loop(longest) + "\", \"body\": \"" + Loop(longest) + "\" } } } } }", "ours.json");

            var message = EngineWith(both).Render("t.x", EngineFixture.SampleOrder());

            message.Subject.Should().Be("x");
            message.TextBody.Should().Be("x");
        }

        [Fact]
        public void Every_allowed_filter_exists_in_the_engine()
        {
            var filters = new[] { "upcase", "downcase", "capitalize", "strip", "truncate: 5", "replace: 'a', 'b'", "split: ' ' | join: '-'", "size", "url_encode", "escape" };
            var body = string.Join(" ", filters.Select(f => "{{ 'a b' | " + f + " }}"));

            EngineFixture.Engine(Book(body)).Render("t.x", EngineFixture.SampleOrder()).TextBody.Should().Be("A B a b A b a b a b b b a-b 3 a+b a b");
        }
    }
}
