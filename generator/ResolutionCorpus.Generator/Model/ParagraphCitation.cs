using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A reference in one file's text to something inside a resolution, to be checked against the corpus.</summary>
/// <param name="Cited">The citation.</param>
/// <param name="Location">The text that holds it.</param>
internal sealed record ParagraphCitation(Citation Cited, LocationInfo Location);
