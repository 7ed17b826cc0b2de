using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using ResolutionCorpus.Benchmarks;

// export <count> <folder>: writes a synthetic corpus as YAML files, for the build benchmark in run-benchmarks.sh.
if (args.Length == 3 && args[0] == "export")
{
    Directory.CreateDirectory(args[2]);
    foreach (var (path, yaml) in SyntheticCorpus.Files(int.Parse(args[1], CultureInfo.InvariantCulture)))
    {
        File.WriteAllText(Path.Combine(args[2], Path.GetFileName(path)), yaml);
    }

    Console.WriteLine($"Wrote {args[1]} files to {args[2]}.");
    return;
}

// Otherwise BenchmarkDotNet: dotnet run -c Release --project tests/ResolutionCorpus.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(GeneratorColdBenchmarks).Assembly).Run(args);
