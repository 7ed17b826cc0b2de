using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>
/// Writes an <see cref="ExtractedDocument"/> a line at a time, each with its place in the file: the one writer the PDF
/// and Word readers share.
/// </summary>
internal sealed class ExtractedDocumentWriter
{
    private readonly List<string> _lines = [];
    private readonly List<string> _places = [];
    private readonly HashSet<int> _tableRows = [];
    private readonly List<DroppedText> _furniture = [];

    /// <summary>Adds a line of text (a paragraph, or a footnote opening with its marker).</summary>
    public void Line(string place, string text)
    {
        _lines.Add(text);
        _places.Add(place);
    }

    /// <summary>Adds a row of a table, its cells parted by tabs.</summary>
    public void Row(string place, string cells)
    {
        Line(place, cells);
        _tableRows.Add(_lines.Count);
    }

    /// <summary>Lists text taken out as page furniture rather than wording.</summary>
    public void Drop(string place, string text, string why) => _furniture.Add(new DroppedText(place, text, why));

    /// <summary>The document written, with the lines its headers print (<see cref="ExtractedDocument.Masthead"/>), if any.</summary>
    public ExtractedDocument Finish(IReadOnlyList<string>? masthead = null) =>
        new(string.Join('\n', _lines) + "\n", _places, _furniture) { TableRows = _tableRows, Masthead = masthead ?? [] };
}
