using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>What a development-set test counts in an imported resolution.</summary>
internal static class Counts
{
    /// <summary>Every division of the resolution's own text: the body, its parts, and their sections at any depth.</summary>
    public static IEnumerable<ImportedDivision> Divisions(ImportedResolution resolution) =>
        new[] { resolution.Main }.Concat(resolution.Parts).SelectMany(WithSections);

    /// <summary>Numbered operative paragraphs; the numbered paragraphs of an unlabelled, adopted document; all footnotes.</summary>
    public static (int Operative, int Adopted, int Footnotes) HandComparable(ImportedResolution resolution) =>
        (Divisions(resolution).Sum(d => d.Operative.Count(p => p.Number is not null)),
         resolution.Main.Operative.Count(p => p.Number is null) == 1 && resolution.Main.Operative.Count == 1 && resolution.Annexes.Count == 1 && resolution.Annexes[0].Label is null
            ? resolution.Annexes[0].Paragraphs.Count(p => p.Number is not null) : 0,
         resolution.Footnotes.Count);

    /// <summary>The structure compared with the XML, count by count.</summary>
    public static IEnumerable<(string What, int Count)> All(ImportedResolution resolution)
    {
        List<ImportedDivision> divisions = [.. Divisions(resolution)];
        yield return ("preambular paragraphs", divisions.Sum(d => d.Preamble.Count));
        yield return ("introductory paragraphs", divisions.Sum(d => d.Intro.Count));
        yield return ("operative paragraphs", divisions.Sum(d => d.Operative.Count));
        yield return ("points", divisions.Sum(d => d.Operative.Sum(PointCount)));
        yield return ("annexes", resolution.Annexes.Count);
        yield return ("annex paragraphs", resolution.Annexes.Sum(a => a.Paragraphs.Count));
        yield return ("annex points", resolution.Annexes.Sum(a => a.Paragraphs.Sum(PointCount)));
        yield return ("footnotes", resolution.Footnotes.Count);
    }

    private static int PointCount(ImportedParagraph paragraph) => paragraph.Points.Sum(p => 1 + PointCount(p));

    private static IEnumerable<ImportedDivision> WithSections(ImportedDivision division) =>
        new[] { division }.Concat(division.Sections.SelectMany(WithSections));
}

/// <summary>A resolution's wording as a list of words, normalized for white space, quotes, dashes and Unicode composition, footnote anchors left out.</summary>
internal static partial class Words
{
    /// <summary>The words of the resolution's own paragraphs and points, in order.</summary>
    public static List<string> Body(ImportedResolution resolution) =>
        Split(Counts.Divisions(resolution).SelectMany(d => d.Preamble.Concat(d.Intro).Concat(d.Operative)).SelectMany(Texts));

    /// <summary>The words of the annexes' paragraphs and points, in order.</summary>
    public static List<string> Annexes(ImportedResolution resolution) =>
        Split(resolution.Annexes.SelectMany(a => a.Paragraphs).SelectMany(Texts));

    /// <summary>Every text the YAML holds of the document's own words: title, labels and headings, paragraphs and points, annexes, footnotes, notes.</summary>
    public static IEnumerable<string> AllTexts(ImportedResolution resolution) =>
        new[] { resolution.Title ?? string.Empty }
            .Concat(resolution.Notes)
            .Concat(Counts.Divisions(resolution).SelectMany(d => new[] { d.Label ?? string.Empty, d.Heading ?? string.Empty }
                .Concat(d.Preamble.Concat(d.Intro).Concat(d.Operative).SelectMany(Labelled))))
            .Concat(resolution.Annexes.SelectMany(a => new[] { a.Label ?? string.Empty, a.Title ?? string.Empty }.Concat(a.Paragraphs.SelectMany(Labelled))))
            .Concat(resolution.Footnotes.Select(f => f.Text));

    /// <summary>The words of <paramref name="texts"/>, each with its letters only; words without letters left out.</summary>
    public static IEnumerable<string> Letters(IEnumerable<string> texts) =>
        texts.SelectMany(t => t.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string([.. w.Where(char.IsLetter)]))
            .Where(w => w.Length > 0);

    /// <summary>The lines' words, a word broken across two lines at a hyphen ("Govern-" / "ment") made one again.</summary>
    public static IEnumerable<string> Rejoined(IEnumerable<string> lines)
    {
        string? broken = null;
        foreach (string line in lines)
        {
            string[] words = line.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                string word = broken is not null && i == 0 ? broken + words[i] : words[i];
                broken = null;
                if (i == words.Length - 1 && word.Length > 1 && word[^1] is '-' or '\u2010' or '\u2011')
                {
                    broken = word;
                    continue;
                }

                yield return word;
            }
        }

        if (broken is not null)
        {
            yield return broken;
        }
    }

    private static IEnumerable<string> Labelled(ImportedParagraph paragraph) =>
        new[] { paragraph.Number ?? string.Empty, paragraph.Text }.Concat(paragraph.Points.SelectMany(Labelled));

    private static IEnumerable<string> Texts(ImportedParagraph paragraph) =>
        new[] { paragraph.Text }.Concat(paragraph.Points.SelectMany(Texts));

    private static List<string> Split(IEnumerable<string> texts) =>
        [.. texts.SelectMany(t => Anchor().Replace(t, " ").Normalize(System.Text.NormalizationForm.FormC)
            .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
            .Replace('–', '-').Replace('—', '-').Replace('‑', '-')
            .Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries))];

    [GeneratedRegex(@"\[\^[^\]]+\]")]
    private static partial Regex Anchor();
}
