using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>
/// Reads a table a page sets in type smaller than its text. The columns are where the cells of its rows lie; a row's
/// lines are set closer together than its rows are; each row becomes a line of its cells parted by tabs, a cell's
/// lines joined top to bottom, as the record's tables are written. The notes under a table (<c>a See A/80/505.</c>)
/// are lines of their own.
/// </summary>
internal static partial class PdfTable
{
    /// <summary>A line the table gives: a row (cells parted by tabs), or a note under the table.</summary>
    /// <param name="Text">The line's text.</param>
    /// <param name="IsRow">True for a row of the table, false for a note under it.</param>
    public sealed record Line(string Text, bool IsRow);

    /// <summary>True when some of the rows are set in columns.</summary>
    public static bool IsTable(IReadOnlyList<PdfRow> rows) => rows.Any(r => r.Cells.Count > 1);

    /// <summary>The table's lines, top to bottom.</summary>
    /// <param name="rows">The printed rows of the table, and of the notes under it.</param>
    /// <param name="lineGap">The most a line of a paragraph is set below the one before it, as a share of the font size.</param>
    public static List<Line> Read(IReadOnlyList<PdfRow> rows, double lineGap)
    {
        List<(double Left, double Right)> columns = Columns(rows);
        int notes = rows.Count;
        while (notes > 0 && IsNote(rows[notes - 1], columns))
        {
            notes--;
        }

        var lines = new List<Line>();
        var cells = new List<string>[columns.Count];
        bool open = false, inColumns = false;
        PdfRow? previous = null;
        foreach (PdfRow row in rows.Take(notes))
        {
            // A row's next line is set a line below, unless it is the next row's first (a row in columns after one).
            bool continues = previous is not null && previous.Baseline - row.Baseline <= lineGap * Math.Max(previous.Size, row.Size)
                && !(inColumns && row.Cells.Count > 1);
            if (!continues && open)
            {
                lines.Add(RowLine(cells));
            }

            if (!continues)
            {
                for (int c = 0; c < cells.Length; c++)
                {
                    cells[c] = [];
                }

                inColumns = false;
            }

            // A row's text goes to the columns by its stretches, so that a cell set closer to the next than the columns
            // of the other rows are ("Redeployment from Office" / "Senior Legal Officer") is still a cell of its own.
            foreach (PdfCell stretch in row.Stretches)
            {
                cells[Column(stretch, columns)].Add(stretch.Text);
            }

            inColumns |= row.Cells.Count > 1;
            open = true;
            previous = row;
        }

        if (open)
        {
            lines.Add(RowLine(cells));
        }

        lines.AddRange(rows.Skip(notes).Select(r => new Line(r.Text, IsRow: false)));
        return lines;
    }

    // A note under the table is a line of text in its first column ("a See A/80/505."), or one set across the
    // columns ("Abbreviations: GS (OL), General Service (Other level); …").
    private static bool IsNote(PdfRow row, List<(double Left, double Right)> columns) =>
        row.Cells.Count == 1 && row.Stretches.Count == 1
        && ((Note().IsMatch(row.Text) && Column(row.Cells[0], columns) == 0) || (columns.Count > 1 && row.Right > columns[1].Left));

    private static Line RowLine(List<string>[] cells) => new(string.Join('\t', cells.Select(c => PdfRow.JoinTexts(c))), IsRow: true);

    /// <summary>
    /// The columns: what the cells of the rows with the most cells cover, overlapping stretches merged. Rows with fewer
    /// cells may hold one across columns.
    /// </summary>
    private static List<(double Left, double Right)> Columns(IReadOnlyList<PdfRow> rows)
    {
        int most = rows.Max(r => r.Cells.Count);
        var columns = new List<(double Left, double Right)>();
        foreach (PdfCell cell in rows.Where(r => r.Cells.Count == most).SelectMany(r => r.Cells).OrderBy(c => c.Left))
        {
            if (columns.Count > 0 && cell.Left <= columns[^1].Right)
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, cell.Right));
            }
            else
            {
                columns.Add((cell.Left, cell.Right));
            }
        }

        return columns;
    }

    /// <summary>The column a cell lies most in; the nearest, for a cell between columns.</summary>
    private static int Column(PdfCell cell, List<(double Left, double Right)> columns)
    {
        int best = 0;
        double bestOverlap = double.NegativeInfinity;
        for (int c = 0; c < columns.Count; c++)
        {
            double overlap = cell.Overlap(columns[c].Left, columns[c].Right);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (c, overlap);
            }
        }

        return best;
    }

    /// <summary>
    /// The lines of a table drawn with rules: a line for each row of cells the rules draw, top to bottom, its cells
    /// parted by tabs, the text in each cell joined top to bottom. Rows that hold no text give no line.
    /// </summary>
    /// <param name="rows">The printed rows inside the ruled cells.</param>
    /// <param name="cells">The page's ruled cells.</param>
    public static List<Line> ReadRuled(IReadOnlyList<PdfRow> rows, IReadOnlyList<PdfRuledCell> cells)
    {
        var lines = new List<Line>();
        foreach (IGrouping<double, PdfRow> ruledRow in rows.GroupBy(r => cells.First(c => c.Holds(r)).Top))
        {
            List<(double Left, double Right)> columns = [.. cells.Where(c => c.Top == ruledRow.Key).OrderBy(c => c.Left).Select(c => (c.Left, c.Right))];
            List<string>[] texts = [.. columns.Select(_ => new List<string>())];
            foreach (PdfCell stretch in ruledRow.SelectMany(r => r.Stretches))
            {
                texts[Column(stretch, columns)].Add(stretch.Text);
            }

            lines.Add(RowLine(texts));
        }

        return lines;
    }

    // A note under a table opens with its letter or asterisk: "a See A/80/505.", "* Provisional."
    [GeneratedRegex(@"^(?:[a-z]|\*{1,3})\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Note();
}
