using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A footnote: its marker as printed and its exact wording.</summary>
/// <param name="Marker">The marker as printed.</param>
/// <param name="Text">The exact wording.</param>
/// <param name="References">The resolutions and documents it cites ("Ibid." resolved).</param>
/// <param name="Location">Where the text stands in the file.</param>
internal sealed record FootnoteModel(string Marker, string Text, EquatableArray<ReferenceModel> References = default, LocationInfo? Location = null);
