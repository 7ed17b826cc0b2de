using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>
/// The text a PDF or Word file holds, laid out as the raw-text importer reads it (a paragraph a line, footnote markers
/// as superscript digits, each footnote a line that opens with its marker), with where each line came from and
/// what was taken out as page furniture.
/// </summary>
/// <param name="Text">The text, one paragraph or footnote a line.</param>
/// <param name="Places">For each line of <paramref name="Text"/> (index 0 is line 1), where it is in the file: <c>page 3</c>, <c>paragraph 41</c>.</param>
/// <param name="Furniture">What the file prints that is not the document's wording, each with its place: running heads, page numbers, job numbers, bar codes.</param>
internal sealed record ExtractedDocument(string Text, IReadOnlyList<string> Places, IReadOnlyList<DroppedText> Furniture)
{
    /// <summary>The lines of <see cref="Text"/> (1-based) that are rows of a table, their cells parted by tabs.</summary>
    public IReadOnlySet<int> TableRows { get; init; } = new HashSet<int>();

    /// <summary>
    /// The lines a Word file prints in its headers, the first page's masthead among them: listed as
    /// <see cref="Furniture"/>, and read for what the text does not state (the agenda item).
    /// </summary>
    public IReadOnlyList<string> Masthead { get; init; } = [];
}

/// <summary>Text that an import took out as print debris rather than wording, and where it was.</summary>
/// <param name="Place">Where: <c>line 12</c>, <c>page 3</c>, <c>Word header</c>.</param>
/// <param name="Text">The text as printed.</param>
/// <param name="Why">What it was taken for: <c>running head</c>, <c>page footer</c>, <c>bar code</c>.</param>
internal sealed record DroppedText(string Place, string Text, string Why)
{
    /// <summary>The line of the text the importer read, when the debris was found there (0 for a PDF's or Word file's own furniture).</summary>
    public int Line { get; init; }
}
