using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

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

        // TextWriter's own asynchronous methods queue each write to the thread pool; the engine calls them, and a
        // write to memory has nothing to wait for.
        public override Task WriteAsync(char value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            return Task.CompletedTask;
        }

#if NET8_0_OR_GREATER
        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return Task.CompletedTask;
        }
#endif

        public override Task FlushAsync() => Task.CompletedTask;

        private void Reserve(int count)
        {
            if (_text.Length + count > _limit)
            {
                throw TemplateLimitException.Output(_limit);
            }
        }
    }
}
