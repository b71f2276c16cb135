using System.Collections.Generic;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Finds the tags of a Liquid template (<c>{{ … }}</c> and <c>{% … %}</c>) and the tokens inside them, with their
    /// offsets in the template. The engine's syntax tree carries no positions, so every message that points at a place
    /// in a phrase — an unknown name, a tag phrases may not use, a loop that ran too long — is placed by this scan.
    /// It is lexical only and tolerant of broken input: the engine's parser decides what is valid.
    /// </summary>
    internal static class LiquidScanner
    {
        /// <summary>Every tag of <paramref name="source"/> in order; comment and raw blocks are one tag each.</summary>
        public static List<LiquidTag> Tags(string source)
        {
            var tags = new List<LiquidTag>();
            var i = 0;
            while (i < source.Length - 1)
            {
                var open = source.IndexOf('{', i);
                if (open < 0 || open + 1 >= source.Length)
                {
                    break;
                }

                var next = source[open + 1];
                if (next != '{' && next != '%')
                {
                    i = open + 1;
                    continue;
                }

                var isOutput = next == '{';
                var contentStart = open + 2;
                if (contentStart < source.Length && source[contentStart] == '-')
                {
                    contentStart++;
                }

                var name = isOutput ? null : TagName(source, contentStart, out _);
                var quoted = name != "#"; // an inline comment is free text: an apostrophe in it opens no string
                var close = FindClose(source, contentStart, isOutput ? '}' : '%', quoted);
                if (close < 0)
                {
                    tags.Add(new LiquidTag(open, contentStart, source.Length, source.Length, name));
                    break;
                }

                var contentEnd = close > contentStart && source[close - 1] == '-' ? close - 1 : close;
                var end = close + 2;
                if (name == "comment" || name == "raw")
                {
                    end = SkipBlock(source, end, "end" + name);
                }

                tags.Add(new LiquidTag(open, contentStart, contentEnd, end, name));
                i = end;
            }

            return tags;
        }

        /// <summary>The tag's name (<c>if</c>, <c>endfor</c>, <c>#</c>) and where its arguments start.</summary>
        public static string TagName(string source, int contentStart, out int argumentsStart)
        {
            var i = SkipSpace(source, contentStart);
            if (i < source.Length && source[i] == '#')
            {
                argumentsStart = i + 1;
                return "#";
            }

            var start = i;
            while (i < source.Length && IsIdentifierPart(source[i]))
            {
                i++;
            }

            argumentsStart = i;
            return source.Substring(start, i - start);
        }

        /// <summary>The tokens of an expression between <paramref name="start"/> and <paramref name="end"/>.</summary>
        public static List<LiquidToken> Tokens(string source, int start, int end)
        {
            var tokens = new List<LiquidToken>();
            var i = start;
            while (i < end)
            {
                var c = source[i];
                if (IsSpace(c))
                {
                    i++;
                    continue;
                }

                var at = i;
                if (c == '"' || c == '\'')
                {
                    i = SkipString(source, i, end);
                    tokens.Add(new LiquidToken(LiquidTokenKind.String, at, i - at));
                }
                else if (IsDigit(c) || (c == '-' && i + 1 < end && IsDigit(source[i + 1]) && !PreviousIsValue(tokens)))
                {
                    i++;
                    while (i < end && (IsDigit(source[i]) || (source[i] == '.' && i + 1 < end && IsDigit(source[i + 1]))))
                    {
                        i++;
                    }

                    // "1st" is an identifier to the engine; the validator refuses it as an unknown name.
                    var kind = i < end && IsIdentifierStart(source[i]) ? LiquidTokenKind.Identifier : LiquidTokenKind.Number;
                    while (kind == LiquidTokenKind.Identifier && i < end && IsIdentifierPart(source[i]))
                    {
                        i++;
                    }

                    tokens.Add(new LiquidToken(kind, at, i - at));
                }
                else if (IsIdentifierStart(c))
                {
                    while (i < end && IsIdentifierPart(source[i]))
                    {
                        i++;
                    }

                    if (i < end && source[i] == '?')
                    {
                        i++;
                    }

                    tokens.Add(new LiquidToken(LiquidTokenKind.Identifier, at, i - at));
                }
                else if (c == '.' && i + 1 < end && source[i + 1] == '.')
                {
                    i += 2;
                    tokens.Add(new LiquidToken(LiquidTokenKind.Range, at, 2));
                }
                else if ((c == '=' || c == '!' || c == '<' || c == '>') && i + 1 < end && (source[i + 1] == '=' || (c == '<' && source[i + 1] == '>')))
                {
                    i += 2;
                    tokens.Add(new LiquidToken(LiquidTokenKind.Operator, at, 2));
                }
                else
                {
                    i++;
                    tokens.Add(new LiquidToken(c switch
                    {
                        '.' => LiquidTokenKind.Dot,
                        '|' => LiquidTokenKind.Pipe,
                        ':' => LiquidTokenKind.Colon,
                        ',' => LiquidTokenKind.Comma,
                        '[' => LiquidTokenKind.OpenBracket,
                        ']' => LiquidTokenKind.CloseBracket,
                        '(' => LiquidTokenKind.OpenParen,
                        ')' => LiquidTokenKind.CloseParen,
                        '=' => LiquidTokenKind.Assign,
                        _ => LiquidTokenKind.Operator,
                    }, at, 1));
                }
            }

            return tokens;
        }

        public static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c) || c == '-';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        // The engine's own white-space set for tags.
        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
                                               || c == '\u0085' || c == '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\u3000'
                                               || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u1680';

        private static bool PreviousIsValue(List<LiquidToken> tokens) =>
            tokens.Count > 0 && tokens[tokens.Count - 1].Kind is LiquidTokenKind.Identifier or LiquidTokenKind.Number
                or LiquidTokenKind.String or LiquidTokenKind.CloseParen or LiquidTokenKind.CloseBracket;

        private static int SkipSpace(string source, int i)
        {
            while (i < source.Length && IsSpace(source[i]))
            {
                i++;
            }

            return i;
        }

        private static int SkipString(string source, int i, int end)
        {
            var quote = source[i++];
            while (i < end && source[i] != quote)
            {
                i += source[i] == '\\' ? 2 : 1;
            }

            return i < end ? i + 1 : end;
        }

        private static int FindClose(string source, int i, char closer, bool quoted)
        {
            while (i < source.Length - 1)
            {
                var c = source[i];
                if (quoted && (c == '"' || c == '\''))
                {
                    i = SkipString(source, i, source.Length);
                    continue;
                }

                if (c == closer && source[i + 1] == '}')
                {
                    return i;
                }

                i++;
            }

            return -1;
        }

        /// <summary>The offset after <c>{% endNAME %}</c>, or the end of the text when there is none.</summary>
        private static int SkipBlock(string source, int i, string endName)
        {
            while (i < source.Length - 1)
            {
                var open = source.IndexOf("{%", i, System.StringComparison.Ordinal);
                if (open < 0)
                {
                    return source.Length;
                }

                var contentStart = open + 2 < source.Length && source[open + 2] == '-' ? open + 3 : open + 2;
                if (TagName(source, contentStart, out _) == endName)
                {
                    var close = FindClose(source, contentStart, '%', quoted: false);
                    return close < 0 ? source.Length : close + 2;
                }

                i = open + 2;
            }

            return source.Length;
        }
    }
}
