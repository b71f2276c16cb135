using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FollowUp.Phrases.Benchmarks
{
    /// <summary>The inputs every benchmark shares, read once.</summary>
    internal static class Data
    {
        public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", name);

        /// <summary>A 300-character follow-up with nothing to flag.</summary>
        public const string ShortClean =
            "Dear Anna, your order AE-20931 was handed to DHL Express on 23 Nov 2026 (UTC+8). Tracking number: 1234567890. " +
            "DHL estimates delivery in 7-10 working days. You can follow the parcel at https://track.example.com/1234567890. " +
            "We will check the tracking on 30 Nov. Best regards, Lily Chen, Brightway";

        /// <summary>About 100 KB of varied follow-ups, with findings.</summary>
        public static readonly string Long = Build(100 * 1024);

        /// <summary>About 1 KB and 1 MB of the same text, for the per-KB comparison.</summary>
        public static readonly string OneKb = Build(1024);

        public static readonly string OneMb = Build(1024 * 1024);

        public static string[] Corpus()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FollowUp.Phrases.sln")))
            {
                dir = dir.Parent;
            }

            var file = System.IO.Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", "dev.jsonl");
            return File.ReadLines(file).Where(l => l.Trim().Length > 0)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        }

        private static string Build(int size)
        {
            var corpus = Corpus();
            var sb = new System.Text.StringBuilder(size + 1024);
            var i = 0;
            while (sb.Length < size)
            {
                sb.Append(corpus[i++ % corpus.Length]).Append('\n');
            }

            return sb.ToString(0, size);
        }
    }
}
