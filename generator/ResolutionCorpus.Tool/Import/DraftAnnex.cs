using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// An annex while the segmenter builds it: one printed after the resolution under an <c>Annex</c> heading, or a
/// document the resolution sets out in its own text after "Adopts the following declaration:".
/// </summary>
/// <param name="label">The printed label (<c>I</c>, <c>A</c>); null for a lone annex or an adopted document.</param>
internal sealed class DraftAnnex(string? label)
{
    /// <summary>The printed label; null when there is none.</summary>
    public string? Label { get; } = label;

    /// <summary>The title: the first line that is not a paragraph (it ends in no punctuation).</summary>
    public string? Title { get; set; }

    /// <summary>Numbered paragraphs (<see cref="ParagraphKind.Operative"/> with their number) and unnumbered ones (number 0), with their points.</summary>
    public List<DraftParagraph> Paragraphs { get; } = [];
}
