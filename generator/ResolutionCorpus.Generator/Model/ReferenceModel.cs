using ResolutionCorpus.Citations;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A reference found in a text: a resolution (with its paragraph, point or division, if any) or another UN document.</summary>
/// <param name="Position">Offset in the plain text (without footnote markers).</param>
/// <param name="Length">Length of the reference in the plain text.</param>
/// <param name="Target">The canonical citation of a resolution (<c>A/RES/55/25, annex I</c>), or a document symbol as written (<c>A/79/302-S/2024/600</c>).</param>
/// <param name="Cited">The citation read, when a resolution is cited; <see langword="null"/> for other documents.</param>
internal sealed record ReferenceModel(int Position, int Length, string Target, Citation? Cited)
{
    /// <summary>The cited resolution's canonical symbol; <see langword="null"/> for other documents.</summary>
    public string? Resolution => Cited?.Symbol.Value;

    /// <summary>The cited paragraph's number, or 0 when a whole resolution or a division is cited.</summary>
    public int Paragraph => Cited?.Kind is null ? 0 : Cited.Number;

    /// <summary>The cited point's label, or <see langword="null"/>.</summary>
    public string? Label => Cited?.Label;

    /// <summary>Whether it names something inside a resolution: a paragraph, a point, a part, a section or an annex.</summary>
    public bool IsWithinResolution => Cited is { } c && (c.Kind is not null || c.Within.Length > 0 || c.Annex is not null);
}
