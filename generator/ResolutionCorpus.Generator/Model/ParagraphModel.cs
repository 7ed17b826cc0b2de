using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A preambular or operative paragraph, or a sub-paragraph.</summary>
/// <param name="Number">Operative number (for a sub-paragraph, its parent's), or the ordinal of a preambular paragraph.</param>
/// <param name="Label">The sub-paragraph label (<c>a</c>); <see langword="null"/> for paragraphs.</param>
/// <param name="Phrase">The opening phrase, or an empty string.</param>
/// <param name="Text">The exact wording, with its footnote markers.</param>
/// <param name="SubParagraphs">Sub-paragraphs, in order.</param>
/// <param name="References">The resolutions and documents the text cites, positioned in the plain text.</param>
/// <param name="Location">Where the text stands in the file, for diagnostics about its references.</param>
/// <param name="PrintedNumber">
/// <see langword="null"/> when the paragraph is printed with <see cref="Number"/>; an empty string when it is printed
/// without a number (a resolution's only operative paragraph, an annex's unnumbered paragraph); otherwise an annex
/// paragraph's number as printed.
/// </param>
internal sealed record ParagraphModel(
    int Number,
    string? Label,
    string Phrase,
    MarkedText Text,
    EquatableArray<ParagraphModel> SubParagraphs,
    EquatableArray<ReferenceModel> References = default,
    LocationInfo? Location = null,
    string? PrintedNumber = null);
