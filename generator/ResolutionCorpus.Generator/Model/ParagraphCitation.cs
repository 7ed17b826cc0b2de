using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A reference in one file's text to a paragraph of a resolution, to be checked against the corpus.</summary>
/// <param name="Symbol">The cited resolution.</param>
/// <param name="Paragraph">The cited operative paragraph.</param>
/// <param name="Label">The cited sub-paragraph, if any.</param>
/// <param name="Target">The citation, canonical.</param>
/// <param name="Location">The text that holds it.</param>
internal sealed record ParagraphCitation(string Symbol, int Paragraph, string? Label, string Target, LocationInfo Location);
