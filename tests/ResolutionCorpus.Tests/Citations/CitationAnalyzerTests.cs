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
        Expect("RC2003", 0, "E/RES/2004/33, para. 12", "E/RES/2004/33 has 9 operative paragraphs"),
        Expect("RC2003", 1, "A/RES/79/284, para. 42", "A/RES/79/284 has 41 operative paragraphs"),
        Expect("RC2003", 2, "A/RES/79/284, preambular para. 13", "A/RES/79/284 has 12 preambular paragraphs"));

    [TestMethod]
    public Task An_unknown_resolution_and_a_malformed_citation_are_errors() => Verify("""
        using ResolutionCorpus;

        [Cites({|#0:"A/RES/70/1, para. 1"|})]
        [Cites({|#1:"A/RES/79/284; para. 5"|})]
        public class Mandate { }
        """,
        new DiagnosticResult("RC2002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("A/RES/70/1", $"{Resolutions.Corpus.Symbols.Count} resolutions"),
        new DiagnosticResult("RC2001", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "'A/RES/79/284;' is not a United Nations resolution; expected a symbol such as A/RES/79/284, E/RES/2005/17, S/RES/2504 (2020) or 2200 A (XXI), or a reference such as 'resolution 79/284'."));

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
        Assert.AreEqual("A/RES/79/284, para. 2 (c) does not exist: paragraph 2 of A/RES/79/284 has sub-paragraphs (a), (b)", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(6, error.Location.GetLineSpan().StartLinePosition.Line);
    }

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
