using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ResolutionCorpus.Benchmarks;

/// <summary>Writes <c>BENCHMARKS.md</c> and the plot of generator time from the raw results of <c>run-benchmarks.sh</c>.</summary>
internal static class Report
{
    private const string Plot = "docs/benchmarks/generator-time.svg";

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static void Write(string results, string root)
    {
        Dictionary<string, string> machine = Tsv(Path.Combine(results, "machine.tsv")).ToDictionary(r => r[0], r => r.Length > 1 ? r[1] : string.Empty);
        List<Measure> bdn = ReadBenchmarkDotNet(Path.Combine(results, "bdn", "results"));
        string? proof = File.Exists(Path.Combine(results, "bdn.log"))
            ? File.ReadLines(Path.Combine(results, "bdn.log")).FirstOrDefault(l => l.StartsWith("// Incremental proof:", StringComparison.Ordinal))?["// Incremental proof: ".Length..].TrimEnd('.')
            : null;
        Dictionary<string, double> stages = ReadStages(Path.Combine(results, "stages.tsv"), out Dictionary<string, double> stageBytes);
        Dictionary<string, string[]> start = Tsv(Path.Combine(results, "start.tsv")).ToDictionary(r => r[0]);
        Dictionary<string, string[]> appSizes = Tsv(Path.Combine(results, "apps-size.tsv")).ToDictionary(r => r[0]);
        List<string[]> build = Tsv(Path.Combine(results, "build.tsv"));
        bool real = bdn.Any(m => m.Parameter == Corpora.Real);
        bool quick = machine.GetValueOrDefault("quick") == "1";

        var md = new StringBuilder();
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine("What the generator costs in a build and in an editor, and what the typed corpus costs an app, each beside what");
        md.AppendLine("a user would do instead: parse the YAML. Written by `tests/ResolutionCorpus.Benchmarks/run-benchmarks.sh` from one");
        md.AppendLine(Inv($"run on {machine.GetValueOrDefault("date", "?")}; rerun it to refresh every number here (see [How to rerun](#how-to-rerun))."));
        if (quick)
        {
            md.AppendLine();
            md.AppendLine("**This run used `RESOLUTIONCORPUS_BENCHMARK_QUICK=1` (one iteration, no warm-up): its numbers only show that the");
            md.AppendLine("benchmarks run.**");
        }

        md.AppendLine();
        md.AppendLine("## Machine and method");
        md.AppendLine();
        md.AppendLine(Inv($"- {machine.GetValueOrDefault("cores", "?")} cores ({machine.GetValueOrDefault("cpu", "?")}, virtualised, shared with other work), {machine.GetValueOrDefault("memory", "?")},"));
        md.AppendLine(Inv($"  {machine.GetValueOrDefault("os", "?")}, .NET SDK {machine.GetValueOrDefault("sdk", "?")}, runtime {machine.GetValueOrDefault("runtime", "?")}, x64, Release builds."));
        md.AppendLine("- Synthetic corpora are seeded (`SyntheticCorpus.cs`): per resolution 6 to 14 preambular and 10 to 30 operative");
        md.AppendLine("  paragraphs of 40 to 100 words (300 to 700 characters), a list of sub-paragraphs under one operative paragraph in");
        md.AppendLine("  eight, a reference to an earlier resolution in one paragraph in three to six, footnotes on a fifth of the");
        md.AppendLine("  paragraphs: the shape of a General Assembly resolution, about 22 KB of YAML each.");
        md.AppendLine("- In-process numbers are BenchmarkDotNet 0.15.8 (`Monitoring` strategy: each operation is long, so one process, one");
        md.AppendLine("  warm-up, 5 to 15 measured iterations; mean ± standard deviation; allocations from its memory diagnoser). The");
        md.AppendLine("  generator runs in a `CSharpGeneratorDriver` over in-memory `AdditionalText`s, as the compiler runs it.");
        md.AppendLine("- Fresh-process numbers come from starting small console apps many times (`StartupApps.cs`); build numbers from");
        md.AppendLine("  `/usr/bin/time -v dotnet build` of a generated corpus project in `/tmp`.");
        if (real)
        {
            md.AppendLine(Inv($"- The real corpus is the {RealCount:N0} General Assembly resolutions of `../shared/unxml/ga` that import and build, as"));
            md.AppendLine("  YAML files: `run-benchmarks.sh` imports them with `resolution-corpus import` (or reads the folder named by");
            md.AppendLine("  `RESOLUTIONCORPUS_REAL_YAML`) and leaves out the files the generator rejects.");
        }
        else
        {
            md.AppendLine("- **The real General Assembly resolutions are not in this run**: `run-benchmarks.sh` imports them when");
            md.AppendLine("  `../shared/unxml` lies beside the repository, or reads the YAML folder named by `RESOLUTIONCORPUS_REAL_YAML`.");
        }

        // --- Targets.
        List<(string Corpus, Measure Parse, Measure Generate)> cold = [.. bdn.Where(m => m.Type == "GeneratorColdBenchmarks" && m.Method == "ParseOnly")
            .Select(p => (p.Parameter, p, bdn.Single(g => g.Type == p.Type && g.Method == "Generate" && g.Parameter == p.Parameter)))
            .OrderBy(c => c.Parameter == Corpora.Real ? int.MaxValue : int.Parse(c.Parameter, s_invariant))];
        Measure? coldRun = bdn.SingleOrDefault(m => m.Type == "GeneratorIncrementalBenchmarks" && m.Method == "Cold");
        Measure? edit = bdn.SingleOrDefault(m => m.Type == "GeneratorIncrementalBenchmarks" && m.Method == "OneEdit");
        string[]? corpusApp = start.GetValueOrDefault("corpus");
        string[]? baselineApp = start.GetValueOrDefault("baseline");
        string[]? sqliteApp = start.GetValueOrDefault("sqlite");
        string[]? build5000 = build.FirstOrDefault(r => r[0] == "5000");

        md.AppendLine();
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("| target | measured | verdict |");
        md.AppendLine("|---|---|---|");
        if (cold.Count > 0)
        {
            double[] ratios = [.. cold.Select(c => c.Generate.Mean / c.Parse.Mean)];
            md.AppendLine(Inv($"| full generator run at most 1.5 × the YAML-parse-only baseline | {string.Join(", ", cold.Select((c, i) => $"{Ratio(ratios[i])} ({Name(c.Corpus)})"))} | {(ratios.All(r => r <= 1.5) ? "met" : "**missed**")} |"));
        }

        if (coldRun is not null && edit is not null)
        {
            double share = edit.Mean / coldRun.Mean;
            md.AppendLine(Inv($"| a one-file edit at most 2% of the cold run, all other outputs cached | {Percent(share)} of the cold run; proof: {proof ?? "not found in the log"} | {(share <= 0.02 && proof is not null ? "met" : "**missed**")} |"));
        }

        if (corpusApp is not null && baselineApp is not null)
        {
            double speedup = D(baselineApp[3]) / D(corpusApp[3]);
            long allocated = long.Parse(corpusApp[4], s_invariant);
            long paragraph = StringBytes(int.Parse(corpusApp[5], s_invariant));
            md.AppendLine(Inv($"| first paragraph read at least 100 × faster than parsing at start-up | {speedup:0} × faster ({Ms(D(corpusApp[3]))} against {Ms(D(baselineApp[3]))}, fresh processes) | {(speedup >= 100 ? "met" : "**missed**")} |"));
            md.AppendLine(Inv($"| …allocating only that paragraph's strings | {Bytes(allocated)} allocated; the paragraph's text is a {Bytes(paragraph)} string | {(allocated <= paragraph * 2 ? "met" : "**missed**")} |"));
            md.AppendLine(Inv($"| first read of one paragraph at most 2 ms after `Main` | {Ms(D(corpusApp[3]))} (median of fresh processes) | {(D(corpusApp[3]) <= 2 ? "met" : "**missed**")} |"));
        }

        if (corpusApp is not null && sqliteApp is not null)
        {
            double speedup = D(sqliteApp[3]) / D(corpusApp[3]);
            md.AppendLine(Inv($"| first read at least 20 × faster than SQLite (Microsoft.Data.Sqlite) holding the same corpus | {speedup:0.#} × faster ({Ms(D(corpusApp[3]))} against {Ms(D(sqliteApp[3]))}, fresh processes) | {(speedup >= 20 ? "met" : "**missed**")} |"));
        }

        if (build5000 is not null)
        {
            md.AppendLine(Inv($"| 5,000 synthetic resolutions build into one assembly | {(build5000[6] == "memory" ? "not run: not enough free memory on the machine at the time" : build5000[6] == "0" ? $"built: {Bytes(long.Parse(build5000[5], s_invariant))} in {D(build5000[3]):0} s, peak {Bytes(long.Parse(build5000[4], s_invariant) * 1024)}" : "the build failed")} | {(build5000[6] == "memory" ? "not measured" : build5000[6] == "0" ? "met" : "**missed**")} |"));
        }

        // --- Generator, cold.
        md.AppendLine();
        md.AppendLine("## Generator, cold: the full pipeline beside parsing the same YAML");
        md.AppendLine();
        md.AppendLine("\"Generator\" is a fresh driver running the generator over every file: read, parse into a located tree, check the");
        md.AppendLine("schema, find references, plan the corpus, emit every resolution's class and the `Corpus` index. The driver hands the");
        md.AppendLine("generated sources to the compilation as lazily parsed trees, so the compiler's parsing of them is not in this");
        md.AppendLine("number (it is in the build numbers below). \"YAML parse only\" loads each file with YamlDotNet's `YamlStream` and");
        md.AppendLine("does nothing else: the least any reader of these files must do.");
        md.AppendLine();
        md.AppendLine("| corpus | YAML | YAML parse only | generator | ratio | allocated: parse only | allocated: generator |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (corpus, parse, generate) in cold)
        {
            md.AppendLine(Inv($"| {Name(corpus)} | {Bytes(YamlBytes(corpus))} | {Ms(parse)} | {Ms(generate)} | {Ratio(generate.Mean / parse.Mean)} | {Bytes(parse.Allocated)} | {Bytes(generate.Allocated)} |"));
        }

        if (!real)
        {
            md.AppendLine("| real | not in this run | | | | | |");
        }

        md.AppendLine();
        md.AppendLine($"![Generator time against corpus size]({Plot})");
        WriteSvg(Path.Combine(root, Plot), cold);

        if (stages.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Where the time goes (1,000 synthetic resolutions, each stage alone in one process, stopwatch, median of three");
            md.AppendLine("rounds after a warm-up; `Stages.cs`):");
            md.AppendLine();
            md.AppendLine("| stage | time | allocated |");
            md.AppendLine("|---|---|---|");
            foreach (var (stage, ms) in stages.Where(s => !s.Key.StartsWith("emitted", StringComparison.Ordinal)))
            {
                md.AppendLine(Inv($"| {stage} | {Ms(ms)} | {Bytes((long)stageBytes[stage])} |"));
            }

            double yaml = YamlBytes("1000");
            md.AppendLine();
            md.AppendLine(Inv($"The generated C# is {stages.GetValueOrDefault("emitted characters of C#") / yaml:0.0} times the YAML in characters ({Bytes((long)stages.GetValueOrDefault("emitted characters of C#"))} of text for {Bytes((long)yaml)}"));
            md.AppendLine("of YAML): each paragraph is a class with its number, phrase, id and citation as constants, every member with a doc");
            md.AppendLine("comment, and the paragraph's text once in the class's summary (for hover) and once in the UTF-8 block.");
        }

        md.AppendLine();
        md.AppendLine("**What limits the ratio.** The baseline is YamlDotNet's parser, and the generator is built on that same parser:");
        md.AppendLine("reading the events into a tree with a location on every node costs about what the whole baseline costs. What");
        md.AppendLine("the generator does on top (checking every field against the schema, stripping footnote markers, finding");
        md.AppendLine("references with regular expressions, and writing C# several times the size of the YAML) cannot cost less than");
        md.AppendLine("half a YAML parse, which is what a ratio of 1.5 leaves it. The one fix found by profiling is in this run:");
        md.AppendLine("the two regular expressions that scan every paragraph for references are compiled (`RegexOptions.Compiled`),");
        md.AppendLine("which took reference finding from about 450 ms to about 100 ms per 1,000 resolutions, for about 60 ms once per");
        md.AppendLine("compiler process. Time grows linearly with the corpus; the 10- and 100-resolution runs last tens of milliseconds,");
        md.AppendLine("where the noise of this shared machine decides their ratio.");

        // --- Incremental.
        md.AppendLine();
        md.AppendLine("## Generator, incremental: one file edited in a 1,000-file corpus");
        md.AppendLine();
        md.AppendLine("A driver that has run over 1,000 files, then one file's text replaced (its title edited) and the generator run");
        md.AppendLine("again, as an editor does on a keystroke. Timed without step tracking, as in a build or an editor; the proof runs");
        md.AppendLine("on a second driver with tracking on, before the measurements, and stops the benchmark if it fails.");
        md.AppendLine();
        md.AppendLine("| run | time | allocated |");
        md.AppendLine("|---|---|---|");
        if (coldRun is not null && edit is not null)
        {
            md.AppendLine(Inv($"| cold, 1,000 files | {Ms(coldRun)} | {Bytes(coldRun.Allocated)} |"));
            md.AppendLine(Inv($"| one file edited | {Ms(edit)} | {Bytes(edit.Allocated)} |"));
            md.AppendLine();
            md.AppendLine(Inv($"The edit takes {Percent(edit.Mean / coldRun.Mean)} of the cold run and allocates {Percent((double)edit.Allocated / coldRun.Allocated)} of it."));
        }

        md.AppendLine(Inv($"Proof (`// Incremental proof` in the BenchmarkDotNet log): {proof ?? "not found"}. `IncrementalTests` checks the same on every test run."));
        md.AppendLine("With step tracking on (`trackIncrementalGeneratorSteps`, as tests use it), the same edit takes 10 to 20 times");
        md.AppendLine("longer: the driver records every step's inputs and outputs for all 1,000 files.");

        // --- Run time.
        md.AppendLine();
        md.AppendLine("## Run time: first paragraph read, `Corpus.Find`, `Corpus.Resolve`");
        md.AppendLine();
        md.AppendLine(Inv($"Three console apps over the same {StartupApps.Resolutions:N0} synthetic resolutions, each started {(corpusApp is null ? "?" : corpusApp[1])} times (after two unmeasured starts);"));
        md.AppendLine("medians. The corpus app reads `A_RES_70_250.Operative.P3.Text`; the baseline app embeds the 1,000 YAML files as");
        md.AppendLine("resources and, at start-up, parses them all with YamlDotNet into a table of paragraph texts, then reads the same");
        md.AppendLine("paragraph; the SQLite app opens a database file beside it holding every paragraph and point of the same");
        md.AppendLine("resolutions by citation (Microsoft.Data.Sqlite, read-only, no pooling) and selects that paragraph's text.");
        md.AppendLine("\"First read\" is measured inside the process, from entering `Main` to holding the text: for the corpus app it");
        md.AppendLine("includes loading the corpus classes and compiling the reading method; for the SQLite app, loading its assemblies");
        md.AppendLine("and the native library, opening the file and the query. It does not include the runtime's own start, which every");
        md.AppendLine("app pays alike and which the \"process\" column includes.");
        md.AppendLine("\"Allocated\" is `GC.GetTotalAllocatedBytes(true)` around the read.");
        md.AppendLine();
        md.AppendLine("| app | assembly (SQLite: database file) | process, start to exit | first read | allocated by the first read | `Corpus.Find` after | `Corpus.Resolve` after |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (name, row) in new[] { ("typed corpus", corpusApp), ("baseline: parse embedded YAML at start-up", baselineApp), ("SQLite: open the database, select by citation", sqliteApp) })
        {
            if (row is not null)
            {
                string size = appSizes.TryGetValue(row[0], out string[]? s) ? Bytes(long.Parse(s[1], s_invariant)) : "?";
                bool isCorpus = row[0] == "corpus";
                md.AppendLine(Inv($"| {name} | {size} | {Ms(D(row[2]))} | {Ms(D(row[3]))} | {Bytes(long.Parse(row[4], s_invariant))} | {(isCorpus ? Us(D(row[6])) : "")} | {(isCorpus ? Us(D(row[7])) : "")} |"));
            }
        }

        if (corpusApp is not null && baselineApp is not null)
        {
            md.AppendLine();
            md.AppendLine(Inv($"First read: {D(baselineApp[3]) / D(corpusApp[3]):0} times faster than parsing at start-up{(sqliteApp is null ? "" : $" and {D(sqliteApp[3]) / D(corpusApp[3]):0.#} times faster than SQLite")}; whole process: {D(baselineApp[2]) / D(corpusApp[2]):0.0} times faster than the baseline"));
            md.AppendLine("(both pay the runtime's start). The paragraph's text is " + Inv($"{corpusApp[5]} characters, a {Bytes(StringBytes(int.Parse(corpusApp[5], s_invariant)))} string;"));
            md.AppendLine(Inv($"the corpus app's read allocates that string and {Bytes(long.Parse(corpusApp[4], s_invariant) - StringBytes(int.Parse(corpusApp[5], s_invariant)))} more: `Text` decodes the paragraph's bytes"));
            md.AppendLine("from its resolution's UTF-8 block without building the resolution.");
        }

        List<string[]> steps = Tsv(Path.Combine(results, "steps.tsv"));
        if (steps.Count == StartupApps.StepNames.Length)
        {
            md.AppendLine();
            md.AppendLine("Where the corpus app's first read goes: the same app started in its `steps` mode, which forces one piece of");
            md.AppendLine("the read at a time, each in its own method (medians over the same number of starts):");
            md.AppendLine();
            md.AppendLine("| step | time |");
            md.AppendLine("|---|---|");
            for (int i = 0; i < steps.Count; i++)
            {
                md.AppendLine(Inv($"| {i + 1}. {StartupApps.StepNames[i]} | {Ms(D(steps[i][1]))} |"));
            }

            md.AppendLine();
            md.AppendLine("These steps build the resolution before reading, as `Paragraph`, `Corpus.Find` or `Corpus.Resolve` do; the first");
            md.AppendLine("read through a paragraph class's `Text` (the table above) builds nothing, so it is not their sum. Reading a");
            md.AppendLine("paragraph once the runtime is warm (step 5) costs microseconds; the rest is work done once per process.");
        }

        md.AppendLine();
        md.AppendLine("**What limits the first read.** Not the text, and not the resolution, which the read does not build. What is");
        md.AppendLine("left is one-time work of the runtime: loading the types on the path (the paragraph's class, its resolution's");
        md.AppendLine("class, the runtime library's `TextSource`), compiling the few methods on it, and loading");
        md.AppendLine("`<PrivateImplementationDetails>`, where the compiler keeps every data block as a field of a struct type made for");
        md.AppendLine("its size, and which the runtime loads whole, every field and every size's type. Before the blocks were padded to");
        md.AppendLine("shared sizes (`DataBlockSize` in the generator), that took 6 to 10 ms for a thousand resolutions. Since a");
        md.AppendLine("resolution's layout is written into its text block (layout version 2, ASCII digits) rather than a block of its own,");
        md.AppendLine("there is one field per resolution, not two, and about half as many sizes: the first read took about 0.7 ms less");
        md.AppendLine("(1.5 against 2.2 ms, the same 1,000 resolutions generated before and after the change, started in turn). The text");
        md.AppendLine("is decoded by a plain loop of the runtime's own (`Utf8Decoder`): the first call of `Encoding.UTF8` in a fresh");
        md.AppendLine("process, timed apart, took about 3 ms (its vectorised transcoder is compiled then), the loop's a few tenths of one.");
        md.AppendLine("Building a resolution (step 3) compiles the runtime's one layout reader on first use; the regular-expression");
        md.AppendLine("engine starts on the first `Corpus.Find` or `Corpus.Resolve`.");

        md.AppendLine();
        md.AppendLine("The same in one warm process (BenchmarkDotNet, `RunTimeBenchmarks`): the corpus assembly, compiled in memory,");
        md.AppendLine("written to a file and loaded from it into a fresh collectible load context each time; lookups in a corpus already");
        md.AppendLine("loaded.");
        md.AppendLine();
        md.AppendLine("| operation | mean | allocated |");
        md.AppendLine("|---|---|---|");
        foreach (Measure m in bdn.Where(m => m.Type == "RunTimeBenchmarks"))
        {
            md.AppendLine(Inv($"| {m.Title} | {Ms(m)} | {Bytes(m.Allocated)} |"));
        }

        // --- Build.
        md.AppendLine();
        md.AppendLine("## Build");
        md.AppendLine();
        md.AppendLine("`dotnet build -c Release` of a library (net8.0) holding only the resolution files, with the generator as an");
        md.AppendLine("analyzer and the runtime referenced; the referenced projects are built beforehand and not measured, no build");
        md.AppendLine("server, the compiler in its own process. Wall time of the build and peak resident memory of its largest process");
        md.AppendLine("(the compiler), from `/usr/bin/time -v`.");
        md.AppendLine();
        md.AppendLine("| corpus | files | YAML | build time | peak memory | assembly | assembly / YAML |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (string[] row in build)
        {
            long yaml = long.Parse(row[2], s_invariant);
            long dll = long.Parse(row[5], s_invariant);
            md.AppendLine(row[6] == "0"
                ? Inv($"| {Name(row[0])} | {int.Parse(row[1], s_invariant):N0} | {Bytes(yaml)} | {D(row[3]):0} s | {Bytes(long.Parse(row[4], s_invariant) * 1024)} | {Bytes(dll)} | {(double)dll / yaml:0.00} |")
                : row[6] == "memory"
                ? Inv($"| {Name(row[0])} | {int.Parse(row[1], s_invariant):N0} | {Bytes(yaml)} | not run: {row[4]} MB of memory available, about {row[3]} MB expected | | | |")
                : Inv($"| {Name(row[0])} | {int.Parse(row[1], s_invariant):N0} | {Bytes(yaml)} | failed after {D(row[3]):0} s (exit {row[6]}) | {Bytes(long.Parse(row[4], s_invariant) * 1024)} | | |"));
        }

        if (!real)
        {
            md.AppendLine("| real | not in this run | | | | | |");
        }

        md.AppendLine();
        md.AppendLine("The assembly holds each paragraph's text once, as UTF-8, plus a class with constants per paragraph: it is larger");
        md.AppendLine("than the YAML mostly through that metadata. The compiler's memory grows with the generated source (several times");
        md.AppendLine("the YAML, see above), which it holds as syntax trees while it compiles; that, not the generator, sets the peak.");

        // --- Rerun.
        md.AppendLine();
        md.AppendLine("## How to rerun");
        md.AppendLine();
        md.AppendLine("```");
        md.AppendLine("tests/ResolutionCorpus.Benchmarks/run-benchmarks.sh");
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("It builds the benchmarks, runs BenchmarkDotNet, the stage timings, the run-time apps and the builds, and rewrites");
        md.AppendLine("this file and the plot; on 2 cores it takes about half an hour and the 5,000-resolution build needs about 20 GB of");
        md.AppendLine("memory. Variables: `RESOLUTIONCORPUS_UNXML` (the AKN4UN files to import the real corpus from; default `../shared/unxml`");
        md.AppendLine("beside the repository), `RESOLUTIONCORPUS_REAL_YAML` (its YAML, already imported), `RESOLUTIONCORPUS_BUILD_CORPORA`");
        md.AppendLine("(default `1000 5000`), `RESOLUTIONCORPUS_START_RUNS` (default 20), `RESOLUTIONCORPUS_BENCHMARK_FILTER` (BenchmarkDotNet's");
        md.AppendLine("`--filter`), `RESOLUTIONCORPUS_BENCHMARK_QUICK=1` (one iteration each: a check that everything runs) and");
        md.AppendLine("`RESOLUTIONCORPUS_BENCHMARK_RESULTS` (where the raw results go; with `RESOLUTIONCORPUS_REPORT_ONLY=1` only this file");
        md.AppendLine("is rewritten from them). One benchmark class alone:");
        md.AppendLine();
        md.AppendLine("```");
        md.AppendLine("cd tests/ResolutionCorpus.Benchmarks && dotnet run -c Release -- --filter '*Incremental*'");
        md.AppendLine("```");

        // The sections other tools write (measure-record-build.sh's whole-record build, the citations command's) are kept
        // as they last wrote them.
        string path = Path.Combine(root, "BENCHMARKS.md");
        string previous = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        foreach (string name in new[] { "record-build", "citations" })
        {
            int sectionStart = previous.IndexOf("<!-- " + name, StringComparison.Ordinal);
            int sectionEnd = previous.IndexOf("<!-- /" + name + " -->", StringComparison.Ordinal);
            if (sectionStart >= 0 && sectionEnd > sectionStart)
            {
                md.AppendLine().AppendLine(previous[sectionStart..(sectionEnd + ("<!-- /" + name + " -->").Length)]);
            }
        }

        File.WriteAllText(path, md.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        Console.WriteLine($"Wrote {Path.Combine(root, "BENCHMARKS.md")} and {Path.Combine(root, Plot)}.");
    }

    private sealed record Measure(string Type, string Method, string Title, string Parameter, double Mean, double StdDev, long Allocated);

    private static List<Measure> ReadBenchmarkDotNet(string folder)
    {
        var measures = new List<Measure>();
        if (!Directory.Exists(folder))
        {
            return measures;
        }

        foreach (string file in Directory.EnumerateFiles(folder, "*-report-full-compressed.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement b in json.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (b.GetProperty("Statistics").ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                string parameters = b.GetProperty("Parameters").GetString() ?? string.Empty;
                measures.Add(new Measure(
                    b.GetProperty("Type").GetString()!,
                    b.GetProperty("Method").GetString()!,
                    b.GetProperty("MethodTitle").GetString()!.Trim('\''),
                    parameters.Contains('=', StringComparison.Ordinal) ? parameters[(parameters.IndexOf('=', StringComparison.Ordinal) + 1)..] : parameters,
                    b.GetProperty("Statistics").GetProperty("Mean").GetDouble() / 1e6,
                    b.GetProperty("Statistics").GetProperty("StandardDeviation").GetDouble() / 1e6,
                    b.GetProperty("Memory").GetProperty("BytesAllocatedPerOperation").GetInt64()));
            }
        }

        return measures;
    }

    private static Dictionary<string, double> ReadStages(string file, out Dictionary<string, double> bytes)
    {
        var times = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, List<double>>();
        foreach (string[] row in Tsv(file).Where(r => r.Length == 4 && r[0] != "0"))
        {
            times.TryAdd(row[1], []);
            allocated.TryAdd(row[1], []);
            times[row[1]].Add(D(row[2]));
            allocated[row[1]].Add(D(row[3]));
        }

        bytes = allocated.ToDictionary(a => a.Key, a => Median(a.Value));
        return times.ToDictionary(t => t.Key, t => Median(t.Value));
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }

    private static List<string[]> Tsv(string file) =>
        File.Exists(file) ? [.. File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))] : [];

    private static readonly Dictionary<string, long> s_yamlBytes = [];

    private static long YamlBytes(string corpus)
    {
        if (!s_yamlBytes.TryGetValue(corpus, out long bytes))
        {
            bytes = Corpora.Files(corpus).Sum(f => (long)Encoding.UTF8.GetByteCount(f.Yaml));
            s_yamlBytes[corpus] = bytes;
        }

        return bytes;
    }

    /// <summary>The size of a string object of <paramref name="length"/> characters on 64-bit .NET.</summary>
    private static long StringBytes(int length) => (22 + (2L * length) + 7) / 8 * 8;

    private static void WriteSvg(string path, List<(string Corpus, Measure Parse, Measure Generate)> cold)
    {
        const double Left = 80, Right = 620, Top = 40, Bottom = 340;
        var points = cold.Select(c => (Size: (double)(c.Corpus == Corpora.Real ? RealCount : int.Parse(c.Corpus, s_invariant)), c.Corpus, Parse: c.Parse.Mean, Generate: c.Generate.Mean)).ToList();
        double minX = 10, maxX = 10_000, minY = 1, maxY = 100_000;
        while (points.Count > 0 && points.Min(p => p.Parse) < minY * 1.1)
        {
            minY /= 10;
        }

        double X(double size) => Left + ((Math.Log10(size) - Math.Log10(minX)) / (Math.Log10(maxX) - Math.Log10(minX)) * (Right - Left));
        double Y(double ms) => Bottom - ((Math.Log10(ms) - Math.Log10(minY)) / (Math.Log10(maxY) - Math.Log10(minY)) * (Bottom - Top));

        var svg = new StringBuilder();
        svg.AppendLine("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"660\" height=\"400\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine("<rect width=\"660\" height=\"400\" fill=\"white\"/>");
        svg.AppendLine(Inv($"<text x=\"{(Left + Right) / 2:0}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">Generator time against corpus size (cold run, log–log)</text>"));
        for (double x = minX; x <= maxX; x *= 10)
        {
            svg.AppendLine(Inv($"<line x1=\"{X(x):0.0}\" y1=\"{Top}\" x2=\"{X(x):0.0}\" y2=\"{Bottom}\" stroke=\"#ddd\"/><text x=\"{X(x):0.0}\" y=\"{Bottom + 18}\" text-anchor=\"middle\">{x:N0}</text>"));
        }

        for (double y = minY; y <= maxY; y *= 10)
        {
            string label = y >= 1000 ? Inv($"{y / 1000:0.###} s") : Inv($"{y:0.###} ms");
            svg.AppendLine(Inv($"<line x1=\"{Left}\" y1=\"{Y(y):0.0}\" x2=\"{Right}\" y2=\"{Y(y):0.0}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{Y(y) + 4:0.0}\" text-anchor=\"end\">{label}</text>"));
        }

        svg.AppendLine(Inv($"<line x1=\"{Left}\" y1=\"{Bottom}\" x2=\"{Right}\" y2=\"{Bottom}\" stroke=\"black\"/><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Bottom}\" stroke=\"black\"/>"));
        svg.AppendLine(Inv($"<text x=\"{(Left + Right) / 2:0}\" y=\"{Bottom + 40}\" text-anchor=\"middle\">resolutions in the corpus</text>"));
        svg.AppendLine(Inv($"<text x=\"18\" y=\"{(Top + Bottom) / 2:0}\" text-anchor=\"middle\" transform=\"rotate(-90 18 {(Top + Bottom) / 2:0})\">mean time of one run</text>"));
        foreach (var (color, label, pick) in new (string, string, Func<(double Size, string Corpus, double Parse, double Generate), double>)[]
        {
            ("#c0392b", "generator, full pipeline", p => p.Generate),
            ("#2c7fb8", "YamlDotNet parse only (baseline)", p => p.Parse),
        })
        {
            var synthetic = points.Where(p => p.Corpus != Corpora.Real).ToList();
            svg.AppendLine(Inv($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(" ", synthetic.Select(p => Inv($"{X(p.Size):0.0},{Y(pick(p)):0.0}")))}\"/>"));
            foreach (var p in points)
            {
                svg.AppendLine(p.Corpus == Corpora.Real
                    ? Inv($"<rect x=\"{X(p.Size) - 4:0.0}\" y=\"{Y(pick(p)) - 4:0.0}\" width=\"8\" height=\"8\" fill=\"{color}\"><title>{Name(Corpora.Real)}: {Ms(pick(p))}</title></rect>")
                    : Inv($"<circle cx=\"{X(p.Size):0.0}\" cy=\"{Y(pick(p)):0.0}\" r=\"4\" fill=\"{color}\"><title>{p.Size:N0}: {Ms(pick(p))}</title></circle>"));
            }
        }

        svg.AppendLine(Inv($"<rect x=\"{Left + 12}\" y=\"{Top + 6}\" width=\"250\" height=\"{(points.Any(p => p.Corpus == Corpora.Real) ? 62 : 46)}\" fill=\"white\" stroke=\"#999\"/>"));
        svg.AppendLine(Inv($"<circle cx=\"{Left + 26}\" cy=\"{Top + 22}\" r=\"4\" fill=\"#c0392b\"/><text x=\"{Left + 38}\" y=\"{Top + 26}\">generator, full pipeline</text>"));
        svg.AppendLine(Inv($"<circle cx=\"{Left + 26}\" cy=\"{Top + 40}\" r=\"4\" fill=\"#2c7fb8\"/><text x=\"{Left + 38}\" y=\"{Top + 44}\">YamlDotNet parse only (baseline)</text>"));
        if (points.Any(p => p.Corpus == Corpora.Real))
        {
            svg.AppendLine(Inv($"<rect x=\"{Left + 22}\" y=\"{Top + 54}\" width=\"8\" height=\"8\" fill=\"#666\"/><text x=\"{Left + 38}\" y=\"{Top + 62}\">real resolutions</text>"));
        }

        svg.AppendLine("</svg>");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, svg.ToString());
    }

    private static string Name(string corpus) => corpus == Corpora.Real ? Inv($"{RealCount:N0} real") : Inv($"{int.Parse(corpus, s_invariant):N0} synthetic");

    private static int RealCount => Corpora.RealFolder is null ? 0 : Corpora.Files(Corpora.Real).Count;

    private static double D(string value) => double.Parse(value, s_invariant);

    private static string Ms(Measure m) => Ms(m.Mean) + (m.StdDev > 0 ? Inv($" ± {Ms(m.StdDev)}") : string.Empty);

    private static string Ms(double ms) => ms switch
    {
        >= 10_000 => Inv($"{ms / 1000:0.0} s"),
        >= 100 => Inv($"{ms:N0} ms"),
        >= 1 => Inv($"{ms:0.0} ms"),
        _ => Us(ms * 1000),
    };

    private static string Us(double us) => us >= 1000 ? Ms(us / 1000) : Inv($"{us:0.#} µs");

    private static string Ratio(double ratio) => Inv($"{ratio:0.0} ×");

    private static string Percent(double share) => Inv($"{share * 100:0.0#}%");

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => Inv($"{bytes / (double)(1L << 30):0.0} GB"),
        >= 1L << 20 => Inv($"{bytes / (double)(1L << 20):0.0} MB"),
        >= 1L << 10 => Inv($"{bytes / (double)(1L << 10):0.0} KB"),
        _ => Inv($"{bytes} B"),
    };

    private static string Inv(FormattableString text) => text.ToString(s_invariant);
}
