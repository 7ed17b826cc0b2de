using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QuickStart;
using ResolutionCorpus.Resolutions;

namespace ResolutionCorpus.Tests;

/// <summary>The README's main command: the QuickStart sample printing a cited paragraph.</summary>
[TestClass]
public sealed class QuickStartTests
{
    [TestMethod]
    public void Prints_the_cited_paragraph_with_its_footnotes()
    {
        var (exit, output, error) = Run("E/RES/2004/33, para. 8");
        Assert.AreEqual(0, exit, error);
        StringAssert.StartsWith(output, "E/RES/2004/33, para. 8");
        StringAssert.Contains(output, E_RES_2004_33.Operative.P8.Paragraph.MarkedText);
        StringAssert.Contains(output, "[^10] A/58/6 (sect. 23).");
    }

    [TestMethod]
    [DataRow("S/RES/2334 (2016), para. 2", "S/RES/2334 (2016): adopted by 14 votes to 0, with 1 abstention.")]
    [DataRow("A/RES/80/1, para. 1", null)]
    [DataRow("A/HRC/RES/54/1, para. 1", null)]
    [DataRow("E/RES/2024/1, para. 1", null)]
    public void Prints_a_paragraph_of_every_organ_with_the_vote_when_the_record_has_one(string citation, string? vote)
    {
        var (exit, output, error) = Run(citation);
        Assert.AreEqual(0, exit, error);
        Paragraph paragraph = Corpus.Resolve(citation).Paragraph!;
        StringAssert.StartsWith(output, citation + Environment.NewLine);
        StringAssert.Contains(output, paragraph.MarkedText);
        string voteLine = paragraph.Resolution.Vote is Vote recorded ? $"{paragraph.Resolution.Symbol}: {recorded}." : "no vote line";
        if (vote is not null)
        {
            Assert.AreEqual(vote, voteLine, "the vote as the record has it");
        }

        Assert.AreEqual(paragraph.Resolution.Vote is not null, output.Contains(voteLine, StringComparison.Ordinal), "a vote line exactly when the record has a vote");
    }

    [TestMethod]
    [DataRow("E/RES/2004/33, para. 99", "E/RES/2004/33 has 9 operative paragraphs")]
    [DataRow("E/RES/1999/1, para. 1", "E/RES/1999/1 is not in this corpus")]
    [DataRow("not a citation", "is not a United Nations resolution")]
    public void Unknown_citations_print_a_clear_message_and_fail(string citation, string message)
    {
        var (exit, output, error) = Run(citation);
        Assert.AreEqual(1, exit);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, message);
    }

    [TestMethod]
    public void Find_prints_every_paragraph_that_holds_the_words_newest_first_with_a_count()
    {
        var (exit, output, error) = Run("--find", "office  on DRUGS and crime");
        Assert.AreEqual(0, exit, error);

        // Counted independently: every paragraph of the corpus whose text holds the phrase.
        var expected = Corpus.All.OrderByDescending(r => r.Adopted).ThenBy(r => r.Symbol.Value, StringComparer.Ordinal)
            .SelectMany(r => r.Preamble.Concat(r.Intro).Concat(r.Operative).Concat(r.Divisions.SelectMany(Paragraphs)))
            .Where(p => System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"Office\s+on\s+Drugs\s+and\s+Crime", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(p => p.Citation).ToList();
        Assert.IsGreaterThan(1, expected.Count, "the corpus should hold the phrase more than once");
        string[] printed = [.. output.Split('\n').Where(line => line.Length > 0 && !line.StartsWith(' ') && line.Contains(", ", StringComparison.Ordinal) && !line.EndsWith('.'))];
        CollectionAssert.AreEqual(expected, printed);
        StringAssert.EndsWith(output.TrimEnd(), $"{expected.Count} paragraphs in {expected.Select(c => c.Split(',')[0]).Distinct().Count()} resolutions hold \"office  on DRUGS and crime\".");
    }

    [TestMethod]
    public void Find_says_when_no_paragraph_holds_the_words()
    {
        var (exit, output, error) = Run("--find", "no resolution says this");
        Assert.AreEqual(1, exit);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, $"No paragraph of the {Corpus.Symbols.Count} resolutions in the corpus holds \"no resolution says this\".");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CitationPrinter.Print(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static IEnumerable<Paragraph> Paragraphs(Division division) =>
        division.Preamble.Concat(division.Intro).Concat(division.Paragraphs).Concat(division.Sections.SelectMany(Paragraphs));
}
