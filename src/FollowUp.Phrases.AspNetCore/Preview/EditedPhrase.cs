using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>
    /// A phrase with one locale's templates changed in the page, written as a phrasebook file of its own — what the page
    /// renders with (in memory) and what "download phrasebook JSON" hands over. Each template line sits on a JSON line of
    /// its own and every template character's place in the file is recorded, so an error the phrasebook reader reports at
    /// file (line, column) is shown at its line and column in the template the writer edited.
    /// </summary>
    internal sealed class EditedPhrase
    {
        private readonly Dictionary<int, List<(int Column, string Part, int Line, int TemplateColumn)>> _places = new Dictionary<int, List<(int, string, int, int)>>();

        private EditedPhrase(string json) => Json = json;

        /// <summary>The phrasebook file: the phrase with every locale, the edited one replaced.</summary>
        public string Json { get; private set; }

        public const string SourceName = "edited phrase";

        public static EditedPhrase Create(Phrase phrase, string locale, string subject, string body, string? html)
        {
            var edited = new EditedPhrase("");
            var w = new Writer(edited);
            w.Line("{");
            w.Line("  \"version\": 1,");
            w.Line("  \"phrases\": {");
            w.Line($"    {Quote(phrase.Key.Value)}: {{");
            w.Line($"      \"stage\": {Quote(phrase.Stage.ToKebabCase())},");
            w.Line($"      \"purpose\": {Quote(phrase.Purpose == MessagePurpose.Marketing ? "marketing" : "transactional")},");
            if (phrase.Description != null)
            {
                w.Line($"      \"description\": {Quote(phrase.Description)},");
            }

            w.Line($"      \"requires\": [{string.Join(", ", phrase.RequiredFacts.Select(Quote))}],");
            w.Line($"      \"channels\": [{string.Join(", ", phrase.Channels.Select(c => Quote(c.ToString().ToLowerInvariant())))}],");
            if (phrase.Sources.Count > 0)
            {
                w.Line($"      \"sources\": [{string.Join(", ", phrase.Sources.Select(Quote))}],");
            }
            if (phrase.ReviewedOn is NodaTime.LocalDate reviewed)
            {
                w.Line($"      \"reviewed\": {Quote(reviewed.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))},");
            }

            w.Line("      \"texts\": {");
            var locales = phrase.Locales.ToList();
            if (!locales.Contains(locale, StringComparer.OrdinalIgnoreCase))
            {
                locales.Add(locale);
            }

            for (var i = 0; i < locales.Count; i++)
            {
                var isEdited = string.Equals(locales[i], locale, StringComparison.OrdinalIgnoreCase);
                var text = isEdited ? null : phrase.TextFor(locales[i]);
                w.Line($"        {Quote(locales[i])}: {{");
                w.Template("subject", isEdited ? subject : text!.Subject, isEdited, asLines: false, last: false);
                var htmlTemplate = isEdited ? html : text!.Html;
                w.Template("body", isEdited ? body : text!.Body, isEdited, asLines: true, last: string.IsNullOrEmpty(htmlTemplate));
                if (!string.IsNullOrEmpty(htmlTemplate))
                {
                    w.Template("html", htmlTemplate!, isEdited, asLines: true, last: true);
                }

                w.Line(i + 1 < locales.Count ? "        }," : "        }");
            }

            w.Line("      }");
            w.Line("    }");
            w.Line("  }");
            w.Line("}");
            edited.Json = w.ToString();
            return edited;
        }

        /// <summary>Reads the file back as a phrasebook; an error becomes one naming the template part, line and column.</summary>
        public Phrasebook Parse()
        {
            try
            {
                return Phrasebook.Parse(Json, SourceName);
            }
            catch (DataFileException e)
            {
                if (Locate(e.Line, e.Column) is (string part, int line, int column))
                {
                    throw new PreviewRequestException("template." + part, $"{part} {line}:{column}: {e.Problem}", errors: new[] { new TemplateError(part, line, column, e.Problem) });
                }

                throw new PreviewRequestException("template", e.Problem);
            }
        }

        /// <summary>The edited template's part, line and column at a place in the file; null outside the edited templates.</summary>
        internal (string Part, int Line, int Column)? Locate(int fileLine, int fileColumn)
        {
            if (!_places.TryGetValue(fileLine, out var places) || places.Count == 0)
            {
                return null;
            }

            var best = places[0];
            foreach (var p in places)
            {
                if (p.Column <= fileColumn)
                {
                    best = p;
                }
            }

            return (best.Part, best.Line, best.TemplateColumn);
        }

        // Relaxed escaping keeps the downloaded file readable: Chinese and "<p>" stay as written, only JSON's own escapes apply.
        private static readonly System.Text.Json.JsonSerializerOptions Readable = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s, Readable);

        private sealed class Writer
        {
            private readonly StringBuilder _sb = new StringBuilder();
            private readonly EditedPhrase _owner;
            private int _line = 1;

            public Writer(EditedPhrase owner) => _owner = owner;

            public void Line(string text)
            {
                _sb.Append(text).Append('\n');
                _line++;
            }

            public void Template(string part, string template, bool record, bool asLines, bool last)
            {
                var comma = last ? "" : ",";
                var lines = template.Replace("\r\n", "\n").Split('\n');
                if (!asLines)
                {
                    var lead = $"          \"{part}\": ";
                    Append(lead, part, record ? 1 : 0, string.Join(" ", lines), comma);
                    return;
                }

                Line($"          \"{part}\": [");
                for (var i = 0; i < lines.Length; i++)
                {
                    Append("            ", part, record ? i + 1 : 0, lines[i], i + 1 < lines.Length ? "," : "");
                }

                Line("          ]" + comma);
            }

            // One JSON string on its own line, every character's file column recorded against its template column.
            private void Append(string lead, string part, int templateLine, string text, string tail)
            {
                var column = lead.Length + 1; // 1-based column of the opening quote
                var places = templateLine > 0 ? new List<(int, string, int, int)>() : null;
                var quoted = new StringBuilder("\"");
                for (var k = 0; k < text.Length; k++)
                {
                    places?.Add((column + quoted.Length, part, templateLine, k + 1));
                    var one = Quote(text[k].ToString());
                    quoted.Append(one, 1, one.Length - 2);
                }

                places?.Add((column + quoted.Length, part, templateLine, text.Length + 1));
                quoted.Append('"');
                if (places != null)
                {
                    _owner._places[_line] = places;
                }

                Line(lead + quoted + tail);
            }

            public override string ToString() => _sb.ToString();
        }
    }
}
