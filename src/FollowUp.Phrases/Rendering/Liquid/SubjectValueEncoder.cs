using System;
using System.IO;
using System.Text.Encodings.Web;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Writes values into a subject line unchanged, but refuses any that would break the line (CR, LF, NEL, U+2028/9)
    /// or carry a NUL: in a mail header a line break starts a new header, which is how header injection works.
    /// </summary>
    internal sealed class SubjectValueEncoder : TextEncoder
    {
        public static readonly SubjectValueEncoder Instance = new SubjectValueEncoder();

        public override int MaxOutputCharactersPerInputCharacter => 1;

        public override string Encode(string value)
        {
            Refuse(value, 0, value.Length);
            return value;
        }

        public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
        {
            Refuse(value, startIndex, characterCount);
            output.Write(startIndex == 0 && characterCount == value.Length ? value : value.Substring(startIndex, characterCount));
        }

        public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount)
        {
            var text = new string(value, startIndex, characterCount);
            Refuse(text, 0, text.Length);
            output.Write(text);
        }

        public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        {
            for (var i = 0; i < textLength; i++)
            {
                if (IsLineBreak(text[i]))
                {
                    throw LineBreak();
                }
            }

            return -1;
        }

        public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        {
            if (unicodeScalar <= 0xFFFF && IsLineBreak((char)unicodeScalar))
            {
                throw LineBreak();
            }

            numberOfCharactersWritten = 0;
            return false;
        }

        public override bool WillEncode(int unicodeScalar) => false;

        /// <summary>Characters that end a line somewhere (mail, terminals, Unicode-aware editors) or end a C string.</summary>
        public static bool IsLineBreak(char c) => c == '\r' || c == '\n' || c == '\0' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        private static void Refuse(string value, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                if (IsLineBreak(value[i]))
                {
                    throw LineBreak();
                }
            }
        }

        private static Exception LineBreak() =>
            new TemplateLimitException("a value contains a line break, which a subject line cannot hold (it could inject a mail header)");
    }
}
