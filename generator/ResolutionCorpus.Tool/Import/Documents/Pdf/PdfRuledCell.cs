using System;
using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>
/// A cell of a table drawn with rules: the space between two vertical rules that run over the same height. Word
/// prints a table's borders so, a rule for each side of each cell, and a box around text is such a table.
/// </summary>
/// <param name="Left">The rule on its left.</param>
/// <param name="Right">The rule on its right.</param>
/// <param name="Bottom">Where its rules end below.</param>
/// <param name="Top">Where its rules start above.</param>
internal sealed record PdfRuledCell(double Left, double Right, double Bottom, double Top)
{
    // A rule is a stroke or a filled rectangle at most this wide; rules of one row end within this of each other.
    private const double RuleWidth = 2;
    private const double Slack = 1;

    // Cells narrower than this are the gap between two rules drawn side by side, not a cell.
    private const double NarrowestCell = 6;

    /// <summary>True when the row's text lies within the cell.</summary>
    public bool Holds(PdfRow row) =>
        row.Left >= Left - Slack && row.Right <= Right + Slack && row.Baseline >= Bottom - Slack && row.Baseline <= Top + Slack;

    /// <summary>The cells the vertical rules of <paramref name="page"/> draw.</summary>
    public static IReadOnlyList<PdfRuledCell> Find(Page page)
    {
        List<PdfRectangle> rules = [.. PdfDrawing.Shapes(page)
            .Where(r => r.Width <= RuleWidth && r.Height >= RuleWidth && r.Height <= page.Height / 2) // taller is a page's border
            .OrderBy(r => r.Bottom)];

        // Rules that run over the same height bound the cells of one row of the table.
        var cells = new List<PdfRuledCell>();
        while (rules.Count > 0)
        {
            PdfRectangle first = rules[0];
            List<PdfRectangle> row = [.. rules.Where(r => Math.Abs(r.Bottom - first.Bottom) <= Slack && Math.Abs(r.Top - first.Top) <= Slack)];
            rules.RemoveAll(row.Contains);
            List<double> edges = [.. row.Select(r => (r.Left + r.Right) / 2).Order()];
            for (int i = 1; i < edges.Count; i++)
            {
                if (edges[i] - edges[i - 1] >= NarrowestCell)
                {
                    cells.Add(new PdfRuledCell(edges[i - 1], edges[i], first.Bottom, first.Top));
                }
            }
        }

        return cells;
    }
}
