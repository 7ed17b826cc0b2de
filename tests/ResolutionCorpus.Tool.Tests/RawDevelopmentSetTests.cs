using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Documents;
using ResolutionCorpus.Tool.Import.Akn;
using ResolutionCorpus.Tool.Import.Model;
using ResolutionCorpus.Tool.Yaml;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The raw documents of <c>../shared/raw</c> (PDF, Word, extracted text, Markdown, OCR of old volumes), each imported
/// and held to an answer: the hand counts of operative paragraphs and footnotes, and, for each PDF whose AKN4UN is in
/// <c>../shared/unxml</c>, the XML's counts and words. Whatever differs is a committed list compared for equality
/// (<c>KnownRawProblems.txt</c>), and so are the warnings the import gives (<c>KnownRawWarnings.txt</c>).
/// </summary>
[TestClass]
public sealed partial class RawDevelopmentSetTests
{
    /// <summary>
    /// Hand counts from the development set's README: the resolution's numbered operative paragraphs (across its parts and
    /// sections) and all its footnotes (the resolution's and its annexes'). A document set out in the resolution's text
    /// after "Adopts the following declaration:" is the resolution's annex, so its paragraphs are counted there.
    /// </summary>
    private static readonly Dictionary<string, (int Operative, int AdoptedDocument, int Footnotes)> s_handCounts = new(StringComparer.Ordinal)
    {
        ["SC_S_RES_21_(1947).txt"] = (0, 0, 1),
        ["SC_S_RES_47_(1948).txt"] = (18, 0, 1),
        ["SC_S_RES_91_(1951).txt"] = (9, 0, 3),
        ["SC_S_RES_161_(1961).txt"] = (8, 0, 1),
        ["SC_S_RES_253_(1968).txt"] = (23, 0, 0),
        ["SC_S_RES_757_(1992).txt"] = (21, 0, 0),
        ["SC_S_RES_820_(1993).txt"] = (33, 0, 0),
        ["SC_S_RES_1445_(2002).txt"] = (25, 0, 0),
        ["GA_A_RES_73_3.pdf"] = (0, 53, 7),
        ["GA_A_RES_73_7.pdf"] = (28, 0, 9),
        ["GA_A_RES_78_10.pdf"] = (9, 0, 6),
        ["GA_A_RES_78_124.pdf"] = (0, 0, 1),
        ["GA_A_RES_78_253.pdf"] = (213, 0, 59),
        ["GA_A_RES_79_5.pdf"] = (14, 0, 7),
        ["GA_A_RES_79_243.pdf"] = (12, 0, 1),
        ["GA_A_RES_80_226.pdf"] = (5, 0, 30),
        ["GA_A_RES_67_290.doc"] = (30, 0, 21),
        ["GA_A_RES_69_313.doc"] = (2, 0, 24),
        ["GA_A_RES_70_299.docx"] = (21, 0, 3),
        ["GA_A_RES_72_1.DOC"] = (0, 26, 7),
        ["GA_A_RES_72_73.DOC"] = (370, 0, 130),
        ["GA_A_RES_73_17.doc"] = (7, 0, 4),
        ["GA_A_RES_80_9.txt"] = (0, 0, 15),
        ["GA_A_RES_80_10.txt"] = (3, 0, 13),
        ["GA_A_RES_80_12.md"] = (10, 0, 5),
        ["GA_A_RES_80_13.md"] = (5, 0, 3),
        ["GA_A_RES_80_11.md"] = (30, 0, 4),
        ["GA_A_RES_80_5.md"] = (0, 0, 15),
        ["ECOSOC_E_RES_2018_14.DOC"] = (2, 0, 11),
        ["ECOSOC_E_RES_2018_30.DOC"] = (2, 0, 2),
    };

    private static string Folder => Path.GetFullPath(Path.Combine(RepoPaths.UnXml, "..", "raw"));

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Long")]
    public void Every_document_imports_with_its_counts_and_the_words_of_its_xml()
    {
        if (!Directory.Exists(Folder))
        {
            Assert.Inconclusive($"The raw development set is not available at {Folder} (../shared/raw beside the repository).");
        }

        string[] files = [.. Directory.GetFiles(Folder).Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal)];
        Assert.AreEqual(70, files.Length, "the development set's README lists 30 documents and 40 more PDFs");
        var problems = new List<string>();
        var warnings = new List<string>();
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            ImportResult result = ResolutionImporter.ImportFile(file, Folder);
            if (result.Resolution is not { } resolution || result.HasErrors)
            {
                ImportDiagnostic first = result.Diagnostics.First(d => d.IsError);
                problems.Add($"{name}\trefused: {first.Id} {first.Message}");
                continue;
            }

            string yaml = ResolutionYamlWriter.Write(resolution, name);
            if (Generator.Parse.ResolutionParser.Parse(name, yaml).Diagnostics.FirstOrDefault(d => d.IsError) is { } rejected)
            {
                problems.Add($"{name}\trejected by the generator: {rejected.Descriptor.Id} {rejected.Message}");
                continue;
            }

            // Every warning but an unknown opening phrase says something was read on a guess or not placed.
            warnings.AddRange(result.Diagnostics
                .Where(d => d.Severity == ImportSeverity.Warning && d.Id != ImportIds.UnknownPhrase)
                .Select(d => $"{name}\t{d.Place ?? "line " + d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{d.Id} {d.Message}"));
            problems.AddRange(Accounting(name, result, resolution));
            if (s_handCounts.TryGetValue(name, out var counted))
            {
                problems.AddRange(Differences(name, "hand count", Counts.HandComparable(resolution), (counted.Operative, counted.AdoptedDocument, counted.Footnotes)));
            }

            if (Xml(resolution.Symbol) is string xml && AknImporter.ImportFile(xml).Resolution is { } answer)
            {
                problems.AddRange(CompareWithXml(name, resolution, answer));
            }
            else if (!s_handCounts.ContainsKey(name))
            {
                problems.Add($"{name}\tno answer: neither a hand count nor the XML of {resolution.Symbol}");
            }
        }

        foreach (string problem in problems)
        {
            TestContext.WriteLine(problem);
        }

        KnownProblems.Raw.AssertEqual([.. problems.Order(StringComparer.Ordinal)]);
        KnownProblems.RawWarnings.AssertEqual([.. warnings.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Nothing lost unseen: every line the import read has a role (wording, footnote, metadata, form, debris) or a
    /// warning on it; and every word of the lines read as wording or footnotes is in the YAML (letters only, so that
    /// footnote anchors, numbering and punctuation do not count).
    /// </summary>
    private IEnumerable<string> Accounting(string name, ImportResult result, ImportedResolution resolution)
    {
        var warned = result.Diagnostics.Select(d => d.Line).ToHashSet();
        List<SourceLine> read = [.. result.Lines.Where(l => !l.IsBlank)];
        foreach (SourceLine line in read.Where(l => result.Roles!.RoleOf(l.Number) is null && !warned.Contains(l.Number)))
        {
            yield return $"{name}	line {line.Number} has no role and no warning: '{line.Text}'";
        }

        Dictionary<string, int> kept = Words.Letters(Words.AllTexts(resolution)).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (string word in Words.Letters(Words.Rejoined(read.Where(l => result.Roles!.RoleOf(l.Number) is LineRole.Wording or LineRole.Footnote).Select(l => l.Text))))
        {
            if (kept.TryGetValue(word, out int count) && count > 0)
            {
                kept[word] = count - 1;
            }
            else
            {
                missing.Add(word);
            }
        }

        if (missing.Count > 0)
        {
            yield return $"{name}	{missing.Count} words of its wording lines are not in the YAML: {string.Join(' ', missing.Take(8))}";
        }

        int Total(Func<SourceLine, bool> which) => Words.Letters(read.Where(which).Select(l => l.Text)).Count();
        int keptWords = Total(l => result.Roles!.RoleOf(l.Number) is LineRole.Wording or LineRole.Footnote or LineRole.Metadata or LineRole.Form);
        int debrisWords = Total(l => result.Roles!.RoleOf(l.Number) is LineRole.Debris);
        int warnedWords = Total(l => result.Roles!.RoleOf(l.Number) is null);
        int furniture = Words.Letters(result.Dropped.Where(d => d.Line == 0).Select(d => d.Text)).Count();
        TestContext.WriteLine($"{name}: {Total(_ => true)} words read = {keptWords} kept + {debrisWords} listed as debris + {warnedWords} on warned lines; {furniture} words of page furniture listed");
    }

    private static IEnumerable<string> Differences(string name, string answer, (int Operative, int Adopted, int Footnotes) ours, (int Operative, int Adopted, int Footnotes) expected)
    {
        if (ours.Operative != expected.Operative)
        {
            yield return $"{name}\toperative paragraphs {ours.Operative}, {answer} {expected.Operative}";
        }

        // Only the two documents set out in the resolution's own text are counted so; an annex printed after it is not.
        if (expected.Adopted > 0 && ours.Adopted != expected.Adopted)
        {
            yield return $"{name}\tparagraphs of the adopted document {ours.Adopted}, {answer} {expected.Adopted}";
        }

        if (ours.Footnotes != expected.Footnotes)
        {
            yield return $"{name}\tfootnotes {ours.Footnotes}, {answer} {expected.Footnotes}";
        }
    }

    /// <summary>Counts, then words: the resolution's own text, then each annex's, word for word.</summary>
    private static IEnumerable<string> CompareWithXml(string name, ImportedResolution ours, ImportedResolution xml)
    {
        foreach ((string what, int mine, int theirs) in Counts.All(ours).Zip(Counts.All(xml), (a, b) => (a.What, a.Count, b.Count)))
        {
            if (mine != theirs)
            {
                yield return $"{name}\t{what} {mine}, XML {theirs}";
            }
        }

        if (FirstDifference(Words.Body(ours), Words.Body(xml)) is string body)
        {
            yield return $"{name}\tresolution's words differ: {body}";
        }

        if (FirstDifference(Words.Annexes(ours), Words.Annexes(xml)) is string annexes)
        {
            yield return $"{name}\tannexes' words differ: {annexes}";
        }
    }

    private static string? FirstDifference(List<string> ours, List<string> xml)
    {
        int i = 0;
        while (i < ours.Count && i < xml.Count && ours[i] == xml[i])
        {
            i++;
        }

        if (i == ours.Count && i == xml.Count)
        {
            return null;
        }

        static string Around(List<string> words, int at) => string.Join(' ', words.Skip(Math.Max(0, at - 3)).Take(7));
        return $"word {i + 1} of {ours.Count} (XML {xml.Count}): '{Around(ours, i)}' against '{Around(xml, i)}'";
    }

    /// <summary>The AKN4UN file of <paramref name="symbol"/> (<c>A/RES/78/10</c> is <c>ga/78/A_RES_78_10-…xml</c>), or null.</summary>
    private static string? Xml(string symbol)
    {
        Match match = GaSymbol().Match(symbol);
        string folder = Path.Combine(RepoPaths.UnXml, "ga", match.Groups[1].Value);
        string prefix = $"A_RES_{match.Groups[1].Value}_{match.Groups[2].Value}";
        return match.Success && Directory.Exists(folder)
            ? Directory.GetFiles(folder, prefix + "*.xml").Where(f => !char.IsAsciiDigit(Path.GetFileName(f)[prefix.Length])).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    [GeneratedRegex(@"^A/RES/(\d+)/(\d+)$")]
    private static partial Regex GaSymbol();
}
