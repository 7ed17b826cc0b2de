
namespace ResolutionCorpus.Data;

/// <summary>What the layout says of one reference in a text, before any string is decoded.</summary>
internal readonly struct ReferenceData
{
    /// <summary>Creates the data of a reference.</summary>
    /// <param name="position">Offset in the plain text.</param>
    /// <param name="length">Length in the plain text.</param>
    /// <param name="target">The canonical citation, or the document symbol as written.</param>
    /// <param name="resolution">The cited resolution's symbol; absent for other documents.</param>
    /// <param name="paragraph">The cited operative paragraph, or 0.</param>
    /// <param name="label">The cited sub-paragraph's label; absent when none.</param>
    public ReferenceData(int position, int length, Utf8Text target, Utf8Text resolution, int paragraph, Utf8Text label)
    {
        Position = position;
        Length = length;
        Target = target;
        Resolution = resolution;
        Paragraph = paragraph;
        Label = label;
    }

    /// <summary>Offset in the plain text.</summary>
    public int Position { get; }

    /// <summary>Length in the plain text.</summary>
    public int Length { get; }

    /// <summary>The canonical citation or document symbol.</summary>
    public Utf8Text Target { get; }

    /// <summary>The cited resolution's symbol.</summary>
    public Utf8Text Resolution { get; }

    /// <summary>The cited operative paragraph, or 0.</summary>
    public int Paragraph { get; }

    /// <summary>The cited sub-paragraph's label.</summary>
    public Utf8Text Label { get; }
}
