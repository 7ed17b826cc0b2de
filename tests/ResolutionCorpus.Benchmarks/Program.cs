using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using ResolutionCorpus.Benchmarks;

// The commands run-benchmarks.sh uses besides BenchmarkDotNet:
//   export <corpus> <folder>           writes a corpus ("5000" synthetic, or "real") as YAML files, for the build benchmark
//   stages <corpus> <rounds>           times the generator's stages apart (stopwatch), to see where a cold run goes
//   apps <folder> <repository root>    writes the two run-time console apps (StartupApps)
//   start <name> <app.dll> <runs>      starts an app many times and prints the medians
//   steps <corpus app.dll> <runs>      the same for the corpus app's first read taken step by step
//   hover <assembly> <warm assembly>   an editor's first hover on a paragraph class of a corpus assembly (EditorHover)
//   citations <root> <compiled>       references of the record and the [Cites] analyzer's cost (CitationCost)
//   anatomy <assembly>...              where compiled corpus assemblies' bytes go (AssemblyAnatomy)
//   report <results> <repository root> writes BENCHMARKS.md and the plot from the results
switch (args.Length > 0 ? args[0] : string.Empty)
{
    case "export" when args.Length == 3:
        Directory.CreateDirectory(args[2]);
        foreach (var (path, yaml) in Corpora.Files(args[1]))
        {
            File.WriteAllText(Path.Combine(args[2], Path.GetFileName(path)), yaml);
        }

        return;
    case "stages" when args.Length == 3:
        Stages.Run(Corpora.Files(args[1]), int.Parse(args[2], CultureInfo.InvariantCulture));
        return;
    case "apps" when args.Length == 3:
        StartupApps.Write(args[1], args[2], StartupApps.Resolutions);
        return;
    case "start" when args.Length == 4:
        StartupApps.Time(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
        return;
    case "steps" when args.Length == 3:
        StartupApps.Steps(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return;
    case "hover" when args.Length == 3:
        EditorHover.Time(args[1], args[2]);
        return;
    case "citations" when args.Length == 3:
        CitationCost.Run(args[1], args[2]);
        return;
    case "anatomy" when args.Length > 1:
        AssemblyAnatomy.Print(args[1..]);
        return;
    case "report" when args.Length == 3:
        Report.Write(args[1], args[2]);
        return;
    default:
        // dotnet run -c Release --project tests/ResolutionCorpus.Benchmarks -- --filter '*'
        BenchmarkSwitcher.FromAssembly(typeof(GeneratorColdBenchmarks).Assembly).Run(args);
        return;
}
