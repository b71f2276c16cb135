namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// The records (<see cref="LineShare"/>) of the text bodies this thread rendered last, by template: a template's next
    /// render writes most of its lines as the last one did — the carrier's estimate, the sign-off, the shop's name — and its
    /// reading copies those lines' tokens and the screen's totals instead of cutting and screening them again. Only what
    /// the lines' own characters decide is taken: a line written otherwise, or one whose screening looks past it, is read
    /// anew, and the findings are those of a reading of its own.
    /// </summary>
    /// <remarks>
    /// Per thread, so a record's words (the thread's word pool's) are never read by another thread; a few templates each,
    /// the oldest given back for a new one. A record holds its reading's token array until it is replaced: at most eight
    /// records a thread, of at most 1,024 tokens (32 KB) each; a phrasebook replaced at run time leaves its templates
    /// held by the threads that rendered them until newer ones take their places.
    /// </remarks>
    internal static class LastReadings
    {
        // Templates kept per thread: a service renders a few phrases at a time in turn.
        private const int Kept = 8;

        [System.ThreadStatic]
        private static object?[]? t_templates;

        [System.ThreadStatic]
        private static LineShare?[]? t_records;

        [System.ThreadStatic]
        private static int t_next;

        /// <summary>Takes the record of <paramref name="template"/>'s last render on this thread, if it is kept (it is kept no longer).</summary>
        public static LineShare? Take(object template)
        {
            var templates = t_templates;
            if (templates is null)
            {
                return null;
            }

            for (var k = 0; k < templates.Length; k++)
            {
                if (ReferenceEquals(templates[k], template))
                {
                    var record = t_records![k];
                    (templates[k], t_records[k]) = (null, null);
                    return record;
                }
            }

            return null;
        }

        /// <summary>
        /// Keeps <paramref name="record"/> as <paramref name="template"/>'s last render on this thread, giving back the
        /// oldest record kept when every place is taken.
        /// </summary>
        public static void Keep(object template, LineShare record)
        {
            var templates = t_templates ??= new object?[Kept];
            var records = t_records ??= new LineShare?[Kept];
            var place = System.Array.IndexOf(templates, null);
            if (place < 0)
            {
                place = t_next;
                t_next = (t_next + 1) % Kept;
                records[place]?.Release();
            }

            (templates[place], records[place]) = (template, record);
        }
    }
}
