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

    private static async Task Verify(string name, params (string Path, string Yaml)[] files)
    {
        // The generator's actual output decides the snapshot only when updating; otherwise the files are the truth.
        var (run, _) = Compiler.Run(files);
        var test = new CSharpSourceGeneratorTest<ResolutionGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState = { Sources = { "" } },
        };
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
