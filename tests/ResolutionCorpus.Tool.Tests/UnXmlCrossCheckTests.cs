using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// Cross-check against the UN's own markup: A/RES/79/284 imported from its PDF-converted seed must equal the
/// AKN4UN XML the UN publishes, paragraph by paragraph and footnote by footnote (after normalizing white space,
/// quotes and dashes, which differ between the PDF and the XML).
/// </summary>
[TestClass]
public sealed partial class UnXmlCrossCheckTests
{
    private static readonly XNamespace s_akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    [TestMethod]
    public void ImportOfA_RES_79_284MatchesTheUnXml()
    {
        string xmlPath = Path.Combine(RepoPaths.UnXml, "ga", "79", "A_RES_79_284-2506210E.xml");
        if (!File.Exists(xmlPath))
        {
            Assert.Inconclusive($"The UN XML is not available at {xmlPath}; set RESOLUTIONCORPUS_UNXML to the folder of the AKN4UN files (with ga/79/ inside) to run this cross-check.");
        }

        XDocument xml = XDocument.Load(xmlPath);
        ImportedResolution imported = CorpusRegenerationTests.ImportSeed("000", out _);

        List<string> xmlPreamble = xml.Descendants(s_akn + "preamble").Elements(s_akn + "container").Select(TextWithoutNotes).ToList();
        List<string> xmlOperative = xml.Descendants(s_akn + "mainBody").Elements(s_akn + "paragraph")
            .Select(p => TextWithoutNotes(p.Element(s_akn + "content")!)).ToList();
        List<(string Marker, string Text)> xmlNotes = xml.Descendants(s_akn + "authorialNote")
            .Select(n => ((string)n.Attribute("marker")!, Normalize(string.Concat(n.Descendants().OfType<XElement>().Where(e => e.Name == s_akn + "p").Take(1).Select(e => e.Value)))))
            .ToList();

        Assert.HasCount(xmlPreamble.Count, imported.Main.Preamble, "preambular paragraphs");
        for (int i = 0; i < xmlPreamble.Count; i++)
        {
            Assert.AreEqual(xmlPreamble[i], Normalize(imported.Main.Preamble[i].Text), $"preambular paragraph {i + 1}");
        }

        Assert.HasCount(xmlOperative.Count, imported.Main.Operative, "operative paragraphs");
        for (int i = 0; i < xmlOperative.Count; i++)
        {
            Assert.AreEqual(xmlOperative[i], Normalize(imported.Main.Operative[i].Text), $"operative paragraph {i + 1}");
        }

        Assert.HasCount(xmlNotes.Count, imported.Footnotes, "footnotes");
        for (int i = 0; i < xmlNotes.Count; i++)
        {
            Assert.AreEqual(xmlNotes[i].Marker, imported.Footnotes[i].Marker, $"footnote {i + 1} marker");
            Assert.AreEqual(xmlNotes[i].Text, Normalize(imported.Footnotes[i].Text), $"footnote {xmlNotes[i].Marker}");
        }

        Assert.AreEqual("A/RES/79/284", (string?)xml.Descendants(s_akn + "docNumber").First());
        Assert.AreEqual(imported.Adopted!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            (string?)xml.Descendants(s_akn + "FRBRdate").First().Attribute("date"));
    }

    // The paragraph's text with footnote bodies left out (the YAML keeps only the anchor there).
    private static string TextWithoutNotes(XElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return Normalize(builder.ToString());
    }

    private static void Append(XElement element, StringBuilder builder)
    {
        foreach (XNode node in element.Nodes())
        {
            if (node is XText text)
            {
                builder.Append(text.Value);
            }
            else if (node is XElement child && child.Name != s_akn + "authorialNote")
            {
                Append(child, builder);
            }
        }
    }

    private static string Normalize(string text)
    {
        string s = AnchorPattern().Replace(text, string.Empty);
        s = s.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .Replace('\u2011', '-').Replace('\u2010', '-').Replace('–', '-').Replace('—', '-').Replace('\u00A0', ' ');
        return WhiteSpace().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"\[\^[^\]]+\]")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
