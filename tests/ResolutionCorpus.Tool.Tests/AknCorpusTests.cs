
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import.Akn;
using DivisionModel = ResolutionCorpus.Generator.Model.DivisionModel;
using ParagraphModel = ResolutionCorpus.Generator.Model.ParagraphModel;
using ParseResult = ResolutionCorpus.Generator.Parse.ParseResult;
using ResolutionModel = ResolutionCorpus.Generator.Model.ResolutionModel;
using ResolutionParser = ResolutionCorpus.Generator.Parse.ResolutionParser;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The real General Assembly corpus at scale: every AKN4UN file of <c>ga/</c> is imported, read back by the
/// generator's parser, and compared with its XML (paragraph, point and note counts; every <c>&lt;p&gt;</c>'s text,
/// in order). The files are read from <c>RESOLUTIONCORPUS_UNXML</c>, else <c>../shared/unxml</c> beside the repository.
/// </summary>
[TestClass]
public sealed class AknCorpusTests
{
    private static readonly XNamespace Akn = AknReader.Namespace;

    /// <summary>Files that do not import yet, each listed with its reason by the test; the number may only go down.</summary>
    private const int KnownFailures = 27;

    /// <summary>Differences between imported files and their XML, each listed by the test; the number may only go down.</summary>
    private const int KnownMismatches = 329;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void Every_file_imports_and_matches_its_xml()
    {
        string folder = Path.Combine(RepoPaths.UnXml, "ga");
        if (!Directory.Exists(folder))
        {
            Assert.Inconclusive($"The AKN4UN files are not available at {folder}. Clone UNxml/GAresolutions and set RESOLUTIONCORPUS_UNXML to a folder holding its ga/ and data_extract/ folders to run this test.");
        }

        string[] files = [.. Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)];
        var report = AknImportReport.Run(files);
        TestContext.WriteLine(report.ToString());

        var mismatches = new List<string>();
        foreach ((string file, ResolutionModel model) in report.Imported)
        {
            mismatches.AddRange(Compare(file, model).Select(m => $"{Path.GetFileName(file)}: {m}"));
        }

        foreach (string mismatch in mismatches)
        {
            TestContext.WriteLine(mismatch);
        }

        Assert.IsLessThanOrEqualTo(KnownMismatches, mismatches.Count, $"{mismatches.Count} mismatch(es) between imported files and their XML, more than before:\n" + string.Join("\n", mismatches.Take(40)));
        Assert.IsLessThanOrEqualTo(KnownFailures, report.Failed.Count, "More files fail to import than before:\n" + string.Join("\n", report.Failed.Select(f => $"{Path.GetFileName(f.File)}: {f.Reason}")));
    }

    /// <summary>Counts and text of one imported file against its XML.</summary>
    private static IEnumerable<string> Compare(string file, ResolutionModel model)
    {
        XDocument xml = XDocument.Load(file);
        List<XElement> bodies = [.. xml.Descendants(Akn + "mainBody").Where(b => !b.Ancestors(Akn + "attachment").Any())];
        List<XElement> preambles = [.. xml.Descendants(Akn + "preamble")];

        int xmlPreamble = preambles.SelectMany(p => p.Elements()).Count(e => e.Name != Akn + "formula")
            + bodies.SelectMany(b => b.Descendants(Akn + "crossHeading")).Count(c => (string?)c.Attribute("refersTo") == "#preamble");
        int xmlOperative = bodies.SelectMany(b => b.Descendants(Akn + "paragraph"))
            .Count(p => Regex.IsMatch(AknReader.Normalize(p.Element(Akn + "num")?.Value ?? string.Empty), @"^\d+\.?$"));
        int xmlNotes = xml.Descendants(Akn + "authorialNote").Count();

        List<ParagraphModel> preamble = [.. model.Preamble, .. Divisions(model.Divisions).SelectMany(d => d.Preamble)];
        List<ParagraphModel> operative = [.. model.Operative, .. Divisions(model.Divisions).Where(d => !d.Segment.StartsWith("annex_", StringComparison.Ordinal)).SelectMany(d => d.Paragraphs)];
        if (preamble.Count != xmlPreamble)
        {
            yield return $"{preamble.Count} preambular paragraphs, the XML has {xmlPreamble}";
        }

        int numbered = operative.Count(p => p.PrintedNumber is null);
        if (numbered != xmlOperative)
        {
            yield return $"{numbered} numbered operative paragraphs, the XML has {xmlOperative}";
        }

        string all = string.Join("\n", Texts(model));
        int markers = Regex.Matches(all, @"\[\^[^\]]+\]").Count;
        if (markers != xmlNotes)
        {
            yield return $"{markers} footnote markers, the XML has {xmlNotes} authorial notes";
        }

        // Every <p> of the body, preamble and attachments lands in the file, in order.
        string plain = Regex.Replace(all, @"\[\^[^\]]+\]", string.Empty);
        int at = 0;
        foreach (XElement p in xml.Descendants(Akn + "p").Where(Counted))
        {
            string text = Regex.Replace(PlainText(p), @"^\(([a-zA-Z]{1,6}|\d{1,3})\)\s*", string.Empty);
            if (text.Length == 0)
            {
                continue;
            }

            int found = plain.IndexOf(text, at, StringComparison.Ordinal);
            if (found < 0)
            {
                yield return $"the text of a <p> is missing or out of order: '{AknReader.Shorten(text)}'";
                yield break;
            }

            at = found + text.Length;
        }

        // Every note's text is its footnote's.
        var footnotes = model.Footnotes.ToDictionary(f => f.Marker, f => f.Text, StringComparer.Ordinal);
        foreach (XElement note in xml.Descendants(Akn + "authorialNote"))
        {
            string marker = AknReader.Normalize((string?)note.Attribute("marker") ?? string.Empty);
            string text = string.Join(" ", note.Elements().Select(PlainText).Where(t => t.Length > 0));
            if (!footnotes.TryGetValue(marker, out string? footnote) || footnote != text)
            {
                yield return $"note {marker} is not the footnote's text";
            }
        }
    }

    private static bool Counted(XElement p) =>
        !p.Ancestors().Any(a => a.Name == Akn + "coverPage" || a.Name == Akn + "preface" || a.Name == Akn + "formula"
            || a.Name == Akn + "conclusions" || a.Name == Akn + "authorialNote" || a.Name == Akn + "table" || a.Name == Akn + "meta" || a.Name == Akn + "p");

    /// <summary>A <c>&lt;p&gt;</c>'s text without its notes, white space collapsed.</summary>
    private static string PlainText(XElement p)
    {
        var builder = new StringBuilder();
        void Walk(XElement e)
        {
            foreach (XNode node in e.Nodes())
            {
                if (node is XText t)
                {
                    builder.Append(t.Value);
                }
                else if (node is XElement child && child.Name != Akn + "authorialNote")
                {
                    if (child.Name == Akn + "table")
                    {
                        return;
                    }

                    builder.Append(child.Name == Akn + "eol" ? " " : string.Empty);
                    Walk(child);
                }
            }
        }

        Walk(p);
        return Regex.Replace(builder.ToString(), @"\s+", " ").Trim();
    }

    private static IEnumerable<DivisionModel> Divisions(IEnumerable<DivisionModel> divisions) =>
        divisions.SelectMany(d => new[] { d }.Concat(Divisions(d.Sections)));

    /// <summary>Every text of the file in document order, with white space collapsed the way <see cref="PlainText"/> does.</summary>
    private static IEnumerable<string> Texts(ResolutionModel model)
    {
        IEnumerable<string> Paragraphs(IEnumerable<ParagraphModel> paragraphs) =>
            paragraphs.SelectMany(p => new[] { p.MarkedText }.Concat(Paragraphs(p.SubParagraphs)));
        IEnumerable<string> Division(DivisionModel d) =>
            Paragraphs(d.Preamble).Concat(Paragraphs(d.Paragraphs)).Concat(d.Sections.SelectMany(Division));

        return Paragraphs(model.Preamble).Concat(Paragraphs(model.Operative)).Concat(model.Divisions.SelectMany(Division))
            .Select(t => Regex.Replace(t, @"\s+", " ").Trim());
    }
}

/// <summary>
/// An import run over a folder of AKN4UN files: files imported, files that failed with why, and counts by feature.
/// </summary>
internal sealed class AknImportReport
{
    public List<(string File, ResolutionModel Model)> Imported { get; } = [];

    public List<(string File, string Reason)> Failed { get; } = [];

    public SortedDictionary<string, int> Features { get; } = new(StringComparer.Ordinal);

    public static AknImportReport Run(IEnumerable<string> files)
    {
        var report = new AknImportReport();
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            AknImportResult result = AknImporter.ImportFile(file);
            if (result.Yaml is null || result.Resolution is null)
            {
                report.Failed.Add((file, string.Join("; ", result.Errors)));
                continue;
            }

            if (symbols.TryGetValue(result.Resolution.Symbol, out string? first))
            {
                report.Failed.Add((file, $"{result.Resolution.Symbol} is also {Path.GetFileName(first)} (another language or a reissue)"));
                continue;
            }

            symbols[result.Resolution.Symbol] = file;
            ParseResult parsed = ResolutionParser.Parse(Path.ChangeExtension(file, ".yaml"), result.Yaml);
            if (parsed.HasErrors || parsed.Resolution is null)
            {
                report.Failed.Add((file, "the generator rejects the YAML: " + string.Join("; ", parsed.Diagnostics.Where(d => d.IsError).Take(2).Select(d => d.Descriptor.Id + " " + d.Message))));
                continue;
            }

            report.Imported.Add((file, parsed.Resolution));
            foreach (KeyValuePair<string, int> feature in result.Resolution.Features)
            {
                report.Features[feature.Key] = report.Features.GetValueOrDefault(feature.Key) + feature.Value;
            }

            report.Features["files with parts"] = report.Features.GetValueOrDefault("files with parts") + (result.Resolution.Parts.Count > 0 ? 1 : 0);
            report.Features["files with sections"] = report.Features.GetValueOrDefault("files with sections") + (result.Resolution.Main.Sections.Count > 0 || result.Resolution.Parts.Any(p => p.Sections.Count > 0) ? 1 : 0);
            report.Features["files with annexes"] = report.Features.GetValueOrDefault("files with annexes") + (result.Resolution.Annexes.Count > 0 ? 1 : 0);
            report.Features["files with publisher metadata"] = report.Features.GetValueOrDefault("files with publisher metadata") + (result.Resolution.Subjects.Count > 0 || result.Resolution.Sponsors.Count > 0 ? 1 : 0);
        }

        return report;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append($"Imported {Imported.Count}, failed {Failed.Count}.\n");
        foreach ((string file, string reason) in Failed)
        {
            builder.Append($"  failed {Path.GetFileName(file)}: {reason}\n");
        }

        builder.Append("Counts by feature:\n");
        foreach (KeyValuePair<string, int> feature in Features)
        {
            builder.Append($"  {feature.Key}: {feature.Value}\n");
        }

        return builder.ToString();
    }
}
