extern alias gen;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.CodeFixes;
using ResolutionCorpus.Tests.Infrastructure;
using CitationAnalyzer = gen::ResolutionCorpus.Generator.Analyze.CitationAnalyzer;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>The code fix turns a string citation into the typed constant.</summary>
[TestClass]
public sealed class UseTypedCitationCodeFixTests
{
    [TestMethod]
    public async Task A_string_citation_becomes_the_typed_constant()
    {
        var test = new CSharpCodeFixTest<CitationAnalyzer, UseTypedCitationCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = """
                using ResolutionCorpus;
                using ResolutionCorpus.Resolutions;

                public static class Mandate
                {
                    [Cites({|#0:"resolution 79/284, paragraph 41"|})]
                    [Cites({|#1:"E/RES/2004/33, preambular para. 2"|})]
                    public static void Report() { }
                }
                """,
            FixedCode = """
                using ResolutionCorpus;
                using ResolutionCorpus.Resolutions;

                public static class Mandate
                {
                    [Cites(A_RES_79_284.Operative.P41.Citation)]
                    [Cites(E_RES_2004_33.Preamble.P2.Citation)]
                    public static void Report() { }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.AdditionalReferences.AddRange(Compiler.References);
        test.TestState.AdditionalReferences.AddRange(Compiler.CorpusReferences);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(0).WithArguments("A/RES/79/284, para. 41", "A_RES_79_284.Operative.P41.Citation"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(1).WithArguments("E/RES/2004/33, preambular para. 2", "E_RES_2004_33.Preamble.P2.Citation"));
        await test.RunAsync();
    }
}
