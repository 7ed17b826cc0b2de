using System.Collections.Generic;
using System.Linq;

namespace ResolutionCorpus.Tool.Import;

/// <summary>Which part of the resolution a paragraph belongs to.</summary>
internal enum ParagraphKind
{
    /// <summary>Unnumbered, before the first operative paragraph.</summary>
    Preambular,

    /// <summary>Numbered.</summary>
    Operative,

    /// <summary>Lettered or numbered in Roman, inside an operative paragraph.</summary>
    Subparagraph,
}

/// <summary>
/// A stretch of one source line inside a paragraph. Keeping the pieces (rather than one joined string) lets
/// footnote binding report the line where a marker stands.
/// </summary>
internal sealed class TextChunk(int line, string text)
{
    /// <summary>1-based source line.</summary>
    public int Line { get; } = line;

    /// <summary>Cleaned text; footnote binding rewrites markers in it as anchors.</summary>
    public string Text { get; set; } = text;

    /// <summary>True when the piece starts a line of its own in the paragraph's text: a table's row, text under a table, a list item's dash.</summary>
    public bool StartsLine { get; init; }

    /// <summary>True for a row of a table (which starts a line of its own).</summary>
    public bool IsTableRow { get; init; }
}

/// <summary>A paragraph while the segmenter is still building it.</summary>
internal sealed class DraftParagraph(ParagraphKind kind, int number, string? label, string? emphasis)
{
    /// <summary>Preambular, operative or sub-paragraph.</summary>
    public ParagraphKind Kind { get; } = kind;

    /// <summary>Operative number, else 0.</summary>
    public int Number { get; } = number;

    /// <summary>Sub-paragraph label, else null.</summary>
    public string? Label { get; } = label;

    /// <summary>The italic span that opened the paragraph in the source, if any: a hint, never the rule.</summary>
    public string? Emphasis { get; } = emphasis;

    /// <summary>The label of the part it belongs to (<c>A</c>, <c>B</c>), or null in a resolution not adopted in parts.</summary>
    public string? Part { get; set; }

    /// <summary>The section it belongs to, or null outside sections.</summary>
    public DraftSection? Section { get; set; }

    /// <summary>The source pieces, in order; a paragraph split by footnotes or a page break has several.</summary>
    public List<TextChunk> Chunks { get; } = [];

    /// <summary>Sub-paragraphs of an operative paragraph.</summary>
    public List<DraftParagraph> Subparagraphs { get; } = [];

    /// <summary>True when the paragraph's text ends in a table: the text after it does not run on in the table's last cell.</summary>
    public bool EndsInTable => Chunks.Count > 0 && Chunks[^1].IsTableRow;

    /// <summary>The line the paragraph starts on.</summary>
    public int FirstLine => Chunks.Count > 0 ? Chunks[0].Line : 0;

    /// <summary>This paragraph as an unnumbered operative one (it was read as preambular until its ending showed otherwise).</summary>
    public DraftParagraph AsUnnumberedOperative() => Copy(ParagraphKind.Operative, 0, null);

    /// <summary>This point with the label its place in the list implies (the source printed none).</summary>
    public DraftParagraph WithLabel(string label) => Copy(Kind, Number, label);

    private DraftParagraph Copy(ParagraphKind kind, int number, string? label)
    {
        var copy = new DraftParagraph(kind, number, label, Emphasis) { Part = Part, Section = Section };
        copy.Chunks.AddRange(Chunks);
        copy.Subparagraphs.AddRange(Subparagraphs);
        return copy;
    }

    /// <summary>The paragraph's text: its pieces joined with one space (a page break is not wording), every line-break hyphen kept.</summary>
    public string Text => Joined(LineBreakHyphens.KeepAll);

    /// <summary>The paragraph's text, each line-break hyphen kept or not as the document's own words say.</summary>
    public string Joined(LineBreakHyphens hyphens)
    {
        var text = new System.Text.StringBuilder();
        foreach (TextChunk chunk in Chunks.Where(c => c.Text.Length > 0))
        {
            if (chunk.StartsLine && text.Length > 0)
            {
                text.Append('\n').Append(chunk.Text);
            }
            else
            {
                hyphens.Append(text, chunk.Text);
            }
        }

        return text.ToString();
    }
}

/// <summary>A footnote as found in the source, before binding.</summary>
/// <param name="Marker">The marker as ASCII digits (superscripts converted).</param>
/// <param name="Text">Cleaned wording.</param>
/// <param name="Line">1-based source line.</param>
internal sealed record DraftFootnote(string Marker, string Text, int Line);
