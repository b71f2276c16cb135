using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FollowUp.Phrases.Text
{
    /// <summary>The data files compiled into the assembly (phrasebook, calendars, deadlines).</summary>
    internal static class EmbeddedData
    {
        /// <summary>Each resource under <paramref name="prefix"/>, in name order: its short name and its text.</summary>
        public static IEnumerable<(string Name, string Text)> ReadAll(string prefix)
        {
            var assembly = typeof(EmbeddedData).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                yield return ("built-in:" + name.Substring(prefix.Length), reader.ReadToEnd());
            }
        }
    }
}
