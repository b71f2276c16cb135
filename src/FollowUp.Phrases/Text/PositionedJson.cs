using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FollowUp.Phrases.Text
{
    /// <summary>
    /// A small strict JSON reader that keeps every value's position. System.Text.Json's DOM forgets positions, and
    /// users editing phrasebooks by hand need "line 12, column 15" for any mistake, including ones inside a template.
    /// </summary>
    internal sealed class PositionedJson
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private readonly string _source;
        private readonly LineMap _lines;
        private int _pos;

        private PositionedJson(string text, string source)
        {
            _text = text;
            _source = source;
            _lines = new LineMap(text);
        }

        public LineMap Lines => _lines;

        /// <summary>Parses a whole document.</summary>
        /// <exception cref="DataFileException">The text is not valid JSON; the error names line and column.</exception>
        public static (JsonNode Root, LineMap Lines) Parse(string text, string source)
        {
            var reader = new PositionedJson(text ?? throw new ArgumentNullException(nameof(text)), source);
            if (reader._text.Length > 0 && reader._text[0] == '\uFEFF')
            {
                reader._pos = 1;
            }

            reader.SkipWhitespace();
            var root = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._pos < reader._text.Length)
            {
                throw reader.Error(reader._pos, $"unexpected '{reader._text[reader._pos]}' after the end of the JSON document");
            }

            return (root, reader._lines);
        }

        private DataFileException Error(int offset, string problem)
        {
            var (line, column) = _lines.Locate(offset);
            return new DataFileException(_source, line, column, null, null, "invalid JSON: " + problem + ".");
        }

        private JsonNode ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error(_pos, $"nesting deeper than {MaxDepth} levels");
            }

            if (_pos >= _text.Length)
            {
                throw Error(_pos, "the file ends where a value was expected");
            }

            var c = _text[_pos];
            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    return ReadLiteral("true", JsonKind.True);
                case 'f':
                    return ReadLiteral("false", JsonKind.False);
                case 'n':
                    return ReadLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Error(_pos, $"unexpected '{c}' where a value was expected");
            }
        }

        private JsonNode ReadObject(int depth)
        {
            var node = new JsonNode(JsonKind.Object, _pos) { Properties = new List<KeyValuePair<JsonProperty, JsonNode>>() };
            var seen = new HashSet<string>(StringComparer.Ordinal);
            _pos++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error(_pos, Peek() == '}' ? "a comma before '}' (trailing commas are not allowed)" : "a property name in double quotes was expected");
                }

                var keyOffset = _pos;
                var key = ReadString().Text!;
                if (!seen.Add(key))
                {
                    throw Error(keyOffset, $"the property '{key}' appears twice in the same object");
                }

                SkipWhitespace();
                if (Peek() != ':')
                {
                    throw Error(_pos, $"':' expected after the property name '{key}'");
                }

                _pos++;
                SkipWhitespace();
                var value = ReadValue(depth + 1);
                node.Properties.Add(new KeyValuePair<JsonProperty, JsonNode>(new JsonProperty(key, keyOffset), value));
                SkipWhitespace();
                var next = Peek();
                if (next == ',')
                {
                    _pos++;
                    continue;
                }

                if (next == '}')
                {
                    _pos++;
                    return node;
                }

                throw Error(_pos, next == '\0' ? "the file ends inside an object (missing '}')" : $"',' or '}}' expected, found '{next}'");
            }
        }

        private JsonNode ReadArray(int depth)
        {
            var node = new JsonNode(JsonKind.Array, _pos) { Items = new List<JsonNode>() };
            _pos++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']')
                {
                    throw Error(_pos, "a comma before ']' (trailing commas are not allowed)");
                }

                node.Items.Add(ReadValue(depth + 1));
                SkipWhitespace();
                var next = Peek();
                if (next == ',')
                {
                    _pos++;
                    continue;
                }

                if (next == ']')
                {
                    _pos++;
                    return node;
                }

                throw Error(_pos, next == '\0' ? "the file ends inside an array (missing ']')" : $"',' or ']' expected, found '{next}'");
            }
        }

        private JsonNode ReadString()
        {
            var start = _pos;
            _pos++;
            var sb = new StringBuilder();
            var map = new List<int>();
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    throw Error(start, "a string that is never closed (missing '\"')");
                }

                var c = _text[_pos];
                if (c == '"')
                {
                    map.Add(_pos);
                    _pos++;
                    return new JsonNode(JsonKind.String, start) { Text = sb.ToString(), SourceMap = map.ToArray() };
                }

                if (c < ' ')
                {
                    throw Error(_pos, c == '\n' || c == '\r'
                        ? "a line break inside a string (write \\n, or split a template into an array of lines)"
                        : "a control character inside a string");
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    map.Add(_pos);
                    _pos++;
                    continue;
                }

                var escapeStart = _pos;
                if (_pos + 1 >= _text.Length)
                {
                    throw Error(_pos, "the file ends inside an escape sequence");
                }

                var e = _text[_pos + 1];
                _pos += 2;
                char decoded;
                switch (e)
                {
                    case '"': decoded = '"'; break;
                    case '\\': decoded = '\\'; break;
                    case '/': decoded = '/'; break;
                    case 'b': decoded = '\b'; break;
                    case 'f': decoded = '\f'; break;
                    case 'n': decoded = '\n'; break;
                    case 'r': decoded = '\r'; break;
                    case 't': decoded = '\t'; break;
                    case 'u':
                        if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error(escapeStart, "\\u must be followed by four hex digits");
                        }

                        decoded = (char)code;
                        _pos += 4;
                        break;
                    default:
                        throw Error(escapeStart, $"unknown escape '\\{e}'");
                }

                sb.Append(decoded);
                map.Add(escapeStart);
            }
        }

        private JsonNode ReadLiteral(string word, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                throw Error(_pos, "unexpected word (strings need double quotes)");
            }

            var node = new JsonNode(kind, _pos) { Text = word };
            _pos += word.Length;
            return node;
        }

        private JsonNode ReadNumber()
        {
            var start = _pos;
            if (Peek() == '-')
            {
                _pos++;
            }

            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.' || _text[_pos] == 'e' || _text[_pos] == 'E' || _text[_pos] == '+' || _text[_pos] == '-'))
            {
                _pos++;
            }

            var text = _text.Substring(start, _pos - start);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw Error(start, $"'{text}' is not a number");
            }

            return new JsonNode(JsonKind.Number, start) { Text = text };
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    _pos++;
                }
                else
                {
                    break;
                }
            }
        }
    }
}
