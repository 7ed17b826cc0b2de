namespace ResolutionCorpus;

/// <summary>A footnote marker in a paragraph: which footnote, and where in <see cref="Paragraph.Text"/> it stood.</summary>
public readonly struct FootnoteReference
{
    internal FootnoteReference(Footnote footnote, int position)
    {
        Footnote = footnote;
        Position = position;
    }

    /// <summary>The footnote the marker refers to.</summary>
    public Footnote Footnote { get; }

    /// <summary>The offset in the paragraph's <see cref="Paragraph.Text"/> right after which the marker stood.</summary>
    public int Position { get; }

    /// <inheritdoc/>
    public override string ToString() => Footnote is null ? string.Empty : Footnote.Marker + "@" + Position;
}
