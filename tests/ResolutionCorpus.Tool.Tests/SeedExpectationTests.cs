using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>Counts and metadata of the four seeds, as counted and read by hand.</summary>
[TestClass]
public sealed class SeedExpectationTests
{
    [TestMethod]
    [DataRow("000", "A/RES/79/284", 12, 41, 17)]
    [DataRow("001", "A/RES/67/83", 8, 27, 7)]
    [DataRow("002", "E/RES/2005/17", 6, 12, 7)]
    [DataRow("004", "E/RES/2004/33", 10, 9, 10)]
    public void Counts_match_the_hand_count(string seed, string symbol, int preambular, int operative, int footnotes)
    {
        ImportedResolution resolution = CorpusRegenerationTests.ImportSeed(seed, out ImportResult result);
        Assert.AreEqual(symbol, resolution.Symbol);
        Assert.AreEqual(preambular, resolution.Main.Preamble.Count, "preambular paragraphs");
        Assert.AreEqual(operative, resolution.Main.Operative.Count, "operative paragraphs");
        Assert.AreEqual(footnotes, resolution.Footnotes.Count, "footnotes");
        CollectionAssert.AreEqual(Enumerable.Range(1, operative).ToArray(), resolution.Main.Operative.Select(p => int.Parse(p.Number!, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.AreEqual(0, result.Diagnostics.Count, "the seeds import without warnings: " + string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void Seed_000_metadata()
    {
        ImportedResolution r = CorpusRegenerationTests.ImportSeed("000", out _);
        AssertMetadata(r, "A/RES/79/284", UnBody.GeneralAssembly, 79,
            "Cooperation between the United Nations and the Council of Europe", new DateOnly(2025, 4, 16),
            "64th plenary meeting", "125 (l)", "A/79/L.75", "../sources/000_76ff061e215521f3.txt", []);
    }

    [TestMethod]
    public void Seed_001_metadata()
    {
        ImportedResolution r = CorpusRegenerationTests.ImportSeed("001", out _);
        AssertMetadata(r, "A/RES/67/83", UnBody.GeneralAssembly, 67,
            "Cooperation between the United Nations and the Council of Europe", new DateOnly(2012, 12, 12),
            "53rd plenary meeting", "121 (h)", "A/67/L.14/Rev.1 and Add.1", "../sources/001_d4c02e8169758744.txt",
            ["Reissued for technical reasons on 15 July 2013."]);
    }

    [TestMethod]
    public void Seed_002_metadata()
    {
        ImportedResolution r = CorpusRegenerationTests.ImportSeed("002", out _);
        AssertMetadata(r, "E/RES/2005/17", UnBody.EconomicAndSocialCouncil, 2005,
            "International cooperation in the fight against transnational organized crime", new DateOnly(2005, 7, 22),
            "36th plenary meeting", null, null, "../sources/002_0b7a32c9fcd38fcb.txt", []);
    }

    [TestMethod]
    public void Seed_004_metadata()
    {
        ImportedResolution r = CorpusRegenerationTests.ImportSeed("004", out _);
        AssertMetadata(r, "E/RES/2004/33", UnBody.EconomicAndSocialCouncil, 2004,
            "Strengthening the technical cooperation capacity of the Crime Prevention and Criminal Justice Programme of the United Nations Office on Drugs and Crime",
            new DateOnly(2004, 7, 21), "47th plenary meeting", null, null, "../sources/004_dc39f0125823babb.txt", []);
    }

    [TestMethod]
    public void Opening_phrases_come_from_the_lexicon_whatever_the_italics()
    {
        ImportedResolution gaNew = CorpusRegenerationTests.ImportSeed("000", out _);
        ImportedResolution gaOld = CorpusRegenerationTests.ImportSeed("001", out _);
        ImportedResolution ecosoc2005 = CorpusRegenerationTests.ImportSeed("002", out _);
        ImportedResolution ecosoc2004 = CorpusRegenerationTests.ImportSeed("004", out _);

        // Italics missing in the preamble of 000; whole-paragraph italics in its operative paragraphs 1-3.
        Assert.AreEqual("Recalling also", gaNew.Main.Preamble[1].Phrase);
        Assert.AreEqual("Taking note with appreciation", gaNew.Main.Preamble[11].Phrase);
        Assert.AreEqual("Calling for", gaNew.Main.Preamble[9].Phrase);
        Assert.AreEqual("Welcomes", gaNew.Main.Operative[0].Phrase);
        Assert.AreEqual("Confirms", gaNew.Main.Operative[1].Phrase);
        Assert.AreEqual("Welcomes and encourages", gaNew.Main.Operative[15].Phrase);
        Assert.AreEqual("Recognizes and encourages", gaNew.Main.Operative[20].Phrase);
        Assert.AreEqual("Takes note", gaNew.Main.Operative[27].Phrase);
        Assert.AreEqual("Decides", gaNew.Main.Operative[40].Phrase);

        // No italics at all in the documents-system text.
        Assert.AreEqual("Takes note with appreciation", gaOld.Main.Operative[5].Phrase);
        Assert.AreEqual("Welcomes and encourages", gaOld.Main.Operative[9].Phrase);

        // Paragraphs 5-7 and 10 of 002 have no italics.
        Assert.AreEqual("Urges", ecosoc2005.Main.Operative[4].Phrase);
        Assert.AreEqual("Also urges", ecosoc2005.Main.Operative[5].Phrase);
        Assert.AreEqual("Also requests", ecosoc2005.Main.Operative[9].Phrase);
        Assert.AreEqual("Takes note with appreciation", ecosoc2005.Main.Operative[0].Phrase);
        Assert.AreEqual("Recalling further", ecosoc2005.Main.Preamble[2].Phrase);

        Assert.AreEqual("Expressing its appreciation", ecosoc2004.Main.Preamble[9].Phrase);
        Assert.AreEqual("Also invites", ecosoc2004.Main.Operative[5].Phrase);

        foreach (ImportedParagraph paragraph in new[] { gaNew, gaOld, ecosoc2005, ecosoc2004 }.SelectMany(r => r.Main.Preamble.Concat(r.Main.Operative)))
        {
            Assert.IsNotNull(paragraph.Phrase, paragraph.Text);
            StringAssert.StartsWith(paragraph.Text, paragraph.Phrase);
        }
    }

    [TestMethod]
    public void Footnotes_are_anchored_where_their_markers_stood()
    {
        ImportedResolution gaNew = CorpusRegenerationTests.ImportSeed("000", out _);
        StringAssert.EndsWith(gaNew.Main.Preamble[11].Text, "Council of Europe,[^1]");
        StringAssert.Contains(gaNew.Main.Operative[0].Text, "Sustainable Development[^2] in Europe");
        StringAssert.Contains(gaNew.Main.Operative[19].Text, "Regular Migration[^10] and");
        StringAssert.Contains(gaNew.Main.Operative[19].Text, "Education,[^12] notes");

        // Glued numbers in the documents-system text: markers bound in order, real numbers left alone.
        ImportedResolution gaOld = CorpusRegenerationTests.ImportSeed("001", out _);
        StringAssert.EndsWith(gaOld.Main.Preamble[1].Text, "Council of Europe,[^1]");
        StringAssert.Contains(gaOld.Main.Operative[3].Text, "Persons with Disabilities[^4] and the Council of Europe Disability Action Plan 2006-2015, and confirms");
        StringAssert.Contains(gaOld.Main.Operative[20].Text, "Counter-Terrorism Strategy[^7] and");
        string all = string.Join(" ", gaOld.Main.Preamble.Concat(gaOld.Main.Operative).Select(p => p.Text));
        StringAssert.Contains(all, "800 million");
        Assert.AreEqual(7, System.Text.RegularExpressions.Regex.Matches(all, @"\[\^\d+\]").Count);
    }

    [TestMethod]
    public void Paragraphs_split_by_footnotes_and_page_breaks_are_joined_with_one_space()
    {
        ImportedResolution gaNew = CorpusRegenerationTests.ImportSeed("000", out _);
        StringAssert.Contains(gaNew.Main.Preamble[10].Text, "including through the development of synergies");
        StringAssert.Contains(gaNew.Main.Operative[7].Text, "between the Council of Europe and the World Health Organization, including");
        ImportedResolution ecosoc2004 = CorpusRegenerationTests.ImportSeed("004", out _);
        StringAssert.Contains(ecosoc2004.Main.Preamble[6].Text, "Firearms, Their Parts and Components");
        StringAssert.Contains(ecosoc2004.Main.Operative[4].Text, "at the multilateral level with the United Nations");
        foreach (ImportedParagraph paragraph in gaNew.Main.Preamble.Concat(gaNew.Main.Operative))
        {
            Assert.DoesNotContain("  ", paragraph.Text);
            Assert.DoesNotContain("*", paragraph.Text);
            Assert.DoesNotContain("](#)", paragraph.Text);
        }
    }

    private static void AssertMetadata(
        ImportedResolution r, string symbol, UnBody body, int session, string title, DateOnly adopted,
        string? meeting, string? agendaItem, string? draft, string? source, string[] notes)
    {
        Assert.AreEqual(symbol, r.Symbol, "symbol");
        Assert.AreEqual(body, r.Body, "body");
        Assert.AreEqual(session, r.Session, "session");
        Assert.AreEqual(title, r.Title, "title");
        Assert.AreEqual(adopted, r.Adopted, "adopted");
        Assert.AreEqual(meeting, r.Meeting, "meeting");
        Assert.AreEqual(agendaItem, r.AgendaItem, "agendaItem");
        Assert.AreEqual(draft, r.Draft, "draft");
        Assert.AreEqual(source, r.Source, "source");
        CollectionAssert.AreEqual(notes, r.Notes.ToArray(), "notes");
    }
}
