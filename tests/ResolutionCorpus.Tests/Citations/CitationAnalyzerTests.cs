extern alias gen;

using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;
using CitationAnalyzer = gen::ResolutionCorpus.Generator.Analyze.CitationAnalyzer;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>[Cites] checked at build time: each diagnostic on the attribute's argument, none on valid citations.</summary>
[TestClass]
public sealed class CitationAnalyzerTests
{
    [TestMethod]
    public Task Valid_citations_of_the_referenced_corpus_have_no_diagnostic() => Verify("""
        using ResolutionCorpus;
        using ResolutionCorpus.Resolutions;

        [Cites(E_RES_2004_33.Operative.P8.Citation)]
        [Cites(A_RES_79_284.Preamble.P12.Citation)]
        [Cites("A/RES/79/284", 41)]
        public static class Mandate
        {
            [Cites(E_RES_2004_33.Operative.P9.Citation)]
            public static void Report() { }
        }
        """);

    [TestMethod]
    public Task A_paragraph_that_does_not_exist_is_an_error_that_says_what_exists() => Verify("""
        using ResolutionCorpus;

        public static class Mandate
        {
            [Cites({|#0:"E/RES/2004/33, para. 12"|})]
            public static void Report() { }

            [Cites({|#1:"A/RES/79/284"|}, 42)]
            public static int Count { get; }

            [Cites({|#2:"the thirteenth preambular paragraph of resolution 79/284"|})]
            public static int Field;
        }
        """,
        Expect("RC2003", 0, "E/RES/2004/33, para. 12", "E/RES/2004/33 has 9 operative paragraphs; did you mean E/RES/2004/33, para. 9?"),
        Expect("RC2003", 1, "A/RES/79/284, para. 42", "A/RES/79/284 has 41 operative paragraphs; did you mean A/RES/79/284, para. 41?"),
        Expect("RC2003", 2, "A/RES/79/284, preambular para. 13", "A/RES/79/284 has 12 preambular paragraphs; did you mean A/RES/79/284, preambular para. 12?"));

    [TestMethod]
    public Task Points_parts_sections_and_annexes_that_exist_have_no_error_and_each_has_its_constant() => Verify("""
        using ResolutionCorpus;

        [Cites({|#0:"A/RES/75/101 A-B, part A, para. 1 (e) (iv)"|})]
        [Cites({|#1:"A/RES/75/101 A-B, part B, section II, para. 12"|})]
        [Cites({|#2:"A/RES/75/101 A-B, part B"|})]
        [Cites({|#3:"A/RES/75/293, annex I, para. 35"|})]
        [Cites({|#4:"A/RES/75/293, annex II"|})]
        [Cites({|#5:"A/RES/75/293, para. 13 (e)"|})]
        public static class Mandate { }
        """,
        Constant(0, "A/RES/75/101 A-B, part A, para. 1 (e) (iv)", "A_RES_75_101AB.PartA.Operative.P1.E.IV.Citation"),
        Constant(1, "A/RES/75/101 A-B, part B, section II, para. 12", "A_RES_75_101AB.PartB.SectionII.Operative.P12.Citation"),
        Constant(2, "A/RES/75/101 A-B, part B", "A_RES_75_101AB.PartB.Citation"),
        Constant(3, "A/RES/75/293, annex I, para. 35", "A_RES_75_293.AnnexI.P35.Citation"),
        Constant(4, "A/RES/75/293, annex II", "A_RES_75_293.AnnexII.Citation"),
        Constant(5, "A/RES/75/293, para. 13 (e)", "A_RES_75_293.Section3.Operative.P13.E.Citation"));

    [TestMethod]
    public Task Points_parts_sections_and_annexes_that_do_not_exist_are_errors_with_the_closest_that_does() => Verify("""
        using ResolutionCorpus;

        [Cites({|#0:"A/RES/75/101 A-B, part A, para. 1 (g)"|})]
        [Cites({|#1:"A/RES/75/101 A-B, part A, para. 1 (e) (ix)"|})]
        [Cites({|#2:"A/RES/75/101 A-B, section II, para. 12"|})]
        [Cites({|#3:"A/RES/75/101 A-B, part C"|})]
        [Cites({|#4:"A/RES/75/293, annex III"|})]
        [Cites({|#5:"A/RES/75/293, annex I, para. 36"|})]
        [Cites({|#6:"A/RES/75/293, para. 13 (f)"|})]
        [Cites({|#7:"Security Council resolution 2334 (2016), paragraph 14"|})]
        [Cites({|#8:"A/HRC/RES/58/1, para. 28"|})]
        public static class Mandate { }
        """,
        Expect("RC2003", 0, "A/RES/75/101 A-B, part A, para. 1 (g)", "A/RES/75/101 A-B, part A, para. 1 has sub-paragraphs (a), (b), (c), (d), (e), (f); did you mean A/RES/75/101 A-B, part A, para. 1 (f)?"),
        Expect("RC2003", 1, "A/RES/75/101 A-B, part A, para. 1 (e) (ix)", "A/RES/75/101 A-B, part A, para. 1 (e) has sub-paragraphs (i), (ii), (iii), (iv); did you mean A/RES/75/101 A-B, part A, para. 1 (e) (i)?"),
        Expect("RC2003", 2, "A/RES/75/101 A-B, section II, para. 12", "A/RES/75/101 A-B has no section II; it has part A, part B; did you mean A/RES/75/101 A-B, part B, section II, para. 12?"),
        Expect("RC2003", 3, "A/RES/75/101 A-B, part C", "A/RES/75/101 A-B has no part C; it has part A, part B; did you mean A/RES/75/101 A-B, part B?"),
        Expect("RC2003", 4, "A/RES/75/293, annex III", "A/RES/75/293 has no annex III; it has annex I, annex II; did you mean A/RES/75/293, annex II?"),
        Expect("RC2003", 5, "A/RES/75/293, annex I, para. 36", "A/RES/75/293, annex I has 35 paragraphs; did you mean A/RES/75/293, annex I, para. 35?"),
        Expect("RC2003", 6, "A/RES/75/293, para. 13 (f)", "A/RES/75/293, para. 13 has sub-paragraphs (a), (b), (c), (d), (e); did you mean A/RES/75/293, para. 13 (e)?"),
        Expect("RC2003", 7, "S/RES/2334 (2016), para. 14", "S/RES/2334 (2016) has 13 operative paragraphs; did you mean S/RES/2334 (2016), para. 13?"),
        Expect("RC2003", 8, "A/HRC/RES/58/1, para. 28", "A/HRC/RES/58/1 has 27 operative paragraphs; did you mean A/HRC/RES/58/1, para. 27?"));

    [TestMethod]
    public Task An_unknown_resolution_and_a_malformed_citation_are_errors() => Verify("""
        using ResolutionCorpus;

        [Cites({|#0:"A/RES/70/1, para. 1"|})]
        [Cites({|#1:"A/RES/79/284; para. 5"|})]
        [Cites({|#2:"A/RES/79/2840, para. 1"|})]
        public class Mandate { }
        """,
        new DiagnosticResult("RC2002", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "A/RES/70/1", $"{Resolutions.Corpus.Symbols.Count} resolutions", "did you mean A/RES/80/1? Otherwise add its resolution file or reference the assembly that has it"),
        new DiagnosticResult("RC2001", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "'A/RES/79/284;' is not a United Nations resolution; expected a symbol such as A/RES/79/284, E/RES/2005/17, S/RES/2504 (2020) or 2200 A (XXI), or a reference such as 'resolution 79/284'."),
        new DiagnosticResult("RC2002", DiagnosticSeverity.Error).WithLocation(2).WithArguments(
            "A/RES/79/2840", $"{Resolutions.Corpus.Symbols.Count} resolutions", "did you mean A/RES/79/284? Otherwise add its resolution file or reference the assembly that has it"));

    [TestMethod]
    public async Task The_projects_own_resolution_files_are_seen_too()
    {
        // A project with its own YAML: the generator's classes are part of the compilation the analyzer sees.
        string source = """
            using ResolutionCorpus;
            public static class Mandate
            {
                [Cites("A/RES/79/284, para. 2 (b)")]
                public static void Valid() { }

                [Cites("A/RES/79/284, para. 2 (c)")]
                public static void Invalid() { }
            }
            """;
        var (_, output) = Compiler.Run(Compiler.CreateCompilation(source), ("/corpus/own.yaml", SampleYaml.Full));
        ImmutableArray<Diagnostic> diagnostics = await output
            .WithAnalyzers([new CitationAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        Diagnostic error = diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.AreEqual("RC2003", error.Id);
        Assert.AreEqual("A/RES/79/284, para. 2 (c) does not exist: A/RES/79/284, para. 2 has sub-paragraphs (a), (b); did you mean A/RES/79/284, para. 2 (b)?", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(6, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static DiagnosticResult Constant(int location, string citation, string constant) =>
        new DiagnosticResult("RC2004", DiagnosticSeverity.Hidden).WithLocation(location).WithArguments(citation, constant);

    private static DiagnosticResult Expect(string id, int location, params object[] arguments) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithArguments(arguments);

    private static async Task Verify(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<CitationAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
        };
        test.TestState.AdditionalReferences.AddRange(Compiler.References);
        test.TestState.AdditionalReferences.AddRange(Compiler.CorpusReferences);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
