using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Commands;
using ResolutionCorpus.Tool.Export;
using ResolutionCorpus.Tool.Import.Akn;
using DivisionModel = ResolutionCorpus.Generator.Model.DivisionModel;
using ResolutionModel = ResolutionCorpus.Generator.Model.ResolutionModel;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>Import, export, import again: the YAML is the same, and the XML keeps parts, sections, quotations, annexes and notes.</summary>
[TestClass]
public sealed class AknRoundTripTests
{
    private static readonly XNamespace s_akn = AknReader.Namespace;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Long")]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void Every_imported_file_exports_and_imports_again_to_the_same_yaml()
    {
        if (AknCorpus.Missing is string missing)
        {
            Assert.Inconclusive(missing);
        }

        var problems = new List<string>();
        int parts = 0, sections = 0, quotations = 0, annexes = 0, notes = 0;
        foreach ((string file, string yaml, ResolutionModel model) in AknCorpus.Report.Imported)
        {
            XDocument exported = AknExporter.Export(model);
            string xml = Encoding.UTF8.GetString(ExportRunner.Serialize(exported));
            AknImportResult again = AknImporter.Import(Path.GetFileName(file), xml);
            if (again.Yaml is not string reimported)
            {
                problems.Add($"{Path.GetFileName(file)}: the export does not import: {string.Join("; ", again.Errors)}");
                continue;
            }

            if (Body(reimported) != Body(yaml))
            {
                problems.Add($"{Path.GetFileName(file)}: the YAML differs after the round trip, first at: {FirstDifference(Body(yaml), Body(reimported))}");
            }

            // What the file has, the export has.
            int expectedSections = Divisions(model.Divisions).Count(d => d.IsSection);
            List<XElement> components = [.. exported.Descendants(s_akn + "components").Elements(s_akn + "component").Elements(s_akn + "statement")];
            Expect(problems, file, "parts", model.Divisions.Count(d => d.IsPart), components.Count(s => (string?)s.Attribute("name") == "resolution"));
            Expect(problems, file, "quotations", model.Divisions.Count(d => d.IsQuotation), components.Count(s => (string?)s.Attribute("name") == "draft resolution"));
            Expect(problems, file, "sections", expectedSections, exported.Descendants(s_akn + "hcontainer").Count(h => (string?)h.Attribute("name") == "section"));
            Expect(problems, file, "annexes", model.Divisions.Count(d => d.IsAnnex), exported.Descendants(s_akn + "attachment").Count());
            // The document's own notes are in its preface; an annex's title may carry a footnote's marker in its own.
            List<XElement> prefaceNotes = [.. exported.Root!.Elements().Elements(s_akn + "preface").Descendants(s_akn + "authorialNote")];

            // A footnote is written at each of its markers, and a marker printed for several notes writes each once.
            int written = exported.Descendants(s_akn + "authorialNote").Except(prefaceNotes).GroupBy(n => (string?)n.Attribute("marker"))
                .Sum(g => model.Footnotes.Count(f => f.Marker == g.Key) > 1 ? g.Count() : 1);
            Expect(problems, file, "notes", model.Footnotes.Count, written);
            Expect(problems, file, "document notes", model.Notes.Count, prefaceNotes.Count);
            parts += model.Divisions.Count(d => d.IsPart);
            sections += expectedSections;
            annexes += model.Divisions.Count(d => d.IsAnnex);
            quotations += model.Divisions.Count(d => d.IsQuotation);
            notes += model.Footnotes.Count;
        }

        TestContext.WriteLine($"{AknCorpus.Report.Imported.Count} files: {parts} parts, {sections} sections, {quotations} quotations, {annexes} annexes, {notes} notes exported.");
        Assert.IsTrue(parts > 0 && sections > 0 && quotations > 0 && annexes > 0 && notes > 0, "The corpus should exercise parts, sections, quotations, annexes and notes.");
        Assert.IsEmpty(problems, $"{problems.Count} problem(s):\n" + string.Join("\n", problems.Take(30)));
    }

    private static void Expect(List<string> problems, string file, string what, int expected, int actual)
    {
        if (expected != actual)
        {
            problems.Add($"{Path.GetFileName(file)}: {expected} {what} in the YAML, {actual} in the export");
        }
    }

    private static IEnumerable<DivisionModel> Divisions(IEnumerable<DivisionModel> divisions) =>
        divisions.SelectMany(d => new[] { d }.Concat(Divisions(d.Sections)));

    /// <summary>The YAML without its first line, the comment that names the source file.</summary>
    private static string Body(string yaml) => yaml[(yaml.IndexOf('\n') + 1)..];

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 2}: '{AknReader.Shorten(a[i])}' became '{AknReader.Shorten(b[i])}'";
            }
        }

        return $"the lengths differ ({a.Length} and {b.Length} lines)";
    }
}
