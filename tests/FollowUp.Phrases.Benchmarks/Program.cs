using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(FollowUp.Phrases.Benchmarks.CheckingBenchmarks).Assembly).Run(args);
