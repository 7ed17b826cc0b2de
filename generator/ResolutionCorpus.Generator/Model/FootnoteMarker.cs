namespace ResolutionCorpus.Generator.Model;

/// <summary>Where a footnote marker stood in a text.</summary>
/// <param name="Marker">The marker as printed (<c>2</c>, <c>*</c>).</param>
/// <param name="Position">Its offset in the plain text, in UTF-16 code units.</param>
internal readonly record struct FootnoteMarker(string Marker, int Position);
