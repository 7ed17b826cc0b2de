using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests.Hardening;

/// <summary>Whatever the symbol, the class name is a valid C# identifier, or the file gets a diagnostic.</summary>
[TestClass]
public sealed class IdentifierTests
{
    [TestMethod]
    [DataRow("A/RES/79/284")]
    [DataRow("A/RES/ES-11/5")]
    [DataRow("A/RES/S-30/1")]
    [DataRow("S/RES/2504 (2020)")]
    [DataRow("2200 A (XXI)")]
    [DataRow("A/HRC/RES/55/1")]
    [DataRow("A/RES/75/101 A-B")]
    public void Class_names_are_valid_identifiers_and_never_keywords(string text)
    {
        Assert.IsTrue(DocumentSymbol.TryParse(text, out DocumentSymbol symbol));
        Assert.IsTrue(SyntaxFacts.IsValidIdentifier(symbol.ClassName), symbol.ClassName);
        Assert.AreEqual(SyntaxKind.None, SyntaxFacts.GetKeywordKind(symbol.ClassName));
        Assert.AreEqual(SyntaxKind.None, SyntaxFacts.GetContextualKeywordKind(symbol.ClassName));
    }

    [TestMethod]
    [DataRow("class")]
    [DataRow("A/RES/79/284; class X {}")]
    [DataRow("A/RES/79/\"284")]
    [DataRow("A/RES/79/284\n#error")]
    public void Symbols_that_would_break_code_are_refused(string text)
    {
        string yaml = SampleYaml.Full.Replace("symbol: A/RES/79/284", "symbol: " + CSharpStyleQuote(text));
        var (run, output) = Compiler.Run(("/corpus/x.yaml", yaml));
        Assert.AreEqual("RC1009", run.Diagnostics.Single().Id);
        Assert.IsEmpty(run.Results[0].GeneratedSources);
        Assert.IsEmpty(Compiler.EmitErrors(output));
    }

    private static string CSharpStyleQuote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
