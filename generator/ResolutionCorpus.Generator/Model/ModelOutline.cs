using System.Collections.Generic;
using System.Linq;
using ResolutionCorpus.Citations;

namespace ResolutionCorpus.Generator.Model;

/// <summary>The addresses of a resolution file, as the citation checks read them.</summary>
internal static class ModelOutline
{
    public static AddressOutline Of(ResolutionModel r) =>
        new AddressOutline(null, string.Empty, string.Empty, r.Preamble.Count, r.Intro.Count, Paragraphs(r.Operative), r.Divisions.Select(Of).ToArray());

    private static AddressOutline Of(DivisionModel d) =>
        new AddressOutline(
            d.Kind,
            ParagraphAddress.DivisionName(d.Kind, d.CitationLabel),
            d.CitationLabel.Length == 0 && d.Kind == DivisionKind.Section ? d.Key : string.Empty,
            d.Preamble.Count,
            d.Intro.Count,
            Paragraphs(d.Paragraphs),
            d.Sections.Select(Of).ToArray());

    private static OutlineParagraph[] Paragraphs(EquatableArray<ParagraphModel> paragraphs) =>
        paragraphs.Select(p => new OutlineParagraph(p.Number, Points(p.SubParagraphs))).ToArray();

    private static OutlinePoint[] Points(EquatableArray<ParagraphModel> points) =>
        points.Select(p => new OutlinePoint(p.Label!, Points(p.SubParagraphs))).ToArray();
}
