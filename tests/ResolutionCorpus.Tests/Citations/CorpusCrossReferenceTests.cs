using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>References between the resolutions of one corpus: resolved, listed as cited-by, and checked by the generator.</summary>
[TestClass]
public sealed class CorpusCrossReferenceTests
{
    private static readonly string s_citing = SampleYaml.Minimal().Replace(
        "text: Decides to remain seized of the matter.",
        "text: \"Decides to implement General Assembly resolution 79/284, paragraph 2 (b), and resolution 79/284, paragraph 9.\"");

    private static readonly string s_citingFromSubParagraph = SampleYaml.Minimal().Replace(
        "text: Decides to remain seized of the matter.",
        "text: \"Decides:\"\n    subparagraphs:\n      - label: a\n        text: \"To implement resolution 79/284, paragraph 1;\"");

    [TestMethod]
    public void A_reference_to_a_paragraph_that_does_not_exist_is_a_warning_at_the_citing_text()
    {
        var (run, _) = Compiler.Run(("/corpus/cited.yaml", SampleYaml.Full), ("/corpus/citing.yaml", s_citing));
        Diagnostic warning = run.Diagnostics.Single();
        Assert.AreEqual("RC2005", warning.Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Descriptor.DefaultSeverity, "a warning (the test compilation treats warnings as errors)");
        Assert.AreEqual("/corpus/citing.yaml", warning.Location.GetLineSpan().Path);
        Assert.AreEqual(10, warning.Location.GetLineSpan().StartLinePosition.Line + 1, "the line of the text that cites it");
        Assert.AreEqual("The text cites A/RES/79/284, para. 9, which does not exist: A/RES/79/284 has 2 operative paragraphs; did you mean A/RES/79/284, para. 2?", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void References_resolve_within_the_corpus_and_resolutions_know_who_cites_them()
    {
        var (run, output) = Compiler.Run(("/corpus/cited.yaml", SampleYaml.Full), ("/corpus/citing.yaml", s_citing));
        using var stream = new MemoryStream();
        Assert.IsTrue(output.Emit(stream).Success);
        var context = new AssemblyLoadContext("cross-references", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            Resolution cited = Load(assembly, "A_RES_79_284");
            Resolution citing = Load(assembly, "E_RES_2004_33");

            Reference first = citing.Operative[0].References[0];
            Assert.AreEqual("A/RES/79/284, para. 2 (b)", first.Target);
            Assert.AreSame(cited, first.Resolution);
            Assert.AreSame(cited.Operative[1].SubParagraphs[1], first.CitedParagraph, "the point (b) itself");
            Assert.AreEqual("79/284, paragraph 2 (b)", citing.Operative[0].Text.Substring(first.Position, first.Length));

            Assert.AreSame(citing.Operative[0], cited.CitedBy.Single());
            Assert.IsEmpty(citing.CitedBy);
        }
        finally
        {
            context.Unload();
        }
    }

    [TestMethod]
    public void A_sub_paragraph_keeps_its_references()
    {
        var (_, output) = Compiler.Run(("/corpus/cited.yaml", SampleYaml.Full), ("/corpus/citing.yaml", s_citingFromSubParagraph));
        using var stream = new MemoryStream();
        Assert.IsTrue(output.Emit(stream).Success);
        var context = new AssemblyLoadContext("sub-paragraph-references", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            Resolution cited = Load(assembly, "A_RES_79_284");
            Paragraph sub = Load(assembly, "E_RES_2004_33").Operative[0].SubParagraphs[0];
            Assert.AreEqual("A/RES/79/284, para. 1", sub.References.Single().Target);
            Assert.AreSame(cited.Operative[0], sub.References.Single().CitedParagraph);
        }
        finally
        {
            context.Unload();
        }
    }

    [TestMethod]
    public void References_reach_into_parts_sections_and_points_and_cited_by_spans_divisions()
    {
        string citing = """
            schema: 1
            symbol: "E/RES/2004/33"
            body: EconomicAndSocialCouncil
            session: 2004
            title: "Citing"
            adopted: 2004-07-21
            operative:
              - number: 1
                text: "Decides to implement resolution 75/101 A-B, part A, paragraph 1 (b) (ii)."
            sections:
              - number: "I"
                operative:
                  - number: 2
                    text: "Recalls resolution 75/101 A-B, part B, section I, paragraph 3."
            """;
        string fixture = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "fixtures", "A_RES_75_101_A-B.yaml"));
        var (run, output) = Compiler.Run(("/corpus/cited.yaml", fixture), ("/corpus/citing.yaml", citing));
        Assert.IsEmpty(run.Diagnostics);
        using var stream = new MemoryStream();
        Assert.IsTrue(output.Emit(stream).Success);
        var context = new AssemblyLoadContext("division-references", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            Resolution cited = Load(assembly, "A_RES_75_101AB");
            Resolution citer = Load(assembly, "E_RES_2004_33");

            Reference point = citer.Operative[0].References.Single();
            Assert.AreEqual("A/RES/75/101 A-B, part A, para. 1 (b) (ii)", point.Target);
            Assert.AreSame(cited.Divisions[0].Paragraphs[0].SubParagraphs[1].SubParagraphs[1], point.CitedParagraph);
            Assert.AreSame(cited.Divisions[0], point.CitedDivision);

            Paragraph inSection = citer.Divisions[0].Paragraphs[0];
            Reference sectionParagraph = inSection.References.Single();
            Assert.AreEqual("A/RES/75/101 A-B, part B, section I, para. 3", sectionParagraph.Target);
            Assert.AreSame(cited.Divisions[1].Sections[0].Paragraphs[0], sectionParagraph.CitedParagraph);

            CollectionAssert.AreEqual(new[] { citer.Operative[0], inSection }, cited.CitedBy.ToArray());
        }
        finally
        {
            context.Unload();
        }
    }

    private static Resolution Load(Assembly assembly, string className) =>
        (Resolution)assembly.GetType("ResolutionCorpus.Resolutions." + className)!.GetProperty("Resolution")!.GetValue(null)!;
}
