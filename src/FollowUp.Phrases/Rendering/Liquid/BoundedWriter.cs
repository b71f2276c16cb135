using System;
using System.IO;
using System.Text;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// Collects a template's output and counts every character written — literal text as well as values — so that
    /// <see cref="RenderLimits.OutputLimit"/> ends the render with an error instead of a silently shortened message.
    /// </summary>
    internal sealed class BoundedWriter : TextWriter
    {
        private readonly StringBuilder _text = new StringBuilder(512);
        private int _limit;

        public override Encoding Encoding => Encoding.UTF8;

        public void Reset(int limit)
        {
            _text.Clear();
            _limit = limit;
        }

        public override string ToString() => _text.ToString();

        public override void Write(char value)
        {
            Reserve(1);
            _text.Append(value);
        }

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            Reserve(value.Length);
            _text.Append(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Reserve(count);
            _text.Append(buffer, index, count);
        }

#if NET8_0_OR_GREATER
        public override void Write(ReadOnlySpan<char> buffer)
        {
            Reserve(buffer.Length);
            _text.Append(buffer);
        }
#endif

        private void Reserve(int count)
        {
            if (_text.Length + count > _limit)
            {
                throw TemplateLimitException.Output(_limit);
            }
        }
    }
}
