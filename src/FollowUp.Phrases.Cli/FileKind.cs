using System;
using System.IO;
using System.Runtime.InteropServices;

namespace FollowUp.Phrases.Cli
{
    /// <summary>
    /// What a path names, for <c>--out</c>: a regular file (or nothing yet) may be replaced atomically; a device or a
    /// FIFO (<c>/dev/stdout</c>, a named pipe) must be written through, never replaced. .NET reports both as "Normal"
    /// files, so on Unix the file type comes from stat(2) through the runtime's own native shim.
    /// </summary>
    internal static class FileKind
    {
        private const int TypeMask = 0xF000;
        private const int Regular = 0x8000;

        /// <summary>Whether <paramref name="path"/> (links followed) exists and is not a regular file.</summary>
        public static bool IsSpecial(string path)
        {
            if (!File.Exists(path))
            {
                return false;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return false;
            }

            try
            {
                var mode = Mode(path);
                return mode >= 0 && (mode & TypeMask) != Regular;
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                return false;
            }
        }

        // SystemNative_Stat fills the runtime's FileStatus: int Flags, then int Mode (st_mode). The buffer is larger
        // than the struct on every runtime version.
        private static unsafe int Mode(string path)
        {
            var buffer = stackalloc byte[512];
            return Stat(path, buffer) == 0 ? *(int*)(buffer + 4) : -1;
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
        private static extern unsafe int Stat(string path, byte* output);
    }
}
