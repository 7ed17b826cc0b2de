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
    public async Task A_string_citation_of_any_address_becomes_the_typed_constant()
    {
        await Verify(
            """
                using ResolutionCorpus;
                using ResolutionCorpus.Resolutions;

                public static class Mandate
                {
                    [Cites({|#0:"resolution 79/284, paragraph 41"|})]
                    [Cites({|#1:"E/RES/2004/33, preambular para. 2"|})]
                    [Cites({|#2:"A/RES/75/101 A-B, part A, para. 1 (e) (iv)"|})]
                    [Cites({|#3:"A/RES/75/101 A-B, part B, section II"|})]
                    [Cites({|#4:"A/RES/75/293, annex I, para. 2"|})]
                    [Cites({|#5:"A/RES/75/293, para. 13 (a)"|})]
                    [Cites({|#6:"E/RES/2024/15, section I, section I, para. 30 (a)"|})]
                    public static void Report() { }
                }
                """,
            """
                using ResolutionCorpus;
                using ResolutionCorpus.Resolutions;

                public static class Mandate
                {
                    [Cites(A_RES_79_284.Operative.P41.Citation)]
                    [Cites(E_RES_2004_33.Preamble.P2.Citation)]
                    [Cites(A_RES_75_101AB.PartA.Operative.P1.E.IV.Citation)]
                    [Cites(A_RES_75_101AB.PartB.SectionII.Citation)]
                    [Cites(A_RES_75_293.AnnexI.P2.Citation)]
                    [Cites(A_RES_75_293.Section3.Operative.P13.A.Citation)]
                    [Cites(E_RES_2024_15.SectionI.SectionI_.Operative.P30.A.Citation)]
                    public static void Report() { }
                }
                """,
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(0).WithArguments("A/RES/79/284, para. 41", "A_RES_79_284.Operative.P41.Citation"),
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(1).WithArguments("E/RES/2004/33, preambular para. 2", "E_RES_2004_33.Preamble.P2.Citation"),
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(2).WithArguments("A/RES/75/101 A-B, part A, para. 1 (e) (iv)", "A_RES_75_101AB.PartA.Operative.P1.E.IV.Citation"),
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(3).WithArguments("A/RES/75/101 A-B, part B, section II", "A_RES_75_101AB.PartB.SectionII.Citation"),
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(4).WithArguments("A/RES/75/293, annex I, para. 2", "A_RES_75_293.AnnexI.P2.Citation"),
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(5).WithArguments("A/RES/75/293, para. 13 (a)", "A_RES_75_293.Section3.Operative.P13.A.Citation"),
            // Section I inside section I: C# forbids a class named as the class it is nested in.
            new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(6).WithArguments("E/RES/2024/15, section I, section I, para. 30 (a)", "E_RES_2024_15.SectionI.SectionI_.Operative.P30.A.Citation"));
    }

    [TestMethod]
    public async Task Any_other_string_that_spells_a_citation_of_the_corpus_becomes_the_typed_constant()
    {
        // Strings that are not citations, or cite what the corpus does not have, are left alone: an upgrade, never an error.
        await Verify(
            """
                using ResolutionCorpus.Resolutions;

                public static class Report
                {
                    public const string Mandate = {|#0:"resolution 79/284, paragraph 41"|};
                    public static string Annex() => {|#1:"A/RES/75/293, annex I, para. 2"|};
                    public static string Missing() => "A/RES/79/284, para. 99";
                    public static string Prose() => "a resolution of the Council";
                }
                """,
            """
                using ResolutionCorpus.Resolutions;

                public static class Report
                {
                    public const string Mandate = A_RES_79_284.Operative.P41.Citation;
                    public static string Annex() => A_RES_75_293.AnnexI.P2.Citation;
                    public static string Missing() => "A/RES/79/284, para. 99";
                    public static string Prose() => "a resolution of the Council";
                }
                """,
            new DiagnosticResult("RC2006", DiagnosticSeverity.Info).WithLocation(0).WithArguments("string", "A/RES/79/284, para. 41", "constant A_RES_79_284.Operative.P41.Citation"),
            new DiagnosticResult("RC2006", DiagnosticSeverity.Info).WithLocation(1).WithArguments("string", "A/RES/75/293, annex I, para. 2", "constant A_RES_75_293.AnnexI.P2.Citation"));
    }

    [TestMethod]
    public async Task A_citation_spelled_in_a_documentation_comment_becomes_a_see_cref()
    {
        // What is already inside <see> is left alone.
        await Verify(
            """
                using ResolutionCorpus.Resolutions;

                /// <summary>
                /// Implements resolution {|#0:79/284, paragraph 41|}, and {|#1:A/RES/75/293, annex I, para. 2|};
                /// see <see cref="A_RES_79_284.Operative.P2">resolution 79/284, paragraph 2</see>.
                /// </summary>
                public static class Report { }
                """,
            """
                using ResolutionCorpus.Resolutions;

                /// <summary>
                /// Implements resolution <see cref="A_RES_79_284.Operative.P41">79/284, paragraph 41</see>, and <see cref="A_RES_75_293.AnnexI.P2">A/RES/75/293, annex I, para. 2</see>;
                /// see <see cref="A_RES_79_284.Operative.P2">resolution 79/284, paragraph 2</see>.
                /// </summary>
                public static class Report { }
                """,
            new DiagnosticResult("RC2006", DiagnosticSeverity.Info).WithLocation(0).WithArguments("documentation comment", "A/RES/79/284, para. 41", "<see cref=\"A_RES_79_284.Operative.P41\"/>"),
            new DiagnosticResult("RC2006", DiagnosticSeverity.Info).WithLocation(1).WithArguments("documentation comment", "A/RES/75/293, annex I, para. 2", "<see cref=\"A_RES_75_293.AnnexI.P2\"/>"));
    }

    private static async Task Verify(string testCode, string fixedCode, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<CitationAnalyzer, UseTypedCitationCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = testCode,
            FixedCode = fixedCode,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.AdditionalReferences.AddRange(Compiler.References);
        test.TestState.AdditionalReferences.AddRange(Compiler.CorpusReferences);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
