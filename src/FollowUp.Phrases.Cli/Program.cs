using System;
using System.Text;

namespace FollowUp.Phrases.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            Console.InputEncoding = new UTF8Encoding(false);
            return FollowUpCli.Run(args, Console.In, Console.Out, Console.Error, NodaTime.SystemClock.Instance);
        }
    }
}
