using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>The generator's MSBuild properties: each shapes the output, and a value it cannot use is RC1020.</summary>
[TestClass]
public sealed class GeneratorOptionsTests
{
    [TestMethod]
    public void A_custom_namespace_holds_every_generated_class()
    {
        Compilation output = Generate(new() { ["ResolutionCorpusNamespace"] = "My.Resolutions" });

        Assert.IsNotNull(output.GetTypeByMetadataName("My.Resolutions.A_RES_79_284"));
        Assert.IsNotNull(output.GetTypeByMetadataName("My.Resolutions.Corpus"));
        Assert.IsNull(output.GetTypeByMetadataName("ResolutionCorpus.Resolutions.Corpus"));
    }

    [TestMethod]
    public void Internal_visibility_makes_every_generated_class_internal()
    {
        Compilation output = Generate(new() { ["ResolutionCorpusVisibility"] = "internal" });

        Assert.AreEqual(Accessibility.Internal, output.GetTypeByMetadataName("ResolutionCorpus.Resolutions.A_RES_79_284")!.DeclaredAccessibility);
        Assert.AreEqual(Accessibility.Internal, output.GetTypeByMetadataName("ResolutionCorpus.Resolutions.Corpus")!.DeclaredAccessibility);
    }

    [TestMethod]
    [DataRow("ResolutionCorpusNamespace", "My..Resolutions", "a namespace")]
    [DataRow("ResolutionCorpusNamespace", "class", "a namespace")]
    [DataRow("ResolutionCorpusVisibility", "private", "public or internal")]
    [DataRow("ResolutionCorpusPart", "General Assembly 79", "a C# identifier")]
    public void A_value_the_generator_cannot_use_is_RC1020_and_the_default_is_used(string property, string value, string expected)
    {
        (GeneratorDriverRunResult run, Compilation output) = Compiler.Run(
            Compiler.CreateCompilation(), new BuildProperties(new Dictionary<string, string> { [property] = value }), ("/r/A_RES_79_284.yaml", SampleYaml.Full));

        Diagnostic diagnostic = run.Diagnostics.Single();
        Assert.AreEqual("RC1020", diagnostic.Id);
        Assert.AreEqual(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.AreEqual(Location.None, diagnostic.Location);
        StringAssert.Contains(diagnostic.GetMessage(), $"The MSBuild property {property} is '{value}', which is not {expected}");
        Assert.IsNotNull(output.GetTypeByMetadataName("ResolutionCorpus.Resolutions.Corpus"), "the defaults are used");
        Assert.IsEmpty(Compiler.EmitErrors(output));
    }

    private static Compilation Generate(Dictionary<string, string> properties)
    {
        (GeneratorDriverRunResult run, Compilation output) = Compiler.Run(Compiler.CreateCompilation(), new BuildProperties(properties), ("/r/A_RES_79_284.yaml", SampleYaml.Full));
        Assert.IsEmpty(run.Diagnostics);
        Assert.IsEmpty(Compiler.EmitErrors(output));
        return output;
    }
}
