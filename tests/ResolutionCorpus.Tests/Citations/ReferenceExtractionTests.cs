using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Resolutions;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>
/// The references in the four seed resolutions, found in their texts and footnotes, each listed here by hand:
/// "Ibid." bound to the reference before it, and no dates or numbers taken for references.
/// </summary>
[TestClass]
public sealed class ReferenceExtractionTests
{
    /// <summary>Every reference of a resolution, as "where: what the text says → target".</summary>
    private static List<string> Found(Resolution resolution)
    {
        var found = new List<string>();
        foreach (Paragraph paragraph in resolution.Preamble.Concat(resolution.Operative))
        {
            foreach (Reference reference in paragraph.References)
            {
                found.Add($"{paragraph.Id}: {paragraph.Text.Substring(reference.Position, reference.Length)} → {reference.Target}");
            }
        }

        foreach (Footnote footnote in resolution.Footnotes)
        {
            foreach (Reference reference in footnote.References)
            {
                found.Add($"fn{footnote.Marker}: {footnote.Text.Substring(reference.Position, reference.Length)} → {reference.Target}");
            }
        }

        return found;
    }

    [TestMethod]
    public void A_RES_67_83_references() => AssertFound(
        "A/RES/67/83",
        "rec_2: 44/6 → A/RES/44/6",
        "fn1: 55/3 → A/RES/55/3",
        "fn1: 56/43 → A/RES/56/43",
        "fn1: 57/156 → A/RES/57/156",
        "fn1: 59/139 → A/RES/59/139",
        "fn1: 61/13 → A/RES/61/13",
        "fn1: 63/14 → A/RES/63/14",
        "fn1: 65/130 → A/RES/65/130",
        "fn2: A/67/280-S/2012/614 → A/67/280-S/2012/614",
        "fn7: 60/288 → A/RES/60/288");

    [TestMethod]
    public void A_RES_79_284_references() => AssertFound(
        "A/RES/79/284",
        "rec_2: 44/6 → A/RES/44/6",
        "rec_9: ES-11/5 → A/RES/ES-11/5",
        "para_3: 76/300 → A/RES/76/300",
        "para_7: 75/186 → A/RES/75/186",
        "para_7: 77/224 → A/RES/77/224",
        "para_25: 76/300 → A/RES/76/300",
        "para_29: 70/125 → A/RES/70/125",
        "fn1: A/79/302-S/2024/600 → A/79/302-S/2024/600",
        "fn2: 70/1 → A/RES/70/1",
        "fn3: 74/270 → A/RES/74/270",
        "fn3: 74/274 → A/RES/74/274",
        "fn3: 74/306 → A/RES/74/306",
        "fn3: 75/156 → A/RES/75/156",
        "fn3: 75/157 → A/RES/75/157",
        "fn3: 76/175 → A/RES/76/175",
        "fn9: 47/135, annex → A/RES/47/135, annex",
        "fn10: 73/195, annex → A/RES/73/195, annex",
        "fn11: A/73/12 → A/73/12",
        "fn11: A/73/12 → A/73/12",
        "fn13: 2200 A (XXI), annex → 2200 A (XXI), annex",
        "fn14: 60/288 → A/RES/60/288",
        "fn15: S-30/1, annex → A/RES/S-30/1, annex",
        "fn16: E/2019/28 → E/2019/28",
        "fn17: 50/81, annex → A/RES/50/81, annex",
        "fn17: 62/126, annex → A/RES/62/126, annex");

    [TestMethod]
    public void E_RES_2004_33_references() => AssertFound(
        "E/RES/2004/33",
        "rec_3: 55/59 → A/RES/55/59",
        "rec_4: 58/140 → A/RES/58/140",
        "rec_5: 2003/25 → E/RES/2003/25",
        "fn1: 55/2, para. 9 → A/RES/55/2, para. 9",
        "fn2: 55/59, annex → A/RES/55/59, annex",
        "fn3: 56/261, annex → A/RES/56/261, annex",
        "fn4: 55/25, annex I → A/RES/55/25, annex I",
        "fn5: Ibid., annex II → A/RES/55/25, annex II",
        "fn6: Ibid., annex III → A/RES/55/25, annex III",
        "fn7: 55/255, annex → A/RES/55/255, annex",
        "fn8: 58/4, annex → A/RES/58/4, annex",
        "fn9: 55/25, annex I → A/RES/55/25, annex I",
        "fn10: A/58/6 → A/58/6");

    [TestMethod]
    public void E_RES_2005_17_references() => AssertFound(
        "E/RES/2005/17",
        "rec_1: 55/25 → A/RES/55/25",
        "rec_2: 55/255 → A/RES/55/255",
        "rec_3: 59/157 → A/RES/59/157",
        "rec_3: 59/159 → A/RES/59/159",
        "fn1: A/59/2005 → A/59/2005",
        "fn2: E/CN.15/2005/6 → E/CN.15/2005/6",
        "fn3: 55/25, annex I → A/RES/55/25, annex I",
        "fn4: 55/25, annex II → A/RES/55/25, annex II",
        "fn5: 55/25, annex III → A/RES/55/25, annex III",
        "fn6: 55/25, annex → A/RES/55/25, annex");

    [TestMethod]
    public void Ibid_is_bound_to_the_reference_of_the_footnote_before()
    {
        Reference ibid = E_RES_2004_33.Resolution.Footnotes[4].References.Single();
        Assert.AreEqual("A/RES/55/25, annex II", ibid.Target);
        Assert.AreEqual("A/RES/55/25", ibid.ResolutionSymbol);

        // After a treaty, "Ibid." cites the treaty series, which is not a United Nations document.
        Footnote treatyIbid = A_RES_79_284.Resolution.Footnotes.First(f => f.Text.StartsWith("Ibid., vol.", System.StringComparison.Ordinal));
        Assert.IsEmpty(treatyIbid.References);
    }

    [TestMethod]
    public void Dates_and_numbers_are_not_references()
    {
        Resolution[] seeds = [E_RES_2004_33.Resolution, E_RES_2005_17.Resolution, A_RES_67_83.Resolution, A_RES_79_284.Resolution];
        string[] texts = [.. seeds.SelectMany(r => r.Preamble.Concat(r.Operative)).Select(p => p.Text)];
        StringAssert.Contains(string.Join(" ", texts), "17 October 1989");
        StringAssert.Contains(string.Join(" ", texts), "800 million");
        StringAssert.Contains(string.Join(" ", texts), "2030 Agenda");
        foreach (Reference reference in seeds.SelectMany(r => r.Preamble.Concat(r.Operative)).SelectMany(p => p.References))
        {
            Assert.IsTrue(reference.Target.Contains('/'), reference.Target);
            Assert.IsFalse(reference.Target.Contains("October", System.StringComparison.Ordinal), reference.Target);
        }
    }

    private static void AssertFound(string symbol, params string[] expected) =>
        Assert.AreEqual(string.Join("\n", expected), string.Join("\n", Found(Corpus.Find(symbol)!)));
}
