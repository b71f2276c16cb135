using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FollowUp.Phrases.Checking;

namespace FollowUp.Phrases.Cli
{
    /// <summary>camelCase JSON output; Chinese and other text stays readable rather than \u-escaped.</summary>
    internal static class Json
    {
        public static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
        public static readonly JsonWriterOptions Indented = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

        public static string Write(System.Action<Utf8JsonWriter> write, bool indented)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>"EventAnchored" → "event-anchored": how enum values read in JSON and text output.</summary>
        public static string KebabCase(string pascal)
        {
            var sb = new StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                if (char.IsUpper(pascal[i]) && i > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(pascal[i]));
            }

            return sb.ToString();
        }

        /// <summary><c>"diagnostics": […], "purpose": {…}</c>: what <c>followup check</c> prints for one message.</summary>
        /// <summary>
        /// Writes JSON straight to <paramref name="output"/> as it is produced (the writer flushes as it goes), so a
        /// large report is never held whole in memory.
        /// </summary>
        public static void Stream(TextWriter output, System.Action<Utf8JsonWriter> write, bool indented)
        {
            using var stream = new TextWriterStream(output);
            using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
            {
                write(writer);
            }

            output.WriteLine();
        }

        public static void WriteReport(Utf8JsonWriter w, CheckReport report)
        {
            w.WriteStartArray("diagnostics");
            var n = 0;
            foreach (var d in report.Diagnostics)
            {
                WriteDiagnostic(w, d);
                if (++n % 256 == 0)
                {
                    w.Flush(); // hand what is written to the output; the writer's buffer stays small
                }
            }

            w.WriteEndArray();
            WritePurpose(w, report.Purpose);
            w.WriteStartArray("languages");
            foreach (var language in report.Languages)
            {
                w.WriteStringValue(language);
            }

            w.WriteEndArray();
            if (report.UncoveredLanguages.Count > 0)
            {
                w.WriteStartArray("uncoveredLanguages");
                foreach (var language in report.UncoveredLanguages)
                {
                    w.WriteStringValue(language);
                }

                w.WriteEndArray();
            }
        }

        /// <summary><c>"purpose": {"value", "inferred", "reason", "signals": […]}</c>: how the message was classified and why.</summary>
        public static void WritePurpose(Utf8JsonWriter w, PurposeClassification p)
        {
            w.WriteStartObject("purpose");
            w.WriteString("value", p.Purpose.ToString().ToLowerInvariant());
            w.WriteBoolean("inferred", p.IsInferred);
            w.WriteString("reason", p.Reason);
            w.WriteStartArray("signals");
            foreach (var s in p.Signals)
            {
                w.WriteStartObject();
                w.WriteString("points", s.Points.ToString().ToLowerInvariant());
                w.WriteString("text", s.Text);
                w.WriteNumber("start", s.Start);
                w.WriteNumber("length", s.Length);
                w.WriteBoolean("inSubject", s.InSubject);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        public static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, string? part = null)
        {
            w.WriteStartObject();
            if (part != null)
            {
                w.WriteString("part", part);
            }

            w.WriteString("rule", d.Rule);
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteNumber("start", d.Start);
            w.WriteNumber("length", d.Length);
            w.WriteNumber("line", d.Line);
            w.WriteNumber("column", d.Column);
            // Utf8JsonWriter writes JSON null for a null string.
            w.WriteString("text", d.Text);

            w.WriteString("message", d.Message);
            // Utf8JsonWriter writes JSON null for a null string.
            w.WriteString("suggestion", d.Suggestion);

            if (d.Replacement != null)
            {
                w.WriteString("replacement", d.Replacement);
            }

            w.WriteEndObject();
        }
    }
}
