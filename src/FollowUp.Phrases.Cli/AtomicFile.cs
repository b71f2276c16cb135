using System;
using System.IO;
using System.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// Output written to a temporary file beside the target and moved over it only when the command finishes, so an
    /// interrupted or failed run never leaves half a file (and never clobbers the previous good one).
    /// </summary>
    internal sealed class AtomicFile : IDisposable
    {
        private readonly string _target;
        private readonly string _temp;
        private bool _committed;

        public AtomicFile(string target)
        {
            _target = Path.GetFullPath(target);
            var directory = Path.GetDirectoryName(_target) ?? ".";
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"--out '{target}': the folder '{directory}' does not exist.");
            }

            _temp = Path.Combine(directory, "." + Path.GetFileName(_target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            Writer = new StreamWriter(_temp, append: false, new UTF8Encoding(false));
        }

        public TextWriter Writer { get; }

        public void Commit()
        {
            Writer.Flush();
            Writer.Dispose();
            File.Move(_temp, _target, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            Writer.Dispose();
            if (File.Exists(_temp))
            {
                File.Delete(_temp);
            }
        }
    }
}
