using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig.Content;

namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>
/// The short rule a page draws over its footnotes, where the PDF draws it rather than prints it as underscores (as
/// Word draws its footnote separator): a horizontal rule in the lower half of the page, shorter than half its width.
/// </summary>
internal static class PdfFootnoteRule
{
    // A rule is at most this thick, and at least this long (half an inch), in points.
    private const double Thickness = 2;
    private const double ShortestRule = 36;

    /// <summary>Where (the height on the page) each rule that may stand over footnotes is drawn, highest first.</summary>
    public static IReadOnlyList<double> Find(Page page) =>
        [.. PdfDrawing.Shapes(page)
            .Where(r => r.Height <= Thickness && r.Width >= ShortestRule && r.Width <= page.Width / 2 && r.Top < page.Height / 2)
            .Select(r => r.Top)
            .Distinct()
            .OrderDescending()];

    /// <summary>
    /// The first footnote row under a drawn rule, or null: the rows from there to <paramref name="bottom"/> must all be
    /// set smaller than the text, the first opening with a marker, and text must stand above the rule.
    /// </summary>
    public static int? FirstNote(IReadOnlyList<double> rules, List<PdfRow> rows, int top, int bottom, double bodySize)
    {
        foreach (double rule in rules)
        {
            int first = rows.FindIndex(top, bottom - top, r => r.Baseline < rule);
            if (first > top
                && rows.Skip(first).Take(bottom - first).All(r => r.Size < bodySize - 0.6)
                && (rows[first].OpensWithSuperscript || char.IsAsciiDigit(rows[first].Text[0]) || rows[first].Text[0] == '*'))
            {
                return first;
            }
        }

        return null;
    }
}
