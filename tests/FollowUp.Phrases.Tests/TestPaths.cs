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

        public static string DevCorpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "dev.jsonl"));
    }
}
