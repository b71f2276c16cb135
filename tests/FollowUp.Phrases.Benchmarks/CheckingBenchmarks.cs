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

        /// <summary>
        /// Load all five packs from their embedded files, build a checker on them and check one message: everything a
        /// process does before its first finding except the JIT (the packs are parsed anew, so no compiled list is reused).
        /// </summary>
        [Benchmark]
        public int CheckerColdStart()
        {
            var packs = FollowUp.Phrases.Text.EmbeddedData.ReadAll("FollowUp.Phrases.Languages.")
                .Where(f => f.Name.EndsWith(".json", System.StringComparison.Ordinal))
                .Select(f => FollowUp.Phrases.Checking.Languages.LanguagePackReader.Read(f.Text, f.Name, null))
                .ToArray();
            var options = new WordingCheckerOptions { Languages = FollowUp.Phrases.Checking.Languages.LanguagePacks.BuiltIn.With(packs) };
            return new WordingChecker(options).Check(Data.ShortClean).Count;
        }
    }
}
