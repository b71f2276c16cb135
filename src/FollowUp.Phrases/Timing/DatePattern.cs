using System;
using System.Collections.Generic;
using System.Text;

namespace FollowUp.Phrases.Timing
{
    /// <summary>
    /// A date pattern of a language pack ("{weekday} {day} {month} {year}", "between {first} and {last}") read once into
    /// its literal pieces and the fields between them, so writing a date copies pieces instead of scanning the pattern
    /// for braces and cutting each field's name out of it: a render writes several dates. A name the pattern's kind does
    /// not know stays in the text as written ("{name}"), as <see cref="Text.NamedFields"/> keeps it.
    /// </summary>
    internal sealed class DatePattern
    {
        /// <summary>The fields of a date: <c>{weekday}</c>, <c>{day}</c>, <c>{month}</c>, <c>{year}</c>, in that numbering.</summary>
        public static readonly string[] DateFields = { "weekday", "day", "month", "year" };

        /// <summary>The fields of a range: <c>{date}</c> (a one-day range), <c>{first}</c>, <c>{last}</c>, in that numbering.</summary>
        public static readonly string[] RangeFields = { "date", "first", "last" };

        private readonly string[] _before;
        private readonly int[] _fields;

        private DatePattern(string[] before, int[] fields, string tail)
        {
            _before = before;
            _fields = fields;
            Tail = tail;
        }

        /// <summary>How many fields the pattern has.</summary>
        public int Count => _fields.Length;

        /// <summary>The text before field <paramref name="k"/> (after the one before it).</summary>
        public string Before(int k) => _before[k];

        /// <summary>Field <paramref name="k"/>, as its index among the names the pattern was read with.</summary>
        public int Field(int k) => _fields[k];

        /// <summary>The text after the last field.</summary>
        public string Tail { get; }

        /// <summary>Reads <paramref name="pattern"/>, knowing the fields named in <paramref name="names"/>.</summary>
        public static DatePattern Parse(string pattern, string[] names)
        {
            var literal = new StringBuilder();
            var before = new List<string>();
            var fields = new List<int>();
            var i = 0;
            while (Text.NamedFields.Next(literal, pattern, ref i) is string name)
            {
                var field = Array.IndexOf(names, name);
                if (field < 0)
                {
                    literal.Append('{').Append(name).Append('}'); // not a field of this kind: kept as written
                    continue;
                }

                before.Add(literal.ToString());
                fields.Add(field);
                literal.Clear();
            }

            return new DatePattern(before.ToArray(), fields.ToArray(), literal.ToString());
        }
    }
}
