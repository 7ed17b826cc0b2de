using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Generator.Parse;
using ResolutionCorpus.Tool.Commands;
using ResolutionCorpus.Tool.Export;
using ResolutionCorpus.Tool.Import.Akn;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// <c>export akn</c>, then the AKN import, over the committed fixtures (<c>tests/fixtures</c>): parts, sections, nested
/// sections, introductory paragraphs, points at depth and annexes come back with every word, from a clean checkout.
/// </summary>
[TestClass]
public sealed class FixtureRoundTripTests
{
    public static IEnumerable<object[]> Fixtures() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "fixtures"))
            .Where(path => path.EndsWith(".yaml", System.StringComparison.Ordinal) || path.EndsWith(".yml", System.StringComparison.Ordinal))
            .Order(System.StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [TestMethod]
    [DynamicData(nameof(Fixtures))]
    public void A_fixture_exports_to_akn_and_imports_again_with_the_same_structure_and_words(string fixture)
    {
        ResolutionModel original = Parse(fixture, File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "fixtures", fixture)));
        string xml = Encoding.UTF8.GetString(ExportRunner.Serialize(AknExporter.Export(original)));

        AknImportResult imported = AknImporter.Import(Path.ChangeExtension(fixture, ".xml"), xml);
        Assert.IsNotNull(imported.Yaml, string.Join("; ", imported.Errors));
        ResolutionModel again = Parse(fixture, imported.Yaml);

        Assert.AreEqual(string.Join("\n", Texts(original)), string.Join("\n", Texts(again)), "every text, in order, with its address");
        Assert.AreEqual(xml, Encoding.UTF8.GetString(ExportRunner.Serialize(AknExporter.Export(again))), "exporting the import gives the same document");
    }

    [TestMethod]
    public void The_fixtures_use_every_shape_the_schema_has()
    {
        ResolutionModel[] models = [.. Fixtures().Select(f => (string)f[0]).Select(f => Parse(f, File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "fixtures", f))))];
        List<DivisionModel> divisions = [.. models.SelectMany(m => All(m.Divisions))];

        Assert.IsTrue(divisions.Any(d => d.IsPart), "parts");
        Assert.IsTrue(divisions.Any(d => d.IsSection && d.Sections.Count > 0), "nested sections");
        Assert.IsTrue(divisions.Any(d => d.IsAnnex && d.Label.Length == 0), "a lone unlabelled annex");
        Assert.IsTrue(divisions.Count(d => d.IsAnnex && d.Label.Length > 0) >= 2, "labelled annexes");
        Assert.IsTrue(models.Any(m => m.Intro.Count > 0) && divisions.Any(d => d.Intro.Count > 0), "introductory paragraphs, top level and in a section");
        Assert.IsTrue(models.Any(m => All(m).Any(p => p.SubParagraphs.Any(s => s.SubParagraphs.Count > 0))), "points at depth");
        Assert.IsTrue(models.Any(m => m.Footnotes.Count > 0), "footnotes");
    }

    private static ResolutionModel Parse(string name, string yaml)
    {
        ParseResult parsed = ResolutionParser.Parse("/fixtures/" + name, yaml);
        Assert.IsFalse(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        return parsed.Resolution!;
    }

    private static IEnumerable<DivisionModel> All(IEnumerable<DivisionModel> divisions) =>
        divisions.SelectMany(d => new[] { d }.Concat(All(d.Sections)));

    private static IEnumerable<ParagraphModel> All(ResolutionModel m) =>
        m.Preamble.Concat(m.Intro).Concat(m.Operative).Concat(All(m.Divisions).SelectMany(d => d.Preamble.Concat(d.Intro).Concat(d.Paragraphs)));

    /// <summary>Every text with where it stands: division path, list, number or label.</summary>
    private static IEnumerable<string> Texts(ResolutionModel m)
    {
        IEnumerable<string> Paragraphs(string at, IEnumerable<ParagraphModel> paragraphs) =>
            paragraphs.SelectMany(p => new[] { $"{at} {p.Number} {p.Label}: {p.Text.Markup}" }.Concat(Paragraphs($"{at} {p.Number}{p.Label}", p.SubParagraphs)));

        IEnumerable<string> Divisions(string at, IEnumerable<DivisionModel> divisions) =>
            divisions.SelectMany(d => new[] { $"{at}/{d.Kind} {d.Label}: {d.Heading}" }
                .Concat(Paragraphs($"{at}/{d.Segment} preamble", d.Preamble))
                .Concat(Paragraphs($"{at}/{d.Segment} intro", d.Intro))
                .Concat(Paragraphs($"{at}/{d.Segment} paragraphs", d.Paragraphs))
                .Concat(Divisions($"{at}/{d.Segment}", d.Sections)));

        return new[] { $"{m.Symbol}: {m.Title}" }
            .Concat(Paragraphs("preamble", m.Preamble))
            .Concat(Paragraphs("intro", m.Intro))
            .Concat(Paragraphs("operative", m.Operative))
            .Concat(Divisions(string.Empty, m.Divisions))
            .Concat(m.Footnotes.Select(f => $"[^{f.Marker}]: {f.Text}"));
    }
}
