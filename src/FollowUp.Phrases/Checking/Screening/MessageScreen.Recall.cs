using System;
using FollowUp.Phrases.Checking.Rules;

namespace FollowUp.Phrases.Checking.Screening
{
    /// <summary>The screen's last passes over short texts, kept per thread and recalled when the same text comes again.</summary>
    internal sealed partial class MessageScreen
    {
        // The last short texts this thread's screens passed over — subject lines: a template's renders repeat theirs, and
        // a service checks each as it renders — with what the pass found. The pass depends on the text, the screen, and
        // what the context's reach has it look for (its rules' word groups and features, shared by every context that
        // reaches as far), nothing else.
        [ThreadStatic]
        private static ScanKept[]? t_scans;

        [ThreadStatic]
        private static int t_nextScan;

        private const int ScansKept = 4;

        /// <summary>The longest text whose pass is kept (a kept text is held until another takes its place).</summary>
        internal const int MaxKeptScanLength = 256;

        private struct ScanKept
        {
            public string Text;
            public MessageScreen Screen;
            public ulong Active;
            public TextFeatures Wanted;
            public ulong[] Satisfiable;
            public TextFeatures[] Features;
            public bool UntilRead;
            public TextFeatures Found;
            public ulong Seen;
            public (int Start, int End) At;
        }

        // The pass over screened for reach, or what it found the last time, when this thread passed over the same short
        // text for the same reach.
        private TextFeatures ScanOrRecall(string screened, ContextReach reach, bool untilRead, out ulong seen, out (int Start, int End) at)
        {
            var kept = screened.Length <= MaxKeptScanLength ? t_scans ??= new ScanKept[ScansKept] : null;
            for (var k = 0; kept != null && k < kept.Length; k++)
            {
                ref readonly var scan = ref kept[k];
                if (ReferenceEquals(scan.Satisfiable, reach.Satisfiable) && ReferenceEquals(scan.Features, reach.Features) && ReferenceEquals(scan.Screen, this)
                    && scan.Active == reach.Active && scan.Wanted == reach.Wanted && scan.UntilRead == untilRead && string.Equals(scan.Text, screened, StringComparison.Ordinal))
                {
                    (seen, at) = (scan.Seen, scan.At);
                    return scan.Found;
                }
            }

            var found = Scan(screened, reach.Wanted, reach.Satisfiable, untilRead ? 0 : reach.Active, reach.Features, out seen, out at, untilRead);
            if (kept != null)
            {
                kept[t_nextScan] = new ScanKept
                {
                    Text = screened, Screen = this, Active = reach.Active, Wanted = reach.Wanted, Satisfiable = reach.Satisfiable, Features = reach.Features,
                    UntilRead = untilRead, Found = found, Seen = seen, At = at,
                };
                t_nextScan = (t_nextScan + 1) % ScansKept;
            }

            return found;
        }

        /// <summary>Forgets the passes this thread keeps (for tests that hold a recalled pass to a pass made anew).</summary>
        internal static void ForgetScans() => t_scans = null;
    }
}
