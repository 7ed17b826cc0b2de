namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>A footnote: its marker as printed (<c>"1"</c>, <c>"*"</c>) and its exact wording.</summary>
internal sealed record ImportedFootnote(string Marker, string Text);
