using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Packaging.Tests;

/// <summary>
/// The packed generator loads and runs in the Roslyn 4.8 compiler, the one the .NET 8 SDK ships: this
/// project compiles against Microsoft.CodeAnalysis.CSharp 4.8.0 and loads the analyzer straight from the
/// package, as the compiler does.
/// </summary>
[TestClass]
[TestCategory("Packaging")]
public sealed class CompilerFloorTests
{
    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task The_packed_generator_runs_in_the_Roslyn_4_8_compiler()
    {
        Assert.AreEqual(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version, "this test must run on Roslyn 4.8");
        string feed = await PackageFeed.EnsurePackedAsync();
        string generatorFolder = Extract(feed, "ResolutionCorpus.Generator", "analyzers/dotnet/cs");
        string runtimeFolder = Extract(feed, "ResolutionCorpus.Runtime", "lib/net8.0");

        var loader = new FolderLoader(generatorFolder);
        var analyzerReference = new AnalyzerFileReference(Path.Combine(generatorFolder, "ResolutionCorpus.Generator.dll"), loader);
        var generators = analyzerReference.GetGenerators(LanguageNames.CSharp);
        Assert.HasCount(1, generators);

        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(Path.Combine(runtimeFolder, "ResolutionCorpus.Runtime.dll")));
        var compilation = CSharpCompilation.Create(
            "Floor",
            [CSharpSyntaxTree.ParseText("public static class Reader { public static string Read() => ResolutionCorpus.Resolutions.E_RES_2099_1.Operative.P1.Text; }", parseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, [new Yaml("/floor/a.yaml", FloorYaml)], parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        Assert.IsEmpty(generatorDiagnostics, string.Join("\n", generatorDiagnostics));
        Assert.IsNull(driver.GetRunResult().Results.Single().Exception);

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.IsTrue(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
    }

    private const string FloorYaml = """
        schema: 1
        symbol: E/RES/2099/1
        body: EconomicAndSocialCouncil
        session: 2099
        title: Example resolution for the compiler floor
        adopted: 2099-07-01
        operative:
          - number: 1
            text: Decides to test the compiler floor.
        """;

    private static string Extract(string feed, string id, string folder)
    {
        string package = Path.Combine(feed, $"{id}.{PackageFeed.Version}.nupkg");
        string target = Path.Combine(feed, "extracted", id);
        if (!Directory.Exists(target))
        {
            ZipFile.ExtractToDirectory(package, target);
        }

        return Path.Combine(target, folder.Replace('/', Path.DirectorySeparatorChar));
    }

    private sealed class Yaml(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>Loads analyzer assemblies, and what they depend on, from the package's analyzer folder.</summary>
    private sealed class FolderLoader(string folder) : IAnalyzerAssemblyLoader
    {
        private readonly AssemblyLoadContext _context = new FolderContext(folder);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);

        private sealed class FolderContext(string folder) : AssemblyLoadContext("analyzers")
        {
            protected override Assembly? Load(AssemblyName name)
            {
                string candidate = Path.Combine(folder, name.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
