namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// A section of the body while the segmenter builds it: numbered with its heading ("II Financial performance
/// report"), or a heading alone ("Peacebuilding financing"). Each is its own section, even where two headings read
/// the same.
/// </summary>
internal sealed class DraftSection(string? label, string heading)
{
    /// <summary>The section's number (<c>II</c>), or null for a heading printed without one.</summary>
    public string? Label { get; } = label;

    /// <summary>The heading as printed.</summary>
    public string Heading { get; } = heading;
}
