using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>
/// A corpus split into parts (one assembly each, as the record is) and an entry assembly that references them:
/// the entry's <c>Corpus</c> finds and lists every part's resolutions, and a reference from one part to another
/// resolves at run time.
/// </summary>
[TestClass]
public sealed class SplitCorpusTests
{
    private static readonly string s_citing = SampleYaml.Minimal().Replace(
        "text: Decides to remain seized of the matter.",
        "text: \"Decides to implement General Assembly resolution 79/284, paragraph 2 (b).\"");

    [TestMethod]
    public void A_part_indexes_its_resolutions_under_Parts_and_marks_its_assembly()
    {
        (Compilation part, GeneratorDriverRunResult run) = Build("Part.Alpha", Properties("Alpha", "Entry"), [], ("/alpha/A_RES_79_284.yaml", SampleYaml.Full));

        Assert.IsEmpty(run.Diagnostics);
        Assert.IsEmpty(Compiler.EmitErrors(part));
        INamedTypeSymbol index = part.GetTypeByMetadataName("ResolutionCorpus.Resolutions.Parts.Alpha")!;
        Assert.IsNotNull(index, "the part's index class");
        Assert.IsNull(part.GetTypeByMetadataName("ResolutionCorpus.Resolutions.Corpus"), "no Corpus class of its own, so parts never clash");
        AttributeData marker = part.Assembly.GetAttributes().Single(a => a.AttributeClass!.Name == "CorpusPartAttribute");
        Assert.AreEqual(index, marker.ConstructorArguments[0].Value);
        string source = run.Results.Single().GeneratedSources.Single(s => s.HintName == "Corpus.g.cs").SourceText.ToString();
        StringAssert.Contains(source, "\"ResolutionCorpus.Resolutions.Corpus, Entry\"", "the part links to the entry's Corpus");
    }

    [TestMethod]
    public void A_project_that_only_references_parts_gets_no_Corpus_of_them()
    {
        (Compilation alpha, _) = Build("Part.Alpha", Properties("Alpha", "Entry"), [], ("/alpha/A_RES_79_284.yaml", SampleYaml.Full));
        (Compilation consumer, GeneratorDriverRunResult run) = Build("Consumer", new BuildProperties(new Dictionary<string, string>()), [MetadataReference.CreateFromImage(Image(alpha))]);
        Assert.IsEmpty(run.Results.Single().GeneratedSources, "the package's own Corpus serves it; a second would clash");
        Assert.IsEmpty(Compiler.EmitErrors(consumer));
    }

    [TestMethod]
    public void The_entry_finds_and_lists_every_part_and_references_resolve_across_parts()
    {
        string entryName = "Entry" + Guid.NewGuid().ToString("N");
        (Compilation alpha, _) = Build("Part.Alpha", Properties("Alpha", entryName), [], ("/alpha/A_RES_79_284.yaml", SampleYaml.Full));
        (Compilation beta, _) = Build("Part.Beta", Properties("Beta", entryName), [], ("/beta/E_RES_2004_33.yaml", s_citing));
        byte[] alphaImage = Image(alpha);
        byte[] betaImage = Image(beta);
        (Compilation entry, GeneratorDriverRunResult run) = Build(
            entryName,
            new BuildProperties(new Dictionary<string, string> { ["ResolutionCorpusIsEntry"] = "true" }),
            [MetadataReference.CreateFromImage(alphaImage), MetadataReference.CreateFromImage(betaImage)],
            ("/entry/E_RES_2005_17.yaml", SampleYaml.Minimal("E/RES/2005/17", session: 2005)));
        Assert.IsEmpty(run.Diagnostics);
        byte[] entryImage = Image(entry);

        var context = new AssemblyLoadContext("split-corpus", isCollectible: true);
        try
        {
            context.LoadFromStream(new MemoryStream(alphaImage));
            Assembly betaAssembly = context.LoadFromStream(new MemoryStream(betaImage));
            Assembly entryAssembly = context.LoadFromStream(new MemoryStream(entryImage));
            Type corpus = entryAssembly.GetType("ResolutionCorpus.Resolutions.Corpus")!;

            var symbols = (IReadOnlyList<string>)corpus.GetProperty("Symbols")!.GetValue(null)!;
            CollectionAssert.AreEqual(new[] { "A/RES/79/284", "E/RES/2004/33", "E/RES/2005/17" }, symbols.ToArray(), "the entry's own and every part's, in ordinal order");
            var all = (IReadOnlyList<Resolution>)corpus.GetProperty("All")!.GetValue(null)!;
            CollectionAssert.AreEqual(symbols.ToArray(), all.Select(r => r.Symbol.Value).ToArray());

            var find = (Func<string, Resolution?>)corpus.GetMethod("Find")!.CreateDelegate(typeof(Func<string, Resolution?>));
            Resolution cited = find("a/res/79/284")!;
            Assert.IsNotNull(cited, "a part's resolution, found through the entry");
            Assert.IsNull(find("A/RES/79/999"));

            // Beta cannot reference Alpha; its resolution reaches Alpha's through the entry's Corpus.
            var citing = (Resolution)betaAssembly.GetType("ResolutionCorpus.Resolutions.E_RES_2004_33")!.GetProperty("Resolution")!.GetValue(null)!;
            Reference reference = citing.Operative[0].References.Single();
            Assert.AreSame(cited, reference.Resolution);
            Assert.AreSame(cited.Operative[1].SubParagraphs[1], reference.CitedParagraph, "the point (b) itself");
            Assert.AreSame(citing.Operative[0], cited.CitedBy.Single(), "cited-by spans the parts");
        }
        finally
        {
            context.Unload();
        }
    }

    private static BuildProperties Properties(string part, string entry) =>
        new(new Dictionary<string, string> { ["ResolutionCorpusPart"] = part, ["ResolutionCorpusEntry"] = entry });

    private static (Compilation Output, GeneratorDriverRunResult Run) Build(
        string assemblyName, BuildProperties properties, MetadataReference[] parts, params (string Path, string Yaml)[] files)
    {
        (GeneratorDriverRunResult run, Compilation output) = Compiler.Run(Compiler.CreateCompilation(string.Empty, assemblyName, parts), properties, files);
        return (output, run);
    }

    private static byte[] Image(Compilation compilation) => Compiler.Image(compilation);
}
