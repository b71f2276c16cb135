using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Cli
{
    /// <summary>A command's arguments: positionals and <c>--name value</c> options, checked against what the command accepts.</summary>
    internal sealed class CommandLine
    {
        private readonly Dictionary<string, List<string>> _options = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        public List<string> Positionals { get; } = new List<string>();

        public bool Help { get; private set; }

        /// <param name="args">Arguments after the command name.</param>
        /// <param name="valued">Options that take a value.</param>
        /// <param name="flags">Options that take none.</param>
        /// <exception cref="UsageException">An option is unknown or lacks its value.</exception>
        public static CommandLine Parse(IReadOnlyList<string> args, string command, string[] valued, string[] flags)
        {
            var line = new CommandLine();
            for (var i = 0; i < args.Count; i++)
            {
                var a = args[i];
                if (a == "--help" || a == "-h")
                {
                    line.Help = true;
                    continue;
                }

                if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
                {
                    var name = a;
                    string? value = null;
                    var eq = a.IndexOf('=');
                    if (eq > 0)
                    {
                        name = a.Substring(0, eq);
                        value = a.Substring(eq + 1);
                    }

                    if (Array.IndexOf(flags, name) >= 0)
                    {
                        line.Add(name, "true");
                        continue;
                    }

                    if (Array.IndexOf(valued, name) < 0)
                    {
                        var valid = valued.Concat(flags).Concat(new[] { "--help" }).OrderBy(x => x, StringComparer.Ordinal);
                        throw new UsageException($"Unknown option '{name}' for '{command}'. Valid options: {string.Join(", ", valid)}.");
                    }

                    if (value is null)
                    {
                        if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                        {
                            throw new UsageException($"Option '{name}' needs a value.");
                        }

                        value = args[++i];
                    }

                    line.Add(name, value);
                    continue;
                }

                line.Positionals.Add(a);
            }

            return line;
        }

        public string? Get(string name) => _options.TryGetValue(name, out var values) ? values[values.Count - 1] : null;

        public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var values) ? values : (IReadOnlyList<string>)Array.Empty<string>();

        public bool Has(string name) => _options.ContainsKey(name);

        /// <summary>The option's value as one of <paramref name="choices"/>, or <paramref name="fallback"/> when absent.</summary>
        public string Choice(string name, string fallback, params string[] choices)
        {
            var value = Get(name);
            if (value is null)
            {
                return fallback;
            }

            if (Array.IndexOf(choices, value) < 0)
            {
                throw new UsageException($"Invalid value '{value}' for {name}. Valid values: {string.Join(", ", choices)}.");
            }

            return value;
        }

        private void Add(string name, string value)
        {
            if (!_options.TryGetValue(name, out var values))
            {
                values = new List<string>();
                _options[name] = values;
            }

            values.Add(value);
        }
    }
}
