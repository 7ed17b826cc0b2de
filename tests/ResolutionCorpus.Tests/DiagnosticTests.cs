extern alias gen;

using System.Linq;
using gen::ResolutionCorpus.Generator.Diagnose;
using gen::ResolutionCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>One test per diagnostic: its id, and where in the YAML file it points (1-based line:column).</summary>
[TestClass]
public sealed class DiagnosticTests
{
    private static string Full(string find, string replace)
    {
        Assert.Contains(find, SampleYaml.Full, "the sample must contain the text being replaced");
        return SampleYaml.Full.Replace(find, replace);
    }

    private static void AssertLocated(string yaml, params string[] expected) =>
        Assert.AreEqual(string.Join(" ", expected), string.Join(" ", Parsing.Located(yaml)));

    [TestMethod]
    public void Valid_file_has_no_diagnostics() => AssertLocated(SampleYaml.Full);

    [TestMethod]
    public void RC1001_yaml_syntax_error_points_at_the_error()
    {
        // An unclosed flow list: the diagnostic points at its opening bracket.
        AssertLocated(Full("symbol: A/RES/79/284", "symbol: [A/RES/79/284"), "RC1001@2:9");
        AssertLocated(Full("title: Cooperation", "title: \"Cooperation"), "RC1001@5:8");
    }

    [TestMethod]
    public void RC1002_missing_required_field_points_at_its_mapping()
    {
        AssertLocated(Full("title: Cooperation between the United Nations and the Council of Europe\n", ""), "RC1002@1:1");
        AssertLocated(Full("      - label: a\n        text: To develop procedures;", "      - label: a"), "RC1002@25:9");
    }

    [TestMethod]
    public void RC1002_empty_file_is_reported_at_its_start() =>
        AssertLocated("", "RC1002@1:1");

    [TestMethod]
    public void RC1003_invalid_value_points_at_the_value()
    {
        AssertLocated(Full("adopted: 2025-04-16", "adopted: 2025-13-45"), "RC1003@6:10");
        AssertLocated(Full("session: 79", "session: seventy"), "RC1003@4:10");
        AssertLocated(Full("body: GeneralAssembly", "body: Assembly"), "RC1003@3:7");
    }

    [TestMethod]
    public void RC1004_unknown_field_is_a_warning_on_the_key()
    {
        var result = Parsing.Parse(Full("meeting:", "colour: red\nmeeting:"));
        Assert.AreEqual("RC1004@7:1", string.Join(" ", result.Diagnostics.Select(Parsing.Format)));
        Assert.AreEqual(DiagnosticSeverity.Warning, result.Diagnostics[0].Descriptor.DefaultSeverity);
        Assert.IsNotNull(result.Resolution, "a warning does not stop the file from being generated");
    }

    [TestMethod]
    public void RC1005_same_symbol_in_two_files_points_at_the_second_symbol()
    {
        var (run, _) = Compiler.Run(("/corpus/a.yaml", SampleYaml.Full), ("/corpus/b.yaml", SampleYaml.Full));
        Diagnostic diagnostic = run.Diagnostics.Single();
        Assert.AreEqual("RC1005", diagnostic.Id);
        Assert.AreEqual("/corpus/b.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.AreEqual(new LinePosition(1, 8), diagnostic.Location.GetLineSpan().StartLinePosition);
        StringAssert.Contains(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), "/corpus/a.yaml");
        Assert.AreEqual(2, run.Results[0].GeneratedSources.Length, "one class and the index: the duplicate is left out");
    }

    [TestMethod]
    public void RC1006_operative_numbers_that_skip_or_repeat()
    {
        AssertLocated(Full("  - number: 2", "  - number: 3"), "RC1006@21:13");
        AssertLocated(Full("  - number: 2", "  - number: 1"), "RC1006@21:13");
    }

    [TestMethod]
    public void RC1006_a_part_numbers_from_1_or_runs_on_from_the_part_before_it()
    {
        static string Parts(int firstOfB) => $"""
            schema: 1
            symbol: S/RES/820 (1993)
            body: SecurityCouncil
            session: 1993
            adopted: 1993-04-17
            parts:
              - label: A
                operative:
                  - number: 1
                    text: Commends the peace plan;
                  - number: 2
                    text: Welcomes the plan;
              - label: B
                operative:
                  - number: {firstOfB}
                    text: Decides to strengthen the measures.
            """;
        AssertLocated(Parts(1));
        AssertLocated(Parts(3));
        AssertLocated(Parts(2), "RC1006@15:17");
    }

    [TestMethod]
    public void RC1007_marker_without_footnote_points_at_the_text()
    {
        var result = Parsing.Parse(Full("in Europe;", "in Europe;[^9]"));
        Assert.AreEqual("RC1007@20:11", string.Join(" ", result.Diagnostics.Select(Parsing.Format)));
        StringAssert.Contains(result.Diagnostics[0].Message, "[^9]");
    }

    [TestMethod]
    public void RC1008_footnote_never_referenced_points_at_its_marker() =>
        AssertLocated(Full("October 1989,[^1]", "October 1989,"), "RC1008@30:13");

    [TestMethod]
    public void RC1009_invalid_symbol_points_at_the_symbol() =>
        AssertLocated(Full("symbol: A/RES/79/284", "symbol: A/RES/79"), "RC1009@2:9");

    [TestMethod]
    public void RC1010_two_symbols_with_one_class_name_point_at_the_later_file()
    {
        // Canonical symbols map to distinct names; the check guards the naming rule itself.
        LocationInfo Where(string path) => new(path, new TextSpan(10, 5), new LinePositionSpan(new LinePosition(1, 8), new LinePosition(1, 13)));
        DiagnosticInfo diagnostic = CorpusChecks.Diagnose(
        [
            new ResolutionKey("/b.yaml", "A/RES/1/2", "Same", Where("/b.yaml")),
            new ResolutionKey("/a.yaml", "A/RES/1/3", "Same", Where("/a.yaml")),
        ]).Single();
        Assert.AreEqual("RC1010", diagnostic.Descriptor.Id);
        Assert.AreEqual("/b.yaml", diagnostic.Location.FilePath);

        // The plan, which holds no location, leaves out the same file.
        CorpusPlan plan = CorpusChecks.Plan([new CorpusEntry("/b.yaml", "A/RES/1/2", "Same"), new CorpusEntry("/a.yaml", "A/RES/1/3", "Same")]);
        CollectionAssert.AreEqual(new[] { "/b.yaml" }, plan.Excluded.ToArray());
    }

    [TestMethod]
    public void RC1011_unsupported_schema_version() =>
        AssertLocated(Full("schema: 1", "schema: 2"), "RC1011@1:9");

    [TestMethod]
    public void RC1012_nul_and_unpaired_surrogates_are_refused()
    {
        AssertLocated(Full("text: Resolution 44/6.", "text: \"Resolution\\0 44/6.\""), "RC1012@31:11");
        AssertLocated(Full("text: Resolution 44/6.", "text: \"Resolution \uD800 44/6.\""), "RC1012@31:11");
    }

    [TestMethod]
    public void RC1013_field_written_twice_points_at_the_second() =>
        AssertLocated(Full("meeting:", "title: Again\nmeeting:"), "RC1013@7:1");

    [TestMethod]
    public void RC1014_repeated_sub_paragraph_label() =>
        AssertLocated(Full("- label: b", "- label: a"), "RC1014@27:16");

    [TestMethod]
    public void RC1015_repeated_footnote_marker()
    {
        AssertLocated(Full("marker: \"2\"", "marker: \"1\""), "RC1007@20:11", "RC1015@32:13");
    }

    [TestMethod]
    public void RC1016_body_that_does_not_match_the_symbol() =>
        AssertLocated(Full("body: GeneralAssembly", "body: SecurityCouncil"), "RC1016@3:7");

    [TestMethod]
    public void RC1017_aliases_are_refused_so_no_alias_bomb_can_expand() =>
        AssertLocated(Full("title: Cooperation between the United Nations and the Council of Europe", "title: *name"), "RC1017@5:8");

    [TestMethod]
    public void RC1019_a_repeated_part_section_or_annex_points_at_the_later_one()
    {
        AssertLocated(Fixture("A_RES_76_9.yml", "  - number: \"II\"", "  - number: \"I\""), "RC1019@31:13");
        AssertLocated(Fixture("A_RES_75_101_A-B.yaml", "  - label: \"B\"", "  - label: \"A\""), "RC1019@30:12");

        // An annex labelled 2 and an unlabelled annex second in order would both be Annex2: the unlabelled one is named.
        string annexes = Fixture("S_RES_2100_2013.yaml", "  - label: \"I\"", "  - label: \"2\"");
        AssertLocated(annexes.Replace("  - label: \"II\"\n    paragraphs:", "  - paragraphs:", System.StringComparison.Ordinal), "RC1019@27:5");
    }

    /// <summary>A file of <c>tests/fixtures</c> with one edit, which must apply.</summary>
    private static string Fixture(string file, string find, string replace)
    {
        string yaml = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.Root, "tests", "fixtures", file));
        Assert.Contains(find, yaml, $"{file} must contain the text being replaced");
        return yaml.Replace(find, replace, System.StringComparison.Ordinal);
    }

    [TestMethod]
    public void Generator_reports_parse_diagnostics_in_the_yaml_file()
    {
        var (run, _) = Compiler.Run(("/corpus/bad.yaml", Full("adopted: 2025-04-16", "adopted: 16 April 2025")));
        Diagnostic diagnostic = run.Diagnostics.Single();
        Assert.AreEqual("RC1003", diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual("/corpus/bad.yaml", span.Path);
        Assert.AreEqual(new LinePosition(5, 9), span.StartLinePosition);
        Assert.IsEmpty(run.Results[0].GeneratedSources, "a file with errors generates nothing");
    }
}
