namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>A stretch of a row's text set apart from the rest by a column's gap: a cell of a table's row.</summary>
/// <param name="Left">Where its first glyph starts.</param>
/// <param name="Right">Where its last glyph ends.</param>
/// <param name="Text">Its text.</param>
internal sealed record PdfCell(double Left, double Right, string Text)
{
    /// <summary>How much of the stretch from <paramref name="left"/> to <paramref name="right"/> the cell covers.</summary>
    public double Overlap(double left, double right) => System.Math.Min(Right, right) - System.Math.Max(Left, left);
}
