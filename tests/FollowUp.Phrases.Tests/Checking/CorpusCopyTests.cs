using System.IO;
using FluentAssertions;
using Xunit;

namespace FollowUp.Phrases.Tests.Checking
{
    /// <summary>
    /// The corpora the tests score are copies kept in the repository, so `dotnet test` passes on a clone with nothing
    /// beside it; where ../shared/corpus is present it is the source, and the copies must be byte for byte the same.
    /// </summary>
    public sealed class CorpusCopyTests
    {
        [Theory]
        [InlineData("dev.jsonl")]
        [InlineData("dev2.jsonl")]
        public void The_copied_corpus_is_the_shared_corpus(string name)
        {
            var copy = Path.Combine(TestPaths.RepositoryRoot, "tests", "FollowUp.Phrases.Tests", "Corpus", name);
            File.Exists(copy).Should().BeTrue("the tests read {0}", copy);

            if (TestPaths.SharedCorpus(name) is string shared)
            {
                File.ReadAllBytes(copy).Should().Equal(File.ReadAllBytes(shared),
                    "{0} must match {1}; after the shared corpus changes, copy it: cp ../shared/corpus/{2} tests/FollowUp.Phrases.Tests/Corpus/", copy, shared, name);
            }
        }
    }
}
