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
/// A text a resolution sets out whole (a draft resolution the Economic and Social Council recommends to the General
/// Assembly, an amended article): read from <c>quotations</c>, named <c>Quotation.Operative.P2</c>, cited as
/// <c>quotation, para. 2</c>, numbered on its own, resolved at run time and checked at build time.
/// </summary>
[TestClass]
public sealed class QuotationTests
{
    private const string Recommending = """
        schema: 1
        symbol: E/RES/2022/12
        body: EconomicAndSocialCouncil
        session: 2022
        title: Follow-up to the Fourteenth Congress
        adopted: 2022-07-21
        operative:
          - text: "Recommends to the General Assembly the adoption of the following draft resolution:"
        quotations:
          - formula: "The General Assembly,"
            preamble:
              - phrase: Recalling
                text: "Recalling its resolution 76/181,"
            operative:
              - number: 1
                text: "Takes note of the report;[^1]"
              - number: 2
                text: "Decides that the Congress shall consider:"
                subparagraphs:
                  - label: a
                    text: "Crime prevention;"
        footnotes:
          - marker: "1"
            text: "E/CN.15/2022/11."
        """;

    [TestMethod]
    public void Generated_classes_name_and_cite_the_quotation_within_the_resolution()
    {
        WithResolution(assembly =>
        {
            Type quotation = assembly.GetType("ResolutionCorpus.Resolutions.E_RES_2022_12+Quotation", throwOnError: true)!;
            Assert.AreEqual("qstr_1", quotation.GetField("Id")!.GetValue(null));
            Assert.AreEqual("E/RES/2022/12, quotation", quotation.GetField("Citation")!.GetValue(null));

            Type point = assembly.GetType("ResolutionCorpus.Resolutions.E_RES_2022_12+Quotation+Operative+P2+A", throwOnError: true)!;
            Assert.AreEqual("qstr_1__para_2__point_a", point.GetField("Id")!.GetValue(null));
            Assert.AreEqual("E/RES/2022/12, quotation, para. 2 (a)", point.GetField("Citation")!.GetValue(null));

            // The resolution's own paragraph 1 is the recommending one, not the quotation's.
            Type own = assembly.GetType("ResolutionCorpus.Resolutions.E_RES_2022_12+Operative+P1", throwOnError: true)!;
            Assert.AreEqual("E/RES/2022/12, para. 1", own.GetField("Citation")!.GetValue(null));
        });
    }

    [TestMethod]
    public void At_run_time_it_is_a_division_with_its_formula_that_citations_resolve_into()
    {
        WithResolution(assembly =>
        {
            var resolution = (Resolution)assembly.GetType("ResolutionCorpus.Resolutions.E_RES_2022_12")!.GetProperty("Resolution")!.GetValue(null)!;
            Division quotation = resolution.Divisions.Single();
            Assert.AreEqual(DivisionKind.Quotation, quotation.Kind);
            Assert.AreEqual("The General Assembly,", quotation.Heading);
            Assert.AreEqual("Recalling its resolution 76/181,", quotation.Preamble.Single().Text);
            Assert.AreEqual("E/CN.15/2022/11.", quotation.Paragraphs[0].Footnotes.Single().Footnote.Text);

            var resolve = assembly.GetType("ResolutionCorpus.Resolutions.Corpus")!.GetMethod("Resolve")!.CreateDelegate<Func<string, CitationResult>>();
            Assert.AreSame(quotation.Paragraphs[1], resolve("E/RES/2022/12, quotation, para. 2").Paragraph);
            Assert.AreSame(resolution.Operative.Single(), resolve("E/RES/2022/12, para. 1").Paragraph);
            CitationResult missing = resolve("E/RES/2022/12, quotation, para. 3");
            Assert.IsNull(missing.Paragraph);
            StringAssert.Contains(missing.Error, "did you mean E/RES/2022/12, quotation, para. 2?");
        });
    }

    [TestMethod]
    public async Task Citing_a_paragraph_it_does_not_have_is_a_build_error_with_the_nearest()
    {
        string source = """
            using ResolutionCorpus;
            public static class Crime
            {
                [Cites("E/RES/2022/12, quotation, para. 2 (a)")]
                public static void Exists() { }

                [Cites("E/RES/2022/12, quotation, para. 3")]
                public static void Missing() { }
            }
            """;
        var (_, output) = Compiler.Run(Compiler.CreateCompilation(source), ("/corpus/crime.yaml", Recommending));
        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers([new CitationAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Diagnostic error = diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.AreEqual("RC2003", error.Id);
        StringAssert.Contains(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), "E/RES/2022/12, quotation, para. 3 does not exist");
    }

    [TestMethod]
    public void A_quotations_numbering_starts_at_its_own_first_number_then_runs_on_without_a_gap()
    {
        // An amended article quoted in part ("Article 9, new paragraph 4:") keeps its printed number.
        string fromFour = Recommending.Replace("      - number: 1\n", "      - number: 4\n", StringComparison.Ordinal)
            .Replace("      - number: 2\n", "      - number: 5\n", StringComparison.Ordinal);
        Assert.AreNotEqual(Recommending, fromFour);
        Assert.IsFalse(Parsing.Parse(fromFour).Diagnostics.Any(d => d.IsError), string.Join("; ", Parsing.Parse(fromFour).Diagnostics));

        string gap = Recommending.Replace("      - number: 2\n", "      - number: 3\n", StringComparison.Ordinal);
        Assert.AreNotEqual(Recommending, gap);
        DiagnosticInfo error = Parsing.Parse(gap).Diagnostics.First(d => d.IsError);
        Assert.AreEqual("RC1006", error.Descriptor.Id);
        StringAssert.Contains(error.Message, "numbered 3 where 2 was expected");
    }

    private static void WithResolution(Action<Assembly> check) => Compiler.WithAssembly(check, ("/corpus/crime.yaml", Recommending));
}
