using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ResolutionCorpus;
using ResolutionCorpus.Resolutions;

namespace QuickStart;

/// <summary>Finds the paragraphs of the corpus whose text holds a phrase, newest resolution first.</summary>
public static class ParagraphSearch
{
    /// <summary>
    /// Prints each paragraph (citation, then text) that holds <paramref name="phrase"/>, its words in order, in any case and
    /// spacing; then how many were found.
    /// </summary>
    /// <returns>0 when a paragraph holds the phrase; 1 when none does or the phrase is empty.</returns>
    public static int Print(string phrase, TextWriter output, TextWriter error)
    {
        string[] words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            error.WriteLine("Usage: QuickStart --find \"<words>\"   e.g. QuickStart --find \"children and armed conflict\"");
            return 1;
        }

        var pattern = new Regex(string.Join(@"\s+", words.Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        int found = 0;
        var resolutions = new HashSet<string>(StringComparer.Ordinal);
        foreach (Resolution resolution in Corpus.All.OrderByDescending(r => r.Adopted).ThenBy(r => r.Symbol.Value, StringComparer.Ordinal))
        {
            foreach (Paragraph paragraph in Paragraphs(resolution).Where(p => pattern.IsMatch(p.Text)))
            {
                output.WriteLine(paragraph.Citation);
                output.WriteLine("  " + paragraph.Text.Replace("\n", "\n  ", StringComparison.Ordinal));
                output.WriteLine();
                found++;
                resolutions.Add(resolution.Symbol.Value);
            }
        }

        if (found == 0)
        {
            error.WriteLine($"No paragraph of the {Corpus.All.Count} resolutions in the corpus holds \"{phrase}\".");
            return 1;
        }

        output.WriteLine($"{found} paragraph{(found == 1 ? string.Empty : "s")} in {resolutions.Count} resolution{(resolutions.Count == 1 ? string.Empty : "s")} hold \"{phrase}\".");
        return 0;
    }

    /// <summary>Every paragraph of a resolution, in document order: its own, then those of its parts, sections and annexes.</summary>
    private static IEnumerable<Paragraph> Paragraphs(Resolution resolution) =>
        resolution.Preamble.Concat(resolution.Intro).Concat(resolution.Operative).Concat(resolution.Divisions.SelectMany(Paragraphs));

    private static IEnumerable<Paragraph> Paragraphs(Division division) =>
        division.Preamble.Concat(division.Intro).Concat(division.Paragraphs).Concat(division.Sections.SelectMany(Paragraphs));
}
