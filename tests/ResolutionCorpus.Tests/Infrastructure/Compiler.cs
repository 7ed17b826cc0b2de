extern alias gen;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResolutionGenerator = gen::ResolutionCorpus.Generator.ResolutionGenerator;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory resolution files and compiles the result, warnings as errors.</summary>
internal static class Compiler
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>The running framework's assemblies and the runtime library: all generated code needs.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    /// <summary>The compiled corpus as a consumer of the package references it: the entry assembly and every part of the record.</summary>
    public static IReadOnlyList<MetadataReference> CorpusReferences { get; } =
    [
        .. new[] { typeof(Resolutions.Corpus).Assembly.Location }
            .Concat(Directory.GetFiles(Path.GetDirectoryName(typeof(Resolutions.Corpus).Assembly.Location)!, "ResolutionCorpus.Record.*.dll").Order(StringComparer.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ];

    public static CSharpCompilation CreateCompilation(string source = "") =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Consumer.cs")],
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));

    public static GeneratorDriver CreateDriver(bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new ResolutionGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once over the given files (path, YAML).</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(params (string Path, string Yaml)[] files) =>
        Run(CreateCompilation(), files);

    public static (GeneratorDriverRunResult Run, Compilation Output) Run(CSharpCompilation compilation, params (string Path, string Yaml)[] files)
    {
        GeneratorDriver driver = CreateDriver()
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

    private static List<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Resolution).Assembly.Location));
        return references;
    }
}
