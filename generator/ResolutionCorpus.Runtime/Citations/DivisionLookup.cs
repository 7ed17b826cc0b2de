using System;
using System.Collections.Generic;
using System.Linq;

namespace ResolutionCorpus.Citations;

/// <summary>
/// Finds the parts, sections and annexes a citation names, and its operative paragraphs by number. Sections printed
/// without a label (a heading only) are not named in citations: their paragraphs belong to the division around them.
/// </summary>
internal static class DivisionLookup
{
    /// <summary>The division that <paramref name="within"/> (<c>part B, section I</c>) names, or <see langword="null"/>.</summary>
    public static Division? Find(Resolution resolution, string within)
    {
        Division? found = null;
        IReadOnlyList<Division> candidates = resolution.Divisions;
        foreach (string segment in within.Split(new[] { ", " }, StringSplitOptions.None))
        {
            found = Named(candidates, segment);
            if (found is null)
            {
                return null;
            }

            candidates = found.Sections;
        }

        return found;
    }

    /// <summary>The operative paragraphs numbered <paramref name="number"/> in the division (or the resolution itself), unlabelled sections included.</summary>
    public static List<Paragraph> Operative(Resolution resolution, Division? division, int number)
    {
        var found = new List<Paragraph>();
        Collect(division is null ? resolution.Operative : division.Paragraphs, division is null ? resolution.Divisions : division.Sections, number, found);
        return found;
    }

    /// <summary>The labelled divisions at the top, for an error message: <c>part A, part B, annex</c>.</summary>
    public static string Describe(Resolution resolution)
    {
        string[] named = resolution.Divisions.Select(d => d.CitationSegment).Where(s => s.Length > 0).ToArray();
        return named.Length == 0 ? "no parts, labelled sections or annexes" : string.Join(", ", named);
    }

    private static Division? Named(IReadOnlyList<Division> divisions, string segment)
    {
        foreach (Division division in divisions)
        {
            if (string.Equals(division.CitationSegment, segment, StringComparison.OrdinalIgnoreCase))
            {
                return division;
            }

            if (division.CitationSegment.Length == 0 && Named(division.Sections, segment) is Division inside)
            {
                return inside;
            }
        }

        return null;
    }

    private static void Collect(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Division> sections, int number, List<Paragraph> found)
    {
        foreach (Paragraph paragraph in paragraphs)
        {
            if (paragraph.Number == number)
            {
                found.Add(paragraph);
            }
        }

        foreach (Division section in sections)
        {
            if (section.CitationSegment.Length == 0)
            {
                Collect(section.Paragraphs, section.Sections, number, found);
            }
        }
    }
}
