using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>The orders the page offers before the host adds its own: the repository's two samples, read from the assembly.</summary>
    internal static class PreviewOrders
    {
        /// <summary>The name of the order with every fact, built for the chosen phrase and "now".</summary>
        public const string SpecimenName = "specimen";

        private const string Prefix = "FollowUp.Phrases.AspNetCore.Orders.";

        public static IReadOnlyList<KeyValuePair<string, OrderSnapshot>> Samples { get; } = Load();

        private static IReadOnlyList<KeyValuePair<string, OrderSnapshot>> Load()
        {
            var assembly = typeof(PreviewOrders).Assembly;
            return assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(Prefix, System.StringComparison.Ordinal))
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .Select(n =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                    var name = n.Substring(Prefix.Length, n.Length - Prefix.Length - ".json".Length);
                    return new KeyValuePair<string, OrderSnapshot>(name, OrderFile.Parse(reader.ReadToEnd(), name + ".json"));
                })
                .ToArray();
        }
    }
}
