using System;
using System.IO;
using System.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>: lets a JSON writer stream to stdout or --out.</summary>
    internal sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _output;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public TextWriterStream(TextWriter output)
        {
            _output = output;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var needed = _decoder.GetCharCount(buffer, offset, count);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var written = _decoder.GetChars(buffer, offset, count, _chars, 0);
            _output.Write(_chars, 0, written);
        }

        public override void Flush() => _output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
