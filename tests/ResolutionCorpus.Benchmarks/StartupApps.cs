using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// The fresh-process run-time measure: three small console apps over the same synthetic resolutions, one reading a
/// paragraph from the generated corpus, one embedding the YAML and parsing it at start-up, one querying a SQLite
/// database, as apps without the generator would; each started many times.
/// </summary>
/// <remarks>
/// Each app prints, from inside the process: the time from entering <c>Main</c> to holding the paragraph's text
/// (the corpus app's read runs in its own method, so loading the corpus assembly and compiling that method are
/// inside the measure), the bytes allocated meanwhile, the text's length, and the time of a <c>Corpus.Find</c> and a
/// <c>Corpus.Resolve</c> right after (corpus app only). The harness adds the wall time of the whole process.
/// </remarks>
internal static class StartupApps
{
    public const int Resolutions = 1_000;
    public const string Symbol = "A/RES/70/250";
    public const string ClassName = "A_RES_70_250";
    public const int Paragraph = 3;

    /// <summary>Writes <c>resolutions/</c>, <c>corpus/</c>, <c>baseline/</c> and <c>sqlite/</c> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, string repositoryRoot, int count)
    {
        string resolutions = Path.Combine(folder, "resolutions");
        Directory.CreateDirectory(resolutions);
        List<(string Path, string Yaml)> files = [.. SyntheticCorpus.Files(count)];
        foreach (var (path, yaml) in files)
        {
            File.WriteAllText(Path.Combine(resolutions, Path.GetFileName(path)), yaml);
        }

        WriteSqlite(folder, files);

        string corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "CorpusApp.csproj"), AppProject($"""
              <ItemGroup><AdditionalFiles Include="../resolutions/*.yaml" /></ItemGroup>
              <ItemGroup>
                <ProjectReference Include="{repositoryRoot}/generator/ResolutionCorpus.Runtime/ResolutionCorpus.Runtime.csproj" />
                <ProjectReference Include="{repositoryRoot}/generator/ResolutionCorpus.Generator/ResolutionCorpus.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            """));
        File.WriteAllText(Path.Combine(corpus, "Program.cs"), $$"""
            using System;
            using System.Diagnostics;
            using System.Runtime.CompilerServices;
            using ResolutionCorpus.Resolutions;

            internal static class Program
            {
                private static long s_step;

                private static void Main(string[] args)
                {
                    if (args.Length > 0 && args[0] == "steps")
                    {
                        Steps();
                        return;
                    }

                    long allocated = GC.GetTotalAllocatedBytes(true);
                    long start = Stopwatch.GetTimestamp();
                    string text = Read();
                    long read = Stopwatch.GetTimestamp();
                    allocated = GC.GetTotalAllocatedBytes(true) - allocated;
                    long findStart = Stopwatch.GetTimestamp();
                    bool found = Find();
                    long findEnd = Stopwatch.GetTimestamp();
                    bool resolved = Resolve();
                    long resolveEnd = Stopwatch.GetTimestamp();
                    Console.WriteLine(FormattableString.Invariant(
                        $"{Stopwatch.GetElapsedTime(start, read).TotalMicroseconds} {allocated} {text.Length} {Stopwatch.GetElapsedTime(findStart, findEnd).TotalMicroseconds} {Stopwatch.GetElapsedTime(findEnd, resolveEnd).TotalMicroseconds} {found && resolved}"));
                }

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static string Read() => {{ClassName}}.Operative.P{{Paragraph}}.Text;

                // The same first read taken apart: each step forces one more piece of what the read needs.
                private static void Steps()
                {
                    var times = new System.Collections.Generic.List<string>();
                    s_step = Stopwatch.GetTimestamp();
                    Step(times, LoadCorpusClasses());
                    Step(times, RunCorpusConstructor());
                    Step(times, BuildResolution());
                    Step(times, ReadFirstParagraph());
                    Step(times, ReadSecondParagraph());
                    Step(times, BuildSecondResolution());
                    Step(times, Find());
                    Step(times, Find());
                    Step(times, Resolve());
                    Console.WriteLine(string.Join(" ", times));
                }

                private static void Step(System.Collections.Generic.List<string> times, object? _)
                {
                    times.Add(Stopwatch.GetElapsedTime(s_step).TotalMicroseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    s_step = Stopwatch.GetTimestamp();
                }

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static object LoadCorpusClasses() => typeof(Corpus).TypeHandle;

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static object? RunCorpusConstructor()
                {
                    RuntimeHelpers.RunClassConstructor(typeof(Corpus).TypeHandle);
                    return null;
                }

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static object BuildResolution() => {{ClassName}}.Resolution;

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static object ReadFirstParagraph() => {{ClassName}}.Operative.P{{Paragraph}}.Text;

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static object ReadSecondParagraph() => {{ClassName}}.Operative.P{{Paragraph + 1}}.Text;

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static object BuildSecondResolution() => A_RES_70_251.Resolution;

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static bool Find() => Corpus.Find("A/RES/70/400") is not null;

                [MethodImpl(MethodImplOptions.NoInlining)]
                private static bool Resolve() => Corpus.Resolve("A/RES/70/500, para. 2").Paragraph is not null;
            }
            """);

        string baseline = Directory.CreateDirectory(Path.Combine(folder, "baseline")).FullName;
        File.WriteAllText(Path.Combine(baseline, "BaselineApp.csproj"), AppProject("""
              <ItemGroup><EmbeddedResource Include="../resolutions/*.yaml" LogicalName="%(Filename)%(Extension)" /></ItemGroup>
              <ItemGroup><PackageReference Include="YamlDotNet" Version="18.1.0" /></ItemGroup>
            """));
        File.WriteAllText(Path.Combine(baseline, "Program.cs"), $$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.IO;
            using System.Reflection;
            using System.Runtime.CompilerServices;
            using YamlDotNet.RepresentationModel;

            internal static class Program
            {
                {{TimedMain}}

                // Start-up: every embedded resolution parsed into a table of paragraph texts; then the read.
                [MethodImpl(MethodImplOptions.NoInlining)]
                private static string Read()
                {
                    var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                    Assembly assembly = typeof(Program).Assembly;
                    foreach (string name in assembly.GetManifestResourceNames())
                    {
                        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                        var stream = new YamlStream();
                        stream.Load(reader);
                        var root = (YamlMappingNode)stream.Documents[0].RootNode;
                        string symbol = ((YamlScalarNode)root.Children[new YamlScalarNode("symbol")]).Value!;
                        foreach (YamlMappingNode paragraph in (YamlSequenceNode)root.Children[new YamlScalarNode("operative")])
                        {
                            texts[symbol + ", para. " + ((YamlScalarNode)paragraph.Children[new YamlScalarNode("number")]).Value] =
                                ((YamlScalarNode)paragraph.Children[new YamlScalarNode("text")]).Value!;
                        }
                    }

                    return texts["{{Symbol}}, para. {{Paragraph}}"];
                }
            }
            """);
    }

    /// <summary>
    /// Writes <c>sqlite/</c>: the same resolutions in a SQLite database (<see cref="SqliteCorpus"/>) and an app that
    /// opens it and reads the same paragraph by its citation, as an app without the generator might.
    /// </summary>
    private static void WriteSqlite(string folder, IEnumerable<(string Path, string Yaml)> files)
    {
        string sqlite = Directory.CreateDirectory(Path.Combine(folder, "sqlite")).FullName;
        SqliteCorpus.Write(Path.Combine(sqlite, "corpus.db"), files);
        File.WriteAllText(Path.Combine(sqlite, "SqliteApp.csproj"), AppProject("""
              <ItemGroup><None Include="corpus.db" CopyToOutputDirectory="PreserveNewest" /></ItemGroup>
              <ItemGroup><PackageReference Include="Microsoft.Data.Sqlite" Version="10.0.15" /></ItemGroup>
            """));
        File.WriteAllText(Path.Combine(sqlite, "Program.cs"), $$"""
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Runtime.CompilerServices;
            using Microsoft.Data.Sqlite;

            internal static class Program
            {
                {{TimedMain}}

                // Open the database beside the app, read one paragraph by its citation.
                [MethodImpl(MethodImplOptions.NoInlining)]
                private static string Read()
                {
                    using var connection = new SqliteConnection("Data Source=" + Path.Combine(AppContext.BaseDirectory, "corpus.db") + ";Mode=ReadOnly;Pooling=False");
                    connection.Open();
                    using SqliteCommand command = connection.CreateCommand();
                    command.CommandText = "SELECT text FROM {{SqliteCorpus.Table}} WHERE citation = $citation";
                    command.Parameters.AddWithValue("$citation", "{{Symbol}}, para. {{Paragraph}}");
                    return (string)command.ExecuteScalar()!;
                }
            }
            """);
    }

    /// <summary>A console app's project file: the settings every app shares, then <paramref name="items"/>.</summary>
    private static string AppProject(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings><TieredPGO>true</TieredPGO><InvariantGlobalization>true</InvariantGlobalization>
          </PropertyGroup>
        {items}
        </Project>
        """;

    /// <summary>
    /// The <c>Main</c> of the apps without a corpus: times their <c>Read()</c> from inside the process and prints the
    /// fields <see cref="Time"/> reads (no <c>Find</c> or <c>Resolve</c>: zeros).
    /// </summary>
    private const string TimedMain = """
        private static void Main()
            {
                long allocated = GC.GetTotalAllocatedBytes(true);
                long start = Stopwatch.GetTimestamp();
                string text = Read();
                long read = Stopwatch.GetTimestamp();
                allocated = GC.GetTotalAllocatedBytes(true) - allocated;
                Console.WriteLine(FormattableString.Invariant(
                    $"{Stopwatch.GetElapsedTime(start, read).TotalMicroseconds} {allocated} {text.Length} 0 0 True"));
            }
        """;

    /// <summary>Starts <c>dotnet app.dll</c> <paramref name="runs"/> times (after two unmeasured starts) and prints the medians as one tab-separated line.</summary>
    public static void Time(string name, string dll, int runs)
    {
        var wall = new List<double>();
        var firstRead = new List<double>();
        var find = new List<double>();
        var resolve = new List<double>();
        long allocated = 0;
        int length = 0;
        for (int run = -2; run < runs; run++)
        {
            var info = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, UseShellExecute = false };
            long start = Stopwatch.GetTimestamp();
            using Process process = Process.Start(info)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            string[] fields = output.Trim().Split(' ');
            if (process.ExitCode != 0 || fields.Length != 6 || fields[5] != "True")
            {
                throw new InvalidOperationException($"{dll} failed ({process.ExitCode}): {output}");
            }

            if (run < 0)
            {
                continue;
            }

            wall.Add(elapsed);
            firstRead.Add(double.Parse(fields[0], CultureInfo.InvariantCulture) / 1000);
            allocated = long.Parse(fields[1], CultureInfo.InvariantCulture);
            length = int.Parse(fields[2], CultureInfo.InvariantCulture);
            find.Add(double.Parse(fields[3], CultureInfo.InvariantCulture));
            resolve.Add(double.Parse(fields[4], CultureInfo.InvariantCulture));
        }

        Console.WriteLine(string.Join('\t', name, runs, Median(wall), Median(firstRead), allocated, length, Median(find), Median(resolve)));
    }

    /// <summary>The names of the steps the corpus app prints in <c>steps</c> mode, in order.</summary>
    public static readonly string[] StepNames =
    [
        "load the `Corpus` type (the corpus is compiled into the app)",
        "run `Corpus`'s static constructor (the link through which resolutions reach the corpus)",
        $"build `{Symbol}` (the runtime's one layout reader, compiled on first use, makes its objects from its data block)",
        $"read paragraph {Paragraph}'s text (its class decodes the bytes of the resolution's UTF-8 block)",
        $"read paragraph {Paragraph + 1}'s text",
        "build a second resolution",
        "`Corpus.Find`, first call (parses the symbol, which starts the regular-expression engine; compiles its switch over every symbol; builds a third resolution)",
        "`Corpus.Find` again",
        "`Corpus.Resolve`, first call (parses the citation, builds a fourth resolution)",
    ];

    /// <summary>Starts the corpus app in <c>steps</c> mode <paramref name="runs"/> times and prints each step's median, in milliseconds.</summary>
    public static void Steps(string dll, int runs)
    {
        var steps = new List<double>[StepNames.Length];
        for (int i = 0; i < steps.Length; i++)
        {
            steps[i] = [];
        }

        for (int run = -2; run < runs; run++)
        {
            var info = new ProcessStartInfo("dotnet", [dll, "steps"]) { RedirectStandardOutput = true, UseShellExecute = false };
            using Process process = Process.Start(info)!;
            string[] fields = process.StandardOutput.ReadToEnd().Trim().Split(' ');
            process.WaitForExit();
            if (process.ExitCode != 0 || fields.Length != steps.Length)
            {
                throw new InvalidOperationException($"{dll} steps failed ({process.ExitCode}): {string.Join(' ', fields)}");
            }

            for (int i = 0; run >= 0 && i < steps.Length; i++)
            {
                steps[i].Add(double.Parse(fields[i], CultureInfo.InvariantCulture) / 1000);
            }
        }

        for (int i = 0; i < steps.Length; i++)
        {
            Console.WriteLine(string.Join('\t', i.ToString(CultureInfo.InvariantCulture), Median(steps[i])));
        }
    }

    private static string Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2].ToString("0.###", CultureInfo.InvariantCulture);
    }
}
