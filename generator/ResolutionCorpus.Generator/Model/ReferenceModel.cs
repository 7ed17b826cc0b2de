namespace ResolutionCorpus.Generator.Model;

/// <summary>A reference found in a text: a resolution (with its paragraph or annex, if any) or another UN document.</summary>
/// <param name="Position">Offset in the plain text (without footnote markers).</param>
/// <param name="Length">Length of the reference in the plain text.</param>
/// <param name="Target">The canonical citation of a resolution (<c>A/RES/55/25, annex I</c>), or a document symbol as written (<c>A/79/302-S/2024/600</c>).</param>
/// <param name="Resolution">The cited resolution's canonical symbol; <see langword="null"/> for other documents.</param>
/// <param name="Paragraph">The cited operative paragraph's number, or 0.</param>
/// <param name="Label">The cited sub-paragraph's label, or <see langword="null"/>.</param>
internal sealed record ReferenceModel(int Position, int Length, string Target, string? Resolution, int Paragraph, string? Label);
