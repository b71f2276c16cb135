using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// Output written to a temporary file beside the target and moved over it only when the command finishes, so an
    /// interrupted or failed run never leaves half a file (and never clobbers the previous good one). A symbolic link
    /// is followed (the file it points to is replaced, the link stays); a device or FIFO is written through. The
    /// temporary file is removed on failure and on SIGINT, SIGTERM and SIGHUP.
    /// </summary>
    internal sealed class AtomicFile : IDisposable
    {
        private static readonly ConcurrentDictionary<string, byte> Pending = new ConcurrentDictionary<string, byte>();
        private static readonly object SignalsLock = new object();
        private static PosixSignalRegistration[]? _signals;

        private readonly string _target;
        private readonly string? _temp;
        private bool _committed;

        public AtomicFile(string target)
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                throw new UsageException("Option '--out' needs a file name.");
            }

            string full;
            try
            {
                full = Path.GetFullPath(target);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                throw new UsageException($"--out '{target}' is not a usable path: {e.Message}");
            }

            // Follow a symbolic link to the file it names, so the link itself is never replaced by a regular file.
            if (new FileInfo(full).LinkTarget != null)
            {
                full = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
            }

            _target = full;
            if (Directory.Exists(_target))
            {
                throw new UsageException($"--out '{target}' is a folder; name a file.");
            }

            if (FileKind.IsSpecial(_target))
            {
                // A device or FIFO cannot be replaced atomically, and must not be replaced at all: write through.
                Writer = new StreamWriter(new FileStream(_target, FileMode.Open, FileAccess.Write), new UTF8Encoding(false));
                return;
            }

            var directory = Path.GetDirectoryName(_target) ?? ".";
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"--out '{target}': the folder '{directory}' does not exist.");
            }

            _temp = Path.Combine(directory, "." + Path.GetFileName(_target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            RemoveOnSignal();
            Pending[_temp] = 0;
            Writer = new StreamWriter(_temp, append: false, new UTF8Encoding(false));
        }

        public TextWriter Writer { get; }

        public void Commit()
        {
            Writer.Flush();
            Writer.Dispose();
            if (_temp != null)
            {
                File.Move(_temp, _target, overwrite: true);
                Pending.TryRemove(_temp, out _);
            }

            _committed = true;
        }

        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            Writer.Dispose();
            if (_temp != null)
            {
                Delete(_temp);
            }
        }

        private static void Delete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            Pending.TryRemove(path, out _);
        }

        // An interrupted run must not leave hidden temporary files behind (they can be large). The handlers remove them
        // and let the signal end the process as usual.
        private static void RemoveOnSignal()
        {
            lock (SignalsLock)
            {
                if (_signals != null)
                {
                    return;
                }

                Action<PosixSignalContext> cleanup = _ =>
                {
                    foreach (var path in Pending.Keys)
                    {
                        Delete(path);
                    }
                };
                _signals = new[]
                {
                    PosixSignalRegistration.Create(PosixSignal.SIGINT, cleanup),
                    PosixSignalRegistration.Create(PosixSignal.SIGTERM, cleanup),
                    PosixSignalRegistration.Create(PosixSignal.SIGHUP, cleanup),
                };
            }
        }
    }
}
