using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>The page's files, compiled into the assembly and read once.</summary>
    internal static class PreviewAssets
    {
        private const string Prefix = "FollowUp.Phrases.AspNetCore.Assets.";

        private static readonly IReadOnlyDictionary<string, byte[]> Files = typeof(PreviewAssets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n.Substring(Prefix.Length), Read, StringComparer.Ordinal);

        public static bool TryGet(string name, out byte[] content, out string contentType)
        {
            contentType = Path.GetExtension(name) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".html" => "text/html; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            return Files.TryGetValue(name, out content!);
        }

        private static byte[] Read(string resource)
        {
            using var stream = typeof(PreviewAssets).Assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
