using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>
/// A corpus assembly compiled against one build of the runtime keeps loading and reading under a later one whose
/// types have grown: generated code calls the runtime through its layout reader only, never the data objects' shapes.
/// </summary>
[TestClass]
public sealed class RuntimeEvolutionTests
{
    [TestMethod]
    public void A_corpus_compiled_against_the_runtime_reads_under_a_runtime_whose_data_objects_gained_members()
    {
        byte[] before = CompileRuntime();
        byte[] after = CompileRuntime(
            ("Data/ParagraphData.cs", "public int Number { get; }", "public int Number { get; }\n\n    public int Revision { get; }"),
            ("Data/MetadataData.cs", "public Utf8Text Work { get; set; }", "public Utf8Text Work { get; set; }\n\n    public Utf8Text Translator { get; set; }"),
            ("Resolution.cs", "internal CorpusLink? Corpus { get; }", "internal CorpusLink? Corpus { get; }\n\n    public string Revision => \"after\";"));
        CollectionAssert.AreNotEqual(before, after);

        CSharpCompilation compilation = CSharpCompilation.Create(
            "Corpus",
            [],
            [.. Compiler.FrameworkReferences, MetadataReference.CreateFromImage(before)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        (GeneratorDriverRunResult run, Compilation output) = Compiler.Run(compilation, ("/resolutions/A_RES_79_284.yaml", SampleYaml.Full));
        Assert.IsEmpty(run.Diagnostics);
        byte[] corpus = Compiler.Image(output);

        AssertReads(after, corpus, "after");
    }

    [TestMethod]
    public void A_corpus_an_earlier_generator_wrote_with_its_layout_in_a_block_of_its_own_still_reads()
    {
        // LayoutVersion1 holds what the generator wrote before layout version 2, kept as it was: the layout in LEB128,
        // a data block of its own beside the text.
        string folder = Path.Combine(RepositoryFiles.Root, "tests", "ResolutionCorpus.Tests", "LayoutVersion1");
        byte[] runtime = CompileRuntime(("Resolution.cs", "internal CorpusLink? Corpus { get; }", "internal CorpusLink? Corpus { get; }\n\n    public string Revision => \"current\";"));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Corpus",
            [.. Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path))],
            [.. Compiler.FrameworkReferences, MetadataReference.CreateFromImage(runtime)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        StringAssert.Contains(File.ReadAllText(Path.Combine(folder, "A_RES_79_284.cs")), "Layout => new byte[] { 1,", "the fixture is of layout version 1");
        AssertReads(runtime, Compiler.Image(compilation), "current");
    }

    /// <summary>Loads a corpus of the sample resolution with a runtime, and reads it through both.</summary>
    private static void AssertReads(byte[] runtimeImage, byte[] corpus, string revision)
    {
        var context = new AssemblyLoadContext("runtime-evolution", isCollectible: true);
        try
        {
            Assembly runtime = context.LoadFromStream(new MemoryStream(runtimeImage));
            Assembly assembly = context.LoadFromStream(new MemoryStream(corpus));
            Type resolutionClass = assembly.GetType("ResolutionCorpus.Resolutions.A_RES_79_284")!;
            object resolution = resolutionClass.GetProperty("Resolution")!.GetValue(null)!;

            Assert.AreSame(runtime, resolution.GetType().Assembly, "the corpus runs on the later runtime");
            Assert.AreEqual(revision, Get(resolution, "Revision"));
            Assert.AreEqual("Cooperation between the United Nations and the Council of Europe", Get(resolution, "Title"));
            object[] operative = [.. ((IEnumerable)Get(resolution, "Operative")!).Cast<object>()];
            Assert.HasCount(2, operative);
            Assert.AreEqual("Welcomes the 2030 Agenda for Sustainable Development in Europe;", Get(operative[0], "Text"));
            object[] subParagraphs = [.. ((IEnumerable)Get(operative[1], "SubParagraphs")!).Cast<object>()];
            Assert.AreEqual("To report back.", Get(subParagraphs[1], "Text"));
            object[] footnotes = [.. ((IEnumerable)Get(resolution, "Footnotes")!).Cast<object>()];
            Assert.AreEqual("Resolution 70/1.", Get(footnotes[1], "Text"));
            Type operativeClass = resolutionClass.GetNestedType("Operative")!.GetNestedType("P1")!;
            Assert.AreEqual(Get(operative[0], "Text"), operativeClass.GetProperty("Text")!.GetValue(null));
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Get(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);

    /// <summary>The runtime library compiled from its sources, each edit (file, text, replacement) applied once.</summary>
    private static byte[] CompileRuntime(params (string File, string Text, string Replacement)[] edits)
    {
        string runtime = Path.Combine(RepositoryFiles.Root, "generator", "ResolutionCorpus.Runtime");
        string shared = Path.Combine(RepositoryFiles.Root, "generator", "Shared");
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12, preprocessorSymbols: ["RESOLUTIONCORPUS_RUNTIME"]);
        SyntaxTree[] trees =
        [
            .. Directory.GetFiles(runtime, "*.cs", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(shared, "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(path => CSharpSyntaxTree.ParseText(Edit(path, File.ReadAllText(path)), parse, path)),
        ];

        string Edit(string path, string source)
        {
            foreach ((string file, string text, string replacement) in edits.Where(e => path.EndsWith(e.File.Replace('/', Path.DirectorySeparatorChar), StringComparison.Ordinal)))
            {
                Assert.AreEqual(1, source.Split(text).Length - 1, $"{file} holds \"{text}\" once");
                source = source.Replace(text, replacement, StringComparison.Ordinal);
            }

            return source;
        }

        CSharpCompilation compilation = CSharpCompilation.Create(
            "ResolutionCorpus.Runtime",
            trees,
            Compiler.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return Compiler.Image(compilation);
    }
}
