using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking.Analysis;
using FollowUp.Phrases.Text;

namespace FollowUp.Phrases.Checking.Languages
{
    /// <summary>
    /// Decides which languages a message is written in, from its scripts and the function words of each pack (and of a
    /// few languages no pack covers, so a message in one of those is reported rather than read as clean English).
    /// Deterministic and cheap: one dictionary look-up per word, no statistics beyond counting.
    /// </summary>
    internal sealed class LanguageDetector
    {
        // A language must show this many clues, and more than English, to count: "la" alone is not French, and an English
        // message with a French greeting is still read as English.
        private const double MinimumScore = 2;
        internal const int MinimumEndingWordLength = 5;

        private static readonly Lazy<(string Code, string Name, string[] Words, string[] Endings)[]> Others = new Lazy<(string, string, string[], string[])[]>(ReadOthers);

        private readonly string[] _codes;
        private readonly string[] _names;
        private readonly bool[] _covered;
        private readonly Dictionary<string, int[]> _words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        // Endings by their last letter: a word is compared with the few endings it could have, not with all of them.
        private readonly Dictionary<char, (string Ending, int Language)[]> _endingsByLast;

        // The same for ASCII last letters, by index: most words end in one, and an array is cheaper than a dictionary.
        private readonly (string Ending, int Language)[]?[] _endingsByAsciiLast = new (string, int)[]?[128];

        public LanguageDetector(LanguagePacks packs)
        {
            var languages = packs.Select(p => (p.Language, p.Name, Words: p.DetectionWords.ToArray(), Endings: p.DetectionEndings.ToArray(), Covered: true))
                .Concat(Others.Value.Where(o => packs.GetOrNull(o.Code) is null).Select(o => (Language: o.Code, o.Name, o.Words, o.Endings, Covered: false)))
                .ToArray();
            _codes = languages.Select(l => l.Language).ToArray();
            _names = languages.Select(l => l.Name).ToArray();
            _covered = languages.Select(l => l.Covered).ToArray();
            var endings = new List<(string, int)>();
            for (var i = 0; i < languages.Length; i++)
            {
                foreach (var word in languages[i].Words)
                {
                    var key = word.ToLowerInvariant();
                    _words[key] = _words.TryGetValue(key, out var list) ? list.Concat(new[] { i }).Distinct().ToArray() : new[] { i };
                }

                endings.AddRange(languages[i].Endings.Select(e => (e.ToLowerInvariant(), i)));
            }

            _endingsByLast = endings.Where(e => e.Item1.Length > 0)
                .GroupBy(e => e.Item1[e.Item1.Length - 1])
                .ToDictionary(g => g.Key, g => g.ToArray());
            foreach (var pair in _endingsByLast)
            {
                if (pair.Key < 128)
                {
                    _endingsByAsciiLast[pair.Key] = pair.Value;
                }
            }

            foreach (var (ending, _) in endings.Where(e => e.Item1.Length > 0))
            {
                var last = ending[ending.Length - 1];
                if (last >= 128)
                {
                    continue;
                }

                var before = ending.Length >= 2 ? ending[ending.Length - 2] : (char?)null;
                for (var c = 0; c < 128; c++)
                {
                    // An ending of one letter, or one whose letter before the last is outside ASCII, lets any ASCII pair through.
                    _asciiPairMayEnd[(c << 7) | last] |= before is null || before >= 128 || before == c;
                }
            }
        }

        // For the last two letters of a word, both ASCII: whether some ending ends so. Most words are answered "no" by it,
        // without comparing endings (the screen asks this of nearly every word of a message).
        private readonly bool[] _asciiPairMayEnd = new bool[128 * 128];

        /// <summary>The languages of the message's own words (quotes and links left out), most evident first.</summary>
        public DetectedLanguages Detect(string text, TokenList tokens)
        {
            var scores = new double[_codes.Length];
            int han = 0, latinWords = 0;
            string? script = null;
            var items = tokens.Span;
            for (var i = 0; i < items.Length; i++)
            {
                ref readonly var t = ref items[i];
                if (t.IsQuoted)
                {
                    continue;
                }

                if (t.Kind == TokenKind.Cjk)
                {
                    han += t.End - t.Start;
                    continue;
                }

                if (t.Kind != TokenKind.Word || t.IsDigitStart)
                {
                    continue;
                }

                // What a word says is the same in every message: worked out once per word, then kept on it. Most words say
                // nothing (one shared note): they are counted without reading the note.
                latinWords++;
                var note = t.Word.NoteOf(this);
                if (ReferenceEquals(note, WordClues.None))
                {
                    continue;
                }

                var clues = note as WordClues ?? Learn(t.Word);
                if (ReferenceEquals(clues, WordClues.None)) // a word met for the first time, and no clue
                {
                    continue;
                }

                script ??= clues.Script;
                foreach (var l in clues.Languages)
                {
                    scores[l] += 1;
                }

                if (clues.Ending >= 0)
                {
                    scores[clues.Ending] += 0.5;
                }
            }

            var english = Array.IndexOf(_codes, "en");
            var englishScore = english >= 0 ? scores[english] : 0;
            var found = new List<(int Index, double Score)>();
            for (var l = 0; l < _codes.Length; l++)
            {
                if (l != english && _codes[l] != "zh" && scores[l] >= MinimumScore && scores[l] > englishScore)
                {
                    found.Add((l, scores[l]));
                }
            }

            // Of languages that share their clues (Spanish and Italian, French and Italian), keep the clearest.
            found.Sort((x, y) => y.Score.CompareTo(x.Score));
            if (found.Count > 1)
            {
                found.RemoveAll(f => f.Score < found[0].Score * 0.75);
            }

            var read = new List<string>();
            var uncovered = new List<(string Code, string Name)>();
            if (englishScore > 0 && (found.Count == 0 || englishScore >= found[0].Score / 2) || (found.Count == 0 && han == 0 && latinWords > 0 && script is null))
            {
                read.Add("en");
            }

            if (han >= 2)
            {
                read.Add("zh");
            }

            foreach (var (index, _) in found)
            {
                if (_covered[index])
                {
                    read.Add(_codes[index]);
                }
                else
                {
                    uncovered.Add((_codes[index], _names[index]));
                }
            }

            if (script != null)
            {
                uncovered.Add(ScriptLanguage(script));
            }

            if (read.Count > 1 && found.Count > 0 && read[0] == "en" && found[0].Score > englishScore && _covered[found[0].Index])
            {
                read.Remove(_codes[found[0].Index]);
                read.Insert(0, _codes[found[0].Index]);
            }

            return new DetectedLanguages(read, uncovered);
        }

        /// <summary>The name of a language by code, from the packs or the languages no pack covers.</summary>
        /// <summary>The number of languages the detector scores: the packs' and the hinted languages no pack covers.</summary>
        internal int LanguageCount => _codes.Length;

        /// <summary>The score a language needs before it counts as one the message is written in.</summary>
        internal static double ReportedFrom => MinimumScore;

        /// <summary>Whether a pack covers language <paramref name="language"/> (an index below <see cref="LanguageCount"/>).</summary>
        internal bool IsCovered(int language) => _covered[language];

        /// <summary>Each clue word (lower case) with the languages it is a clue of: for the checker's screen, which scores alike.</summary>
        internal IEnumerable<KeyValuePair<string, int[]>> ClueWords => _words;

        /// <summary>Every detection ending (lower case) with its language.</summary>
        internal IEnumerable<(string Ending, int Language)> Endings => _endingsByLast.Values.SelectMany(e => e);

        /// <summary>The language whose ending a lower-case word of five letters or more has (the first that fits), or -1.</summary>
        internal int EndingLanguage(ReadOnlySpan<char> lower)
        {
            if (lower.Length < MinimumEndingWordLength)
            {
                return -1;
            }

            var last = lower[lower.Length - 1];
            var before = lower[lower.Length - 2];
            if (last < 128 && before < 128 && !_asciiPairMayEnd[(before << 7) | last])
            {
                return -1;
            }

            var candidates = last < 128 ? _endingsByAsciiLast[last] : _endingsByLast.TryGetValue(last, out var found) ? found : null;
            if (candidates is null)
            {
                return -1;
            }

            foreach (var (ending, l) in candidates)
            {
                if (lower.EndsWith(ending.AsSpan(), StringComparison.Ordinal))
                {
                    return l;
                }
            }

            return -1;
        }

        public string NameOf(string code)
        {
            var i = Array.IndexOf(_codes, code);
            return i >= 0 ? _names[i] : code;
        }

        // Scripts no built-in pack reads: a message in one is reported, never silently passed.
        private WordClues Learn(Word word)
        {
            var clues = new WordClues(
                _words.TryGetValue(word.Text, out var languages) ? languages : Array.Empty<int>(),
                EndingLanguage(word.Text.AsSpan()),
                OtherScript(word.Text, 0, word.Text.Length)); // lower case keeps a letter's script
            clues = clues.Languages.Length == 0 && clues.Ending < 0 && clues.Script is null ? WordClues.None : clues;
            word.Note(this, clues);
            return clues;
        }

        /// <summary>A word's clues: the languages it is a clue word of, the language its ending points to (or -1), its script outside Latin.</summary>
        private sealed class WordClues
        {
            /// <summary>The note of every word that is no clue: no language's word, no ending, no other script.</summary>
            public static readonly WordClues None = new WordClues(Array.Empty<int>(), -1, null);

            public WordClues(int[] languages, int ending, string? script)
            {
                Languages = languages;
                Ending = ending;
                Script = script;
            }

            public int[] Languages { get; }

            public int Ending { get; }

            public string? Script { get; }
        }

        private static string? OtherScript(string text, int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var c = text[k];
                var name = c >= '\u0400' && c <= '\u04ff' ? "Cyrillic"
                    : c >= '\u0370' && c <= '\u03ff' ? "Greek"
                    : c >= '\u0590' && c <= '\u05ff' ? "Hebrew"
                    : c >= '\u0600' && c <= '\u06ff' ? "Arabic"
                    : c >= '\u0e00' && c <= '\u0e7f' ? "Thai"
                    : c >= '\uac00' && c <= '\ud7af' ? "Hangul"
                    : c >= '\u3040' && c <= '\u30ff' ? "Kana"
                    : null;
                if (name != null)
                {
                    return name;
                }
            }

            return null;
        }

        private static (string Code, string Name) ScriptLanguage(string script) => script switch
        {
            "Cyrillic" => ("ru", "Russian (Cyrillic script)"),
            "Greek" => ("el", "Greek"),
            "Hebrew" => ("he", "Hebrew"),
            "Arabic" => ("ar", "Arabic"),
            "Thai" => ("th", "Thai"),
            "Hangul" => ("ko", "Korean"),
            _ => ("ja", "Japanese"),
        };

        private static (string, string, string[], string[])[] ReadOthers()
        {
            var (name, text) = EmbeddedData.ReadAll("FollowUp.Phrases.LanguageHints.").Single();
            var (root, f) = JsonFields.Parse(text, name);
            f.ExpectObject(root, "");
            return root.Properties!.Select(p =>
            {
                f.ExpectObject(p.Value, p.Key.Name, "name", "words", "endings");
                string[] Strings(string key) => f.Array(f.Required(p.Value, p.Key.Name, key), p.Key.Name + "." + key).Select(n => f.String(n, p.Key.Name + "." + key)).ToArray();
                return (p.Key.Name, f.String(f.Required(p.Value, p.Key.Name, "name"), p.Key.Name + ".name"), Strings("words"), Strings("endings"));
            }).ToArray();
        }
    }
}
