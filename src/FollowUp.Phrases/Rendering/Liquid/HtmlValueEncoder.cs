using System;
using System.IO;
using System.Net;
using System.Text.Encodings.Web;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Encodes every value written into an HTML body exactly as <see cref="WebUtility.HtmlEncode(string)"/> does (the five
    /// markup characters, Latin-1 letters and characters beyond the BMP as numeric entities), so a buyer name such as
    /// <c>&lt;img onerror=…&gt;</c> arrives as text. Literal template text is the author's HTML and is not encoded.
    /// </summary>
    internal sealed class HtmlValueEncoder : TextEncoder
    {
        public static readonly HtmlValueEncoder Instance = new HtmlValueEncoder();

        public override int MaxOutputCharactersPerInputCharacter => 10; // "&#1114111;"

        public override string Encode(string value) => WebUtility.HtmlEncode(value);

        public override void Encode(TextWriter output, string value, int startIndex, int characterCount) =>
            WebUtility.HtmlEncode(startIndex == 0 && characterCount == value.Length ? value : value.Substring(startIndex, characterCount), output);

        public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount) =>
            WebUtility.HtmlEncode(new string(value, startIndex, characterCount), output);

        public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        {
            for (var i = 0; i < textLength; i++)
            {
                if (NeedsEncoding(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        {
            var encoded = unicodeScalar > 0xFFFF ? "&#" + unicodeScalar.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" : WebUtility.HtmlEncode(((char)unicodeScalar).ToString());
            if (encoded.Length > bufferLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            for (var i = 0; i < encoded.Length; i++)
            {
                buffer[i] = encoded[i];
            }

            numberOfCharactersWritten = encoded.Length;
            return true;
        }

        public override bool WillEncode(int unicodeScalar) => unicodeScalar > 0xFFFF || NeedsEncoding((char)unicodeScalar);

        private static bool NeedsEncoding(char c) =>
            c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || (c >= '\u00A0' && c <= '\u00FF') || char.IsSurrogate(c);
    }
}
