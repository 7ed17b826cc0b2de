extern alias gen;

using System;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;
using DiagnosticInfo = gen::ResolutionCorpus.Generator.Diagnose.DiagnosticInfo;

namespace ResolutionCorpus.Tests;

/// <summary>
/// A footnote marker in a heading or title, and one marker printed for several notes ("*" on the heading of each annex,
/// each page with its own note): defined once per note, its markers name them in turn.
/// </summary>
[TestClass]
public sealed class RepeatedMarkerTests
{
    private const string Sanctions = """
        schema: 1
        symbol: S/RES/2713 (2023)
        body: SecurityCouncil
        session: 2023
        adopted: 2023-12-01
        operative:
          - number: 1
            text: "Decides that the items in the annexes are subject to its procedures.[^1]"
          - number: 2
            text: "Decides to remain actively seized of the matter.[^*]"
        annexes:
          - label: "A"
            title: "Items subject to a no-objection process[^*]"
            paragraphs:
              - number: "1"
                text: "Surface to air missiles;"
          - label: "B"
            title: "Items requiring advance notification[^*]"
            paragraphs:
              - number: "1"
                text: "Weapons with a calibre up to 12.7 mm;"
        footnotes:
          - marker: "1"
            text: "S/2023/1."
          - marker: "*"
            text: "Adopted at the 9500th meeting."
          - marker: "*"
            text: "Not applicable to the Government."
          - marker: "*"
            text: "To be notified in advance."
        """;

    [TestMethod]
    public void Each_marker_names_the_next_note_defined_with_it_and_a_heading_keeps_its_wording_without_the_marker()
    {
        Compiler.WithAssembly(assembly =>
        {
            Resolution resolution = Resolution(assembly);
            Assert.AreEqual("Adopted at the 9500th meeting.", resolution.Operative[1].Footnotes.Single().Footnote.Text);
            Assert.AreEqual("S/2023/1.", resolution.Operative[0].Footnotes.Single().Footnote.Text);
            Assert.AreEqual("Decides to remain actively seized of the matter.[^*]", resolution.Operative[1].MarkedText);
            Assert.AreEqual("Items subject to a no-objection process", resolution.Divisions[0].Heading);
            Assert.AreEqual("Items requiring advance notification", resolution.Divisions[1].Heading);
            CollectionAssert.AreEqual(
                new[] { "1", "*", "*", "*" },
                resolution.Footnotes.Select(f => f.Marker).ToArray());
        }, ("/corpus/sanctions.yaml", Sanctions));
    }

    [TestMethod]
    public void The_generated_class_of_a_titled_annex_names_its_title_without_the_marker()
    {
        var (run, _) = Compiler.Run(("/corpus/sanctions.yaml", Sanctions));
        string source = run.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("S_RES_2713_2023", StringComparison.Ordinal)).SourceText.ToString();
        StringAssert.Contains(source, "Items subject to a no-objection process");
        Assert.IsFalse(source.Contains("process[^*]", StringComparison.Ordinal), "the marker stays out of the generated code");
    }

    [TestMethod]
    public void A_marker_defined_more_often_than_it_stands_is_an_error_at_its_second_definition()
    {
        string yaml = Sanctions.Replace("text: \"Decides to remain actively seized of the matter.[^*]\"", "text: \"Decides to remain actively seized of the matter.\"", StringComparison.Ordinal);
        Assert.AreNotEqual(Sanctions, yaml);
        DiagnosticInfo error = Parsing.Parse(yaml).Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("RC1015@27:13", Parsing.Format(error));
        StringAssert.Contains(error.Message, "is defined 3 times but stands 2 times");
    }

    private static Resolution Resolution(Assembly assembly) =>
        (Resolution)assembly.GetType("ResolutionCorpus.Resolutions.S_RES_2713_2023")!.GetProperty("Resolution")!.GetValue(null)!;
}
