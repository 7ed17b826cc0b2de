
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
    private static readonly XNamespace s_akn = AknReader.Namespace;


    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Long")]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void Every_file_imports_and_matches_its_xml()
    {
        if (AknCorpus.Missing is string missing)
        {
            Assert.Inconclusive(missing);
        }

        AknImportReport report = AknCorpus.Report;
        TestContext.WriteLine(report.ToString());

        var mismatches = new List<string>();
        foreach ((string file, _, ResolutionModel model) in report.Imported)
        {
            mismatches.AddRange(Compare(file, model).Select(m => $"{Relative(file)}: {m}"));
        }

        foreach (string mismatch in mismatches)
        {
            TestContext.WriteLine(mismatch);
        }

        if (Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_AKN_REPORT") is { Length: > 0 } reportPath)
        {
            File.WriteAllText(reportPath, report + string.Join("\n", mismatches) + "\n");
        }

        // What does not import yet, and what differs from its XML, is a committed list compared for equality: a file
        // fixed and another broken cannot hide each other.
        var actual = report.Failed.Select(f => $"{Relative(f.File)}\trefused: {f.Reason}")
            .Concat(mismatches.Select(m => "mismatch\t" + m))
            .Order(StringComparer.Ordinal).ToList();
        KnownProblems.Akn.AssertEqual(actual);
    }

    /// <summary>Counts and text of one imported file against its XML.</summary>
    private static IEnumerable<string> Compare(string file, ResolutionModel model)
    {
        XDocument xml = XDocument.Load(file);
        List<XElement> bodies = [.. xml.Descendants(s_akn + "mainBody").Where(b => !b.Ancestors(s_akn + "attachment").Any())];
        List<XElement> preambles = [.. xml.Descendants(s_akn + "preamble")];

        // Preambular paragraphs end with a comma; a few files have their last one in the body, before paragraph 1, and
        // one has a body of its own between two preambles.
        int xmlPreamble = preambles.SelectMany(p => p.Elements()).Count(e => e.Name != s_akn + "formula" && !AknXmlText.IsOrnament(AknXmlText.PlainText(e)))
            + xml.Descendants(s_akn + "embeddedStructure").Sum(s => s.Elements().TakeWhile(e => e.Name == s_akn + "container" || e.Name == s_akn + "paragraph" && !AknXmlText.IsNumbered(e))
                .Count(e => (string?)e.Attribute("name") != "formula"))
            + bodies.Where(b => b.ElementsAfterSelf(s_akn + "preamble").Any()).Sum(AknXmlText.PreambularInBody)
            + bodies.SelectMany(b => b.Descendants(s_akn + "crossHeading")).Count(c => (string?)c.Attribute("refersTo") == "#preamble")
            + bodies.Where(b => b.Descendants(s_akn + "paragraph").Any(AknXmlText.IsNumbered) && !b.ElementsAfterSelf(s_akn + "preamble").Any())
                .Sum(b => b.Elements().TakeWhile(e => e.Name == s_akn + "paragraph" && !AknXmlText.IsNumbered(e) && AknXmlText.PlainText(e).EndsWith(',')).Count());
        // An annex printed inside the body, under a heading "Annex …", holds paragraphs and points of its own; and a
        // preamble's last list may hold paragraphs numbered 1., 2. that open the operative part.
        XElement? annexStart = AknXmlText.AnnexInBody(bodies);
        bool BeforeAnnex(XElement e) => annexStart is null || e.IsBefore(annexStart);
        int xmlOperative = bodies.SelectMany(b => b.Descendants(s_akn + "paragraph")).Where(BeforeAnnex).Count(AknXmlText.IsNumbered)
            + preambles.SelectMany(p => p.Descendants(s_akn + "item")).Count(i => Regex.IsMatch(AknReader.Normalize(i.Element(s_akn + "num")?.Value ?? string.Empty), @"^\d+\.$"));
        int xmlPoints = bodies.Sum(b => AknXmlText.Points(b, BeforeAnnex));
        List<XElement> prefaceNotes = [.. xml.Descendants(s_akn + "preface").Descendants(s_akn + "authorialNote")];
        int xmlNotes = xml.Descendants(s_akn + "authorialNote").Count() - prefaceNotes.Count;

        List<DivisionModel> divisions = [.. Divisions(model.Divisions)];
        List<ParagraphModel> preamble = [.. model.Preamble, .. divisions.SelectMany(d => d.Preamble)];
        List<ParagraphModel> operative = [.. model.Operative, .. divisions.Where(d => !d.IsAnnex).SelectMany(d => d.Paragraphs)];
        if (preamble.Count != xmlPreamble)
        {
            yield return $"{preamble.Count} preambular paragraphs, the XML has {xmlPreamble}";
        }

        int numbered = operative.Count(p => p.PrintedNumber is null);
        if (numbered != xmlOperative)
        {
            yield return $"{numbered} numbered operative paragraphs, the XML has {xmlOperative}";
        }

        int points = operative.Sum(p => p.SubParagraphs.Count + p.SubParagraphs.Sum(s => s.SubParagraphs.Count));
        if (points != xmlPoints)
        {
            yield return $"{points} points, the XML has {xmlPoints}";
        }

        // A note in the preface is a note on the document itself.
        foreach (XElement note in prefaceNotes)
        {
            string text = string.Join(" ", note.Elements().Select(AknXmlText.PlainText).Where(t => t.Length > 0));
            if (!model.Notes.Contains(text))
            {
                yield return $"the document note '{AknReader.Shorten(text)}' is not among the file's notes";
            }
        }

        string all = string.Join("\n", Texts(model));
        int markers = Regex.Matches(all, @"\[\^[^\]]+\]").Count;
        if (markers != xmlNotes)
        {
            yield return $"{markers} footnote markers, the XML has {xmlNotes} authorial notes";
        }

        // Every <p> of the body, preamble and attachments lands in the file, in order, and once: a text long enough to
        // be found only where it stands occurs as often in the file as in the XML.
        // The XML's texts have their white space collapsed, and a text a <p> quotes may run over several of the file's lines.
        // A text a paragraph sets out whole is a quotation of its own, which the file holds apart: the resolution's own
        // texts keep their order, and the quotations' texts theirs.
        static string Plain(IEnumerable<string> texts) => Regex.Replace(string.Join("\n", texts), @"\[\^[^\]]+\]", string.Empty).Replace('\n', ' ');
        string plain = Plain(Texts(model));
        string own = Plain(Texts(model, quotations: false));
        string quoted = Plain(Texts(model, quotations: true));
        List<string> texts = [.. AknXmlText.Paragraphs(xml)];
        if (AknXmlText.FirstUnplaced(texts, own, quoted) is string unplaced)
        {
            yield return $"the text of a <p> is missing or out of order: '{AknReader.Shorten(unplaced)}'";
            yield break;
        }

        // Every heading of an annex lands too: "Annex II – Title" as an annex's label and title, any other as a title or
        // a line of its own.
        HashSet<string> annexLabels = [.. divisions.Where(d => d.IsAnnex).Select(d => d.Label)];
        foreach (string heading in AknXmlText.AnnexHeadings(xml))
        {
            Match named = Regex.Match(heading, @"^annex(?:\s+(?<label>[IVXLC]{1,6}|[A-Z]|\d{1,2}))?(?:\s*[–—:.-]\s*(?<title>\S.*))?$", RegexOptions.IgnoreCase);
            bool kept = named.Success
                ? (!named.Groups["label"].Success || annexLabels.Contains(named.Groups["label"].Value)) && (!named.Groups["title"].Success || plain.Contains(named.Groups["title"].Value, StringComparison.Ordinal))
                : plain.Contains(heading, StringComparison.Ordinal);
            if (!kept)
            {
                yield return $"the annex heading '{AknReader.Shorten(heading)}' is missing";
            }
        }

        // A text may also be printed in a heading (the publisher marks a heading up twice, as a sub-heading and as a
        // paragraph) or in a table (a form's heading, again in its coversheet), which the file keeps too.
        string inXml = string.Join("\n", texts.Concat(AknXmlText.Headings([xml.Root!]))
            .Concat(xml.Descendants(s_akn + "table").Where(t => !t.Ancestors(s_akn + "table").Any() && !t.Ancestors(s_akn + "authorialNote").Any()).Select(AknXmlText.PlainText)));
        foreach (string text in texts.Where(t => t.Length >= 40).Distinct(StringComparer.Ordinal))
        {
            if (Occurrences(plain, text) > Occurrences(inXml, text))
            {
                yield return $"the text of a <p> is in the file more often than in the XML: '{AknReader.Shorten(text)}'";
            }
        }

        // Every note's text is its footnote's; a marker printed for several notes is a footnote per note, in order.
        var footnotes = model.Footnotes.GroupBy(f => f.Marker, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Text).ToList(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (XElement note in xml.Descendants(s_akn + "authorialNote").Except(prefaceNotes))
        {
            string marker = AknReader.Normalize((string?)note.Attribute("marker") ?? string.Empty);
            string text = string.Join(" ", note.Elements().Select(AknXmlText.PlainText).Where(t => t.Length > 0));
            seen[marker] = seen.TryGetValue(marker, out int before) ? before + 1 : 0;
            if (!footnotes.TryGetValue(marker, out List<string>? defined) || defined[defined.Count == 1 ? 0 : Math.Min(seen[marker], defined.Count - 1)] != text)
            {
                yield return $"note {marker} is not the footnote's text";
            }
        }
    }

    private static string Relative(string file) => Path.GetRelativePath(RepoPaths.UnXml, file).Replace('\\', '/');

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<DivisionModel> Divisions(IEnumerable<DivisionModel> divisions) =>
        divisions.SelectMany(d => new[] { d }.Concat(Divisions(d.Sections)));

    /// <summary>
    /// Every text of the file in document order, with white space collapsed the way <see cref="PlainText"/> does; only
    /// those of its quotations, or only the others, when <paramref name="quotations"/> says which.
    /// </summary>
    private static IEnumerable<string> Texts(ResolutionModel model, bool? quotations = null)
    {
        IEnumerable<string> Paragraphs(IEnumerable<ParagraphModel> paragraphs) =>
            paragraphs.SelectMany(p => new[] { p.Text.Markup }.Concat(Paragraphs(p.SubParagraphs)));
        IEnumerable<string> Division(DivisionModel d) =>
            new[] { d.Label, d.Heading?.Markup ?? string.Empty }.Concat(Paragraphs(d.Preamble)).Concat(Paragraphs(d.Intro)).Concat(Paragraphs(d.Paragraphs)).Concat(d.Sections.SelectMany(Division));

        IEnumerable<string> own = Paragraphs(model.Preamble).Concat(Paragraphs(model.Intro)).Concat(Paragraphs(model.Operative));
        return (quotations switch
            {
                true => model.Divisions.Where(d => d.IsQuotation).SelectMany(Division),
                false => own.Concat(model.Divisions.Where(d => !d.IsQuotation).SelectMany(Division)),
                null => own.Concat(model.Divisions.SelectMany(Division)),
            })
            .Select(t => Regex.Replace(t, @"[ \t\r\n]+", " ").Trim());
    }
}
