extern alias gen;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ResolutionGenerator = gen::ResolutionCorpus.Generator.ResolutionGenerator;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory resolution files and compiles the result, warnings as errors.</summary>
internal static class Compiler
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>The running framework's assemblies.</summary>
    public static IReadOnlyList<MetadataReference> FrameworkReferences { get; } = LoadFrameworkReferences();

    /// <summary>The running framework's assemblies and the runtime library: all generated code needs.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    /// <summary>The compiled corpus as a consumer of the package references it: the entry assembly and every part of the record.</summary>
    public static IReadOnlyList<MetadataReference> CorpusReferences { get; } =
    [
        .. new[] { typeof(Resolutions.Corpus).Assembly.Location }
            .Concat(Directory.GetFiles(Path.GetDirectoryName(typeof(Resolutions.Corpus).Assembly.Location)!, "ResolutionCorpus.Record.*.dll").Order(StringComparer.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ];

    /// <summary>A library compilation of <paramref name="source"/> against <see cref="References"/> and <paramref name="more"/>.</summary>
    public static CSharpCompilation CreateCompilation(string source = "", string assemblyName = "Consumer", params MetadataReference[] more) =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Consumer.cs")],
            [.. References, .. more],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));

    /// <summary>A driver of the generator, with the MSBuild properties it reads, if any.</summary>
    public static GeneratorDriver CreateDriver(bool trackSteps = true, AnalyzerConfigOptionsProvider? properties = null) =>
        CSharpGeneratorDriver.Create(
            [new ResolutionGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: properties,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once over the given files (path, YAML).</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(params (string Path, string Yaml)[] files) =>
        Run(CreateCompilation(), files);

    public static (GeneratorDriverRunResult Run, Compilation Output) Run(CSharpCompilation compilation, params (string Path, string Yaml)[] files) =>
        Run(compilation, properties: null, files);

    /// <summary>Runs the generator once over the given files, with the MSBuild properties it reads.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(CSharpCompilation compilation, AnalyzerConfigOptionsProvider? properties, params (string Path, string Yaml)[] files)
    {
        GeneratorDriver driver = CreateDriver(properties: properties)
            .AddAdditionalTexts([.. files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Yaml))])
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Emits the compilation to memory; the errors, if any.</summary>
    public static ImmutableArray<Diagnostic> EmitErrors(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>Emits the compilation to memory, failing the test on any error.</summary>
    public static byte[] Image(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>
    /// Generates and compiles the files without a diagnostic, loads the assembly into a collectible context, runs
    /// <paramref name="check"/> on it and unloads it.
    /// </summary>
    public static void WithAssembly(Action<System.Reflection.Assembly> check, params (string Path, string Yaml)[] files)
    {
        var (run, output) = Run(files);
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            check(context.LoadFromStream(new MemoryStream(Image(output))));
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<MetadataReference> LoadReferences() =>
        [.. FrameworkReferences, MetadataReference.CreateFromFile(typeof(Resolution).Assembly.Location)];

    private static List<MetadataReference> LoadFrameworkReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
