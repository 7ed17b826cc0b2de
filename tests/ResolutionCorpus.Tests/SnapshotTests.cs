extern alias gen;

using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;
using ResolutionGenerator = gen::ResolutionCorpus.Generator.ResolutionGenerator;

namespace ResolutionCorpus.Tests;

/// <summary>The generated source, byte for byte, against reviewed snapshots in <c>Snapshots/</c>.</summary>
[TestClass]
public sealed class SnapshotTests
{
    [TestMethod]
    public Task Full_resolution() => Verify("Full", ("/corpus/A_RES_79_284.yaml", SampleYaml.Full));

    [TestMethod]
    public Task Hostile_text_is_escaped() => Verify("Hostile", ("/corpus/E_RES_2004_33.yaml", SampleYaml.Minimal().Replace(
        "text: Decides to remain seized of the matter.",
        "text: \"Decides */ </summary> <b>&amp; \\\"quoted\\\" \\\\ back\\\\slash #if X \\u2028 \\u202E \\t end\\r\\n\"")));

    [TestMethod]
    public Task Several_resolutions_and_the_index() => Verify(
        "Several",
        ("/corpus/b.yaml", SampleYaml.Minimal("S/RES/2504 (2020)", "SecurityCouncil", 2020)),
        ("/corpus/a.yaml", SampleYaml.Minimal()));

    [TestMethod]
    public Task Parts_with_sections_points_at_depth_and_footnotes() => Verify("Parts", Fixture("A_RES_75_101_A-B.yaml"));

    [TestMethod]
    public Task Nested_sections_an_introductory_paragraph_and_a_lone_annex_from_a_yml_file() => Verify("Sections", Fixture("A_RES_76_9.yml"));

    [TestMethod]
    public Task Labelled_annexes_and_introductory_paragraphs_of_an_untitled_resolution() => Verify("Annexes", Fixture("S_RES_2100_2013.yaml"));

    [TestMethod]
    public Task Internal_visibility() => Verify("Internal", "build_property.ResolutionCorpusVisibility = internal", ("/corpus/E_RES_2004_33.yaml", SampleYaml.Minimal()));

    [TestMethod]
    public Task A_custom_namespace() => Verify("Namespace", "build_property.ResolutionCorpusNamespace = Contoso.Mandates", ("/corpus/E_RES_2004_33.yaml", SampleYaml.Minimal()));

    /// <summary>A file of <c>tests/fixtures</c>, under the path the generator sees.</summary>
    private static (string Path, string Yaml) Fixture(string file) =>
        ("/fixtures/" + file, System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.Root, "tests", "fixtures", file)));

    private static Task Verify(string name, params (string Path, string Yaml)[] files) => Verify(name, globalConfig: null, files);

    private static async Task Verify(string name, string? globalConfig, params (string Path, string Yaml)[] files)
    {
        // The generator's actual output decides the snapshot only when updating; otherwise the files are the truth.
        BuildProperties? properties = globalConfig is null ? null : BuildProperties.Parse(globalConfig);
        var (run, _) = Compiler.Run(Compiler.CreateCompilation(), properties, files);
        Assert.IsEmpty(run.Diagnostics, "a snapshot scenario is a valid corpus");
        var test = new CSharpSourceGeneratorTest<ResolutionGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState = { Sources = { "" } },
        };
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        test.TestState.AdditionalReferences.AddRange(Compiler.References);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, SourceText.From(file.Yaml, Encoding.UTF8)));
        }

        foreach (GeneratedSourceResult generated in run.Results[0].GeneratedSources.OrderBy(g => g.HintName, System.StringComparer.Ordinal))
        {
            string expected = Snapshot.Read($"{name}/{generated.HintName.Replace(".g.cs", ".cs")}", generated.SourceText.ToString());
            test.TestState.GeneratedSources.Add((typeof(ResolutionGenerator), generated.HintName, SourceText.From(expected, Encoding.UTF8)));
        }

        Assert.IsNotEmpty(test.TestState.GeneratedSources, "the generator produced nothing to compare");
        await test.RunAsync();
    }
}
