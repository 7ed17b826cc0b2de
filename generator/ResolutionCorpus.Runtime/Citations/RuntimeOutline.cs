using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>The addresses of a built <see cref="Resolution"/>, for <see cref="AddressLookup"/>.</summary>
internal static class RuntimeOutline
{
    public static AddressOutline Of(Resolution resolution) =>
        new AddressOutline(null, string.Empty, string.Empty, resolution.Preamble.Count, resolution.Intro.Count, Paragraphs(resolution.Operative), Divisions(resolution.Divisions));

    private static AddressOutline[] Divisions(IReadOnlyList<Division> divisions)
    {
        var outlines = new AddressOutline[divisions.Count];
        for (int i = 0; i < outlines.Length; i++)
        {
            Division division = divisions[i];
            outlines[i] = new AddressOutline(
                division.Kind, division.CitationSegment, string.Empty, division.Preamble.Count, division.Intro.Count, Paragraphs(division.Paragraphs), Divisions(division.Sections));
        }

        return outlines;
    }

    private static OutlineParagraph[] Paragraphs(IReadOnlyList<Paragraph> paragraphs)
    {
        var outlines = new OutlineParagraph[paragraphs.Count];
        for (int i = 0; i < outlines.Length; i++)
        {
            outlines[i] = new OutlineParagraph(paragraphs[i].Number, Points(paragraphs[i].SubParagraphs));
        }

        return outlines;
    }

    private static OutlinePoint[] Points(IReadOnlyList<SubParagraph> points)
    {
        if (points.Count == 0)
        {
            return Array.Empty<OutlinePoint>();
        }

        var outlines = new OutlinePoint[points.Count];
        for (int i = 0; i < outlines.Length; i++)
        {
            outlines[i] = new OutlinePoint(points[i].Label, Points(points[i].SubParagraphs));
        }

        return outlines;
    }
}
