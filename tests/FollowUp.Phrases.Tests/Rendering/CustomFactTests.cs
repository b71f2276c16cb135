using System;
using System.Collections.Generic;
using FluentAssertions;
using FollowUp.Phrases.Rendering;
using Xunit;

namespace FollowUp.Phrases.Tests.Rendering
{
    /// <summary>
    /// A phrase may require and print the shop's own facts (<c>custom.NAME</c>) beside the built-in ones: required, they
    /// stop a render the order lacks them for, by name; printed in a subject, they are held to a header's one line.
    /// </summary>
    public sealed class CustomFactTests
    {
        private static readonly Phrasebooks.Phrasebook Book = EngineFixture.Book(
            "\"test.po\": { \"stage\": \"order-placed\", \"requires\": [\"order.id\", \"custom.po_number\"], \"channels\": [\"email\"], " +
            "\"texts\": { \"en\": { \"subject\": \"PO {{ custom.po_number }} for order {{ order.id }}\", " +
            "\"body\": \"Dear customer,\\n\\nyour purchase order {{ custom.po_number }} is booked against order {{ order.id }}.\\n\\nBest regards,\\nLily Chen\" } } }");

        [Fact]
        public void A_required_custom_fact_the_order_lacks_stops_the_render_by_name()
        {
            Action render = () => EngineFixture.Engine(Book).Render("test.po", EngineFixture.SampleOrder() with { Custom = new Dictionary<string, string>() });

            render.Should().Throw<MissingFactException>().Which.Message.Should().Contain("custom.po_number");
        }

        [Fact]
        public void A_custom_fact_the_order_has_is_printed_in_subject_and_body()
        {
            var order = EngineFixture.SampleOrder() with { Custom = new Dictionary<string, string> { ["po_number"] = "PO-7781" } };

            var message = EngineFixture.Engine(Book).Render("test.po", order);

            message.Subject.Should().Be("PO PO-7781 for order " + order.OrderId);
            message.TextBody.Should().Contain("purchase order PO-7781 is booked");
        }

        [Fact]
        public void A_custom_fact_that_would_break_the_subject_line_is_refused_by_name()
        {
            var order = EngineFixture.SampleOrder() with { Custom = new Dictionary<string, string> { ["po_number"] = "PO-1\r\nBcc: all@example.com" } };

            Action render = () => EngineFixture.Engine(Book).Render("test.po", order);

            render.Should().Throw<InvalidFactException>().Which.Fact.Should().Be("custom.po_number");
        }
    }
}
