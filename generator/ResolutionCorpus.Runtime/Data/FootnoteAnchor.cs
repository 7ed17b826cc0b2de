
namespace ResolutionCorpus.Data;

/// <summary>Where a footnote marker stands in a paragraph: the footnote's index and a position in the plain text.</summary>
internal readonly struct FootnoteAnchor
{
    /// <summary>Creates an anchor.</summary>
    /// <param name="footnote">Index of the footnote in the resolution's footnote list.</param>
    /// <param name="position">Offset in the paragraph's plain text (UTF-16 code units) just after which the marker stood.</param>
    public FootnoteAnchor(int footnote, int position)
    {
        Footnote = footnote;
        Position = position;
    }

    /// <summary>Index of the footnote in the resolution's footnote list.</summary>
    public int Footnote { get; }

    /// <summary>Offset in the paragraph's plain text at which the marker stood.</summary>
    public int Position { get; }
}
