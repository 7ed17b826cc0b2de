extern alias gen;

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Tests.Infrastructure;
using CitationAnalyzer = gen::ResolutionCorpus.Generator.Analyze.CitationAnalyzer;
using DiagnosticInfo = gen::ResolutionCorpus.Generator.Diagnose.DiagnosticInfo;

namespace ResolutionCorpus.Tests;

/// <summary>
/// Unnumbered words printed before paragraph 1 ("Resolves that, for 2021:"): read from <c>intro</c>, named
/// <c>Intro.P1</c>, cited as <c>introductory para. 1</c>, resolved at run time and checked at build time.
/// </summary>
[TestClass]
public sealed class IntroductoryParagraphTests
{
    private const string Budget = """
        schema: 1
        symbol: A/RES/75/254
        body: GeneralAssembly
        session: 75
        title: Programme budget for 2021
        adopted: 2020-12-31
        preamble:
          - text: "Having considered the proposed programme budget,"
        intro:
          - "Resolves that, for 2021:[^1]"
        operative:
          - number: 1
            text: "Appropriations totalling 3,208,080,100 United States dollars are hereby approved;"
        sections:
          - number: I
            heading: Working Capital Fund
            intro:
              - "Further resolves that:"
            operative:
              - number: 2
                text: "The Working Capital Fund shall be established in the amount of 150 million dollars;"
        footnotes:
          - marker: "1"
            text: "See A/75/6."
        """;

    [TestMethod]
    public void Generated_classes_name_and_cite_the_introductory_paragraphs()
    {
        WithResolution(assembly =>
        {
            Type intro = assembly.GetType("ResolutionCorpus.Resolutions.A_RES_75_254+Intro+P1", throwOnError: true)!;
            Assert.AreEqual("intro_1", intro.GetField("Id")!.GetValue(null));
            Assert.AreEqual("A/RES/75/254, introductory para. 1", intro.GetField("Citation")!.GetValue(null));

            Type inSection = assembly.GetType("ResolutionCorpus.Resolutions.A_RES_75_254+SectionI+Intro+P1", throwOnError: true)!;
            Assert.AreEqual("sec_I__intro_1", inSection.GetField("Id")!.GetValue(null));
            Assert.AreEqual("A/RES/75/254, section I, introductory para. 1", inSection.GetField("Citation")!.GetValue(null));
        });
    }

    [TestMethod]
    public void At_run_time_they_are_paragraphs_with_footnotes_that_citations_resolve_to()
    {
        WithResolution(assembly =>
        {
            var resolution = (Resolution)assembly.GetType("ResolutionCorpus.Resolutions.A_RES_75_254")!.GetProperty("Resolution")!.GetValue(null)!;
            Paragraph opening = resolution.Intro.Single();
            Assert.AreEqual(ParagraphKind.Introductory, opening.Kind);
            Assert.AreEqual("Resolves that, for 2021:", opening.Text);
            Assert.AreEqual("See A/75/6.", opening.Footnotes.Single().Footnote.Text);
            Assert.AreEqual("Further resolves that:", resolution.Divisions.Single().Intro.Single().Text);

            var resolve = assembly.GetType("ResolutionCorpus.Resolutions.Corpus")!.GetMethod("Resolve")!.CreateDelegate<Func<string, CitationResult>>();
            Assert.AreSame(opening, resolve("A/RES/75/254, introductory para. 1").Paragraph);
            Assert.AreSame(resolution.Divisions[0].Intro[0], resolve(opening.Citation.Replace(", introductory", ", section I, introductory", StringComparison.Ordinal)).Paragraph);
            CitationResult missing = resolve("A/RES/75/254, introductory para. 2");
            Assert.IsNull(missing.Paragraph);
            Assert.AreEqual("A/RES/75/254, introductory para. 2 does not exist: A/RES/75/254 has 1 introductory paragraph; did you mean A/RES/75/254, introductory para. 1?", missing.Error);
        });
    }

    [TestMethod]
    public void The_citation_grammar_reads_them_and_refuses_their_sub_paragraphs()
    {
        Assert.IsTrue(Citation.TryParse("A/RES/75/254, introductory paragraph 1", out Citation? citation, out _));
        Assert.AreEqual(ParagraphKind.Introductory, citation!.Kind);
        Assert.AreEqual("A/RES/75/254, introductory para. 1", citation.ToString());

        Assert.IsFalse(Citation.TryParse("A/RES/75/254, introductory para. 1 (a)", out _, out string? error));
        StringAssert.Contains(error, "an introductory paragraph; only operative paragraphs have sub-paragraphs");
    }

    [TestMethod]
    public async Task Citing_one_that_does_not_exist_is_a_build_error()
    {
        string source = """
            using ResolutionCorpus;
            public static class Budget
            {
                [Cites("A/RES/75/254, introductory para. 1")]
                public static void Exists() { }

                [Cites("A/RES/75/254, introductory para. 2")]
                public static void Missing() { }
            }
            """;
        // Without sections: the citations of paragraphs in parts and sections are left to run time.
        string undivided = Budget[..Budget.IndexOf("sections:", StringComparison.Ordinal)] + Budget[Budget.IndexOf("footnotes:", StringComparison.Ordinal)..];
        var (_, output) = Compiler.Run(Compiler.CreateCompilation(source), ("/corpus/budget.yaml", undivided));
        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers([new CitationAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Diagnostic error = diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.AreEqual("RC2003", error.Id);
        Assert.AreEqual("A/RES/75/254, introductory para. 2 does not exist: A/RES/75/254 has 1 introductory paragraph; did you mean A/RES/75/254, introductory para. 1?", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void An_introductory_paragraph_that_is_not_a_text_is_an_error_at_its_line()
    {
        string yaml = Budget.Replace("  - \"Resolves that, for 2021:[^1]\"", "  - text: \"Resolves that, for 2021:[^1]\"", StringComparison.Ordinal);
        Assert.AreNotEqual(Budget, yaml);
        DiagnosticInfo error = Parsing.Parse(yaml).Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("RC1003@10:5", Parsing.Format(error));
        StringAssert.Contains(error.Message, "each introductory paragraph is a text");
    }

    private static void WithResolution(Action<Assembly> check) => Compiler.WithAssembly(check, ("/corpus/budget.yaml", Budget));
}
