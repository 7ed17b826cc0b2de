using System.Linq;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// A row of a table, as a PDF's tables are extracted: its text is its cells parted by tabs, as the record writes a
/// table's rows.
/// </summary>
internal static class TableLine
{
    /// <summary>True for a row of a table.</summary>
    public static bool Is(SourceLine line) => line.Cells is not null;

    /// <summary>The row as a piece of its paragraph's text: a line of its own, its cells, each cleaned as a line is, parted by tabs.</summary>
    public static TextChunk Chunk(SourceLine line, SourceFormat format) =>
        new(line.Number, string.Join('\t', line.Cells!.Select(cell => InlineMarkup.Clean(cell, format)))) { StartsLine = true, IsTableRow = true };
}
