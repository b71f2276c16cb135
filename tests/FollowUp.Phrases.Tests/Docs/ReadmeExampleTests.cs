using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FollowUp.Phrases.Tests.Docs
{
    /// <summary>
    /// The README's C# examples compile against the library as it is, so they cannot drift from the API. Each block is
    /// compiled as a C# script after a preamble that declares the values the examples take as given (an instant, a
    /// clock, a text…); the ASP.NET Core block, which needs a web host, is compiled by the CRM sample instead.
    /// </summary>
    public sealed class ReadmeExampleTests
    {
        private const string Preamble = @"
using System; using System.IO; using System.Linq; using System.Collections.Generic;
using NodaTime;
using FollowUp.Phrases; using FollowUp.Phrases.Checking; using FollowUp.Phrases.Checking.Languages;
using FollowUp.Phrases.Lifecycle; using FollowUp.Phrases.Phrasebooks; using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing; using FollowUp.Phrases.Serialization;
var text = ""We will ship by 4 Dec 2026."";
var instant = Instant.FromUtc(2026, 11, 23, 6, 0);
IClock clock = SystemClock.Instance;
var dispatchedAt = instant;
var requestedAt = instant;
var start = new LocalDate(2026, 11, 24);
";

        public static TheoryData<int, string> Blocks()
        {
            var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
            var data = new TheoryData<int, string>();
            foreach (Match m in Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline))
            {
                var line = readme.Substring(0, m.Index).Count(c => c == '\n') + 1;
                if (!m.Groups[1].Value.Contains("builder.Services", StringComparison.Ordinal))
                {
                    data.Add(line, m.Groups[1].Value);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Blocks))]
        public void The_readme_example_compiles(int line, string code)
        {
            // A block that brings its own usings keeps them first, as C# requires.
            var usings = string.Join("\n", code.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
            var body = string.Join("\n", code.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
            var source = usings + "\n" + Preamble + "\n#line " + line + " \"README.md\"\n" + body;
            var compilation = CSharpCompilation.CreateScriptCompilation(
                "readme",
                CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script)),
                References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();

            errors.Should().BeEmpty($"the README's example at line {line} must compile");
        }

        private static MetadataReference[] References()
        {
            var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            var ours = new[] { typeof(FollowUp.Phrases.Rendering.PhraseEngine).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location };
            return platform.Concat(ours).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        }
    }
}
