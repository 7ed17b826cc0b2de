extern alias gen;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ResolutionGenerator = gen::ResolutionCorpus.Generator.ResolutionGenerator;

namespace ResolutionCorpus.Benchmarks;

/// <summary>Compilations and generator drivers over in-memory resolution files.</summary>
internal static class Compilations
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Empty() => CSharpCompilation.Create(
        "Corpus",
        [],
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Resolution).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(bool track = false) => CSharpGeneratorDriver.Create(
        [new ResolutionGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static AdditionalText[] Texts(IEnumerable<(string Path, string Yaml)> files) =>
        [.. files.Select(f => (AdditionalText)new Text(f.Path, f.Yaml))];

    /// <summary>Runs the generator and compiles its output to an assembly image.</summary>
    public static byte[] CompileCorpus(IEnumerable<(string Path, string Yaml)> files)
    {
        CSharpCompilation compilation = Empty();
        Driver().AddAdditionalTexts([.. Texts(files)]).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        return stream.ToArray();
    }

    internal sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
