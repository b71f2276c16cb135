using System;
using System.Linq;
using FluentAssertions;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Checking.Languages;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking.Analysis
{
    /// <summary>
    /// The compiled search of a pack's Chinese terms: every answer must be the one a term-by-term <c>IndexOf</c> gives —
    /// the rules were written against that search, and the set only makes it one pass over the run.
    /// </summary>
    public sealed class TermSetTests
    {
        private static readonly string[] Runs =
        {
            "", "尽快", "我们会尽快发货", "很快乐", "不久前收到了", "售后服务", "收到付款后24小时内发货", "请耐心等待～", "马上就到哦",
            "我们保证不会被扣关，请放心", "abc尽", "快尽", "快", "尽尽快快", "预计过几天修好", "最后", "然后再说", "发货后第一时间", "a\0xb",
        };

        private static readonly string[][] Lists =
        {
            new[] { "尽快", "马上", "很快", "不久", "过几天" },
            new[] { "快", "尽快" }, // a shorter term first: list order, not position or length, decides FirstIn
            new[] { "后", "收到", "一旦" },
            new[] { "发货", "发", "货" },
            new[] { "x" },
            new[] { "\0x", "b" }, // U+0000 starts a term like any other character
            Array.Empty<string>(),
        };

        public static TheoryData<int> ListIndexes()
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < Lists.Length; i++)
            {
                data.Add(i);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ListIndexes))]
        public void Answers_as_the_term_by_term_search_does(int list)
        {
            var terms = Lists[list];
            var set = new TermSet(terms);
            foreach (var run in Runs)
            {
                set.AnyIn(run).Should().Be(terms.Any(t => run.IndexOf(t, StringComparison.Ordinal) >= 0), run);
                set.FirstIn(run).Should().Be(terms.FirstOrDefault(t => run.IndexOf(t, StringComparison.Ordinal) >= 0), run);
                set.AnyStarts(run).Should().Be(terms.Any(t => run.StartsWith(t, StringComparison.Ordinal)), run);
                set.AnyEnds(run).Should().Be(terms.Any(t => run.EndsWith(t, StringComparison.Ordinal)), run);
                for (var at = 0; at <= run.Length; at++)
                {
                    set.AnyAt(run, at).Should().Be(terms.Any(t => at + t.Length <= run.Length && string.CompareOrdinal(run, at, t, 0, t.Length) == 0), $"{run} at {at}");
                    for (var length = 0; at + length <= run.Length; length++)
                    {
                        set.AnyIn(run, at, length).Should().Be(terms.Any(t => run.IndexOf(t, at, length, StringComparison.Ordinal) >= 0), $"{run} [{at}, +{length})");
                    }
                }

                var earliest = terms.Select(t => (At: run.IndexOf(t, StringComparison.Ordinal), t.Length)).Where(x => x.At >= 0)
                    .OrderBy(x => x.At).Cast<(int At, int Length)?>().FirstOrDefault();
                set.EarliestIn(run, out var found, out var foundLength).Should().Be(earliest != null, run);
                if (earliest is { } e)
                {
                    (found, foundLength).Should().Be((e.At, e.Length), run);
                }
            }
        }

        [Fact]
        public void An_empty_term_occurs_everywhere_as_it_does_for_IndexOf()
        {
            var set = new TermSet(new[] { "尽快", "" });
            set.AnyIn("abc").Should().BeTrue();
            set.AnyIn("").Should().BeTrue();
            set.FirstIn("我们会尽快发货").Should().Be("尽快");
            set.FirstIn("abc").Should().Be("");
        }

        [Fact]
        public void Keeps_the_list_in_pack_order_for_loops_and_lookups()
        {
            var set = new TermSet(new[] { "快", "尽快", "马上" });
            set.Should().Equal("快", "尽快", "马上");
            set.IndexOf("马上").Should().Be(2);
            set.IndexOf("慢").Should().Be(-1);
            set.OccurringIn("好的").Should().BeSameAs(TermSet.Empty);
            set.OccurringIn("马上发").Should().BeSameAs(set);
        }

        [Fact]
        public void Every_built_in_term_list_is_found_in_a_run_made_of_its_own_terms()
        {
            // Each pack's unspaced terms, as the vocabulary compiles them: a term is found in a run holding it among other text.
            var vocabulary = LanguagePacks.BuiltIn.WithoutOthers; // English and Chinese, read in every message
            foreach (var list in LanguagePacks.BuiltIn.GetOrNull("zh")!.Lists.Keys)
            {
                var set = vocabulary.Terms(list);
                foreach (var term in set)
                {
                    var run = "的" + term + "了";
                    set.AnyIn(run).Should().BeTrue($"{list}: {term}");
                    set.FirstIn(run).Should().Be(set.First(t => run.IndexOf(t, StringComparison.Ordinal) >= 0), $"{list}: {term}");
                }
            }
        }
    }
}
