using System;
using System.IO;

namespace FollowUp.Phrases.Tests
{
    /// <summary>Finds the repository (the folder holding FollowUp.Phrases.sln) and the shared corpus beside it.</summary>
    internal static class TestPaths
    {
        private static readonly Lazy<string> Root = new Lazy<string>(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FollowUp.Phrases.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Could not find FollowUp.Phrases.sln above " + AppContext.BaseDirectory);
        });

        public static string RepositoryRoot => Root.Value;

        public static string SampleOrder => Path.Combine(RepositoryRoot, "samples", "orders", "sample-order.json");

        public static string OrderWithoutTracking => Path.Combine(RepositoryRoot, "samples", "orders", "order-without-tracking.json");

        /// <summary>
        /// The labelled corpus the tests score, from the copy under tests/…/Corpus: a clone with nothing beside it must
        /// test alone. <see cref="SharedCorpus"/> is the source the copies are checked against when it is there.
        /// </summary>
        public static string DevCorpus => Path.Combine(RepositoryRoot, "tests", "FollowUp.Phrases.Tests", "Corpus", "dev.jsonl");

        /// <summary>The second labelled corpus (more styles, de/es/fr), from the same copy.</summary>
        public static string Dev2Corpus => Path.Combine(RepositoryRoot, "tests", "FollowUp.Phrases.Tests", "Corpus", "dev2.jsonl");

        /// <summary>../shared/corpus/NAME beside the repository, or null on a clone that has nothing beside it.</summary>
        public static string? SharedCorpus(string name)
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", name));
            return File.Exists(path) ? path : null;
        }
    }
}
