using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Benchmarks
{
    /// <summary>The checker on short, long and corpus messages, against a one-regex baseline over the same word lists.</summary>
    [MemoryDiagnoser]
    public class CheckingBenchmarks
    {
        private static readonly Regex Naive = new Regex(
            @"\b(?:" + string.Join("|", WordingChecker.LexiconTerms.OrderByDescending(t => t.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private readonly WordingChecker _checker = WordingChecker.Default;
        private string[] _corpus = System.Array.Empty<string>();

        [GlobalSetup]
        public void Setup() => _corpus = Data.Corpus();

        [Benchmark]
        public int CheckShortMessage() => _checker.Check(Data.ShortClean).Count;

        [Benchmark]
        public int CheckLongMessage() => _checker.Check(Data.Long).Count;

        [Benchmark]
        public int CheckCorpus()
        {
            var n = 0;
            foreach (var text in _corpus)
            {
                n += _checker.Check(text).Count;
            }

            return n;
        }

        [Benchmark]
        public int NaiveRegexCheck() => Naive.Matches(Data.Long).Count;

        [Benchmark]
        public int CheckOneKb() => _checker.Check(Data.OneKb).Count;

        [Benchmark]
        public int CheckOneMb() => _checker.Check(Data.OneMb).Count;
    }
}
