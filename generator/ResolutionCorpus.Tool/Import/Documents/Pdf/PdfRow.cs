using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using UglyToad.PdfPig.Content;

namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>
/// The glyphs of one printed line of a PDF page, left to right, with the superscripts that belong to it. Its text puts
/// a space where the page shows a gap, and writes superscript digits (footnote markers) as <c>¹²³</c>, glued to the
/// character before them.
/// </summary>
internal sealed class PdfRow
{
    // A gap wider than this share of the font size is a space between words; kerning and tracking stay well under it.
    private const double WordGap = 0.18;

    // A gap wider than this share of the font size parts the cells of a table's row: justified text spaces its words
    // well under one em.
    private const double ColumnGap = 1.5;

    // A gap wider than this share of the font size is more than a space between words: in a table it may part two cells
    // that the columns of the other rows tell apart.
    private const double WideGap = 0.6;

    private readonly List<(Letter Letter, bool Superscript)> _glyphs = [];

    private PdfRow(double baseline) => Baseline = baseline;

    /// <summary>The baseline's height on the page, in points from the bottom.</summary>
    public double Baseline { get; }

    /// <summary>The size of most of the row's characters (superscripts aside).</summary>
    public double Size { get; private set; }

    /// <summary>Where the first visible glyph starts.</summary>
    public double Left { get; private set; }

    /// <summary>Where the last visible glyph ends.</summary>
    public double Right { get; private set; }

    /// <summary>True when the row is drawn in a bar-code font.</summary>
    public bool IsBarCode { get; private set; }

    /// <summary>True when every visible glyph is bold.</summary>
    public bool IsBold { get; private set; }

    /// <summary>True when the row opens with a superscript (a footnote's marker).</summary>
    public bool OpensWithSuperscript { get; private set; }

    /// <summary>The row's text.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>True when the row holds no visible glyph.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The row's stretches of text parted by a gap wider than a table's column gap, left to right: one for a line of text.</summary>
    public IReadOnlyList<PdfCell> Cells { get; private set; } = [];

    /// <summary>The row's stretches of text parted by a gap wider than a space between words, left to right.</summary>
    public IReadOnlyList<PdfCell> Stretches { get; private set; } = [];

    /// <summary>
    /// Groups a page's glyphs into rows, top to bottom, and folds each row of small raised glyphs (footnote markers,
    /// printed a few points above the line they mark) into the line below it.
    /// </summary>
    public static List<PdfRow> Read(IEnumerable<Letter> letters)
    {
        var rows = new List<PdfRow>();
        foreach (Letter letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            double y = letter.StartBaseLine.Y;
            if (rows.Count == 0 || rows[^1].Baseline - y > Math.Min(1.5, 0.15 * Math.Max(letter.PointSize, 1)))
            {
                rows.Add(new PdfRow(y));
            }

            rows[^1]._glyphs.Add((letter, false));
        }

        foreach (PdfRow row in rows)
        {
            row.Measure();
        }

        rows.RemoveAll(r => r._glyphs.All(g => string.IsNullOrWhiteSpace(g.Letter.Value)));
        for (int i = rows.Count - 2; i >= 0; i--)
        {
            PdfRow raised = rows[i];
            PdfRow line = rows[i + 1];
            if (raised.IsSuperscriptOf(line))
            {
                line._glyphs.AddRange(raised._glyphs.Select(g => (g.Letter, true)));
                rows.RemoveAt(i);
            }
        }

        foreach (PdfRow row in rows)
        {
            row.Compose();
        }

        return rows;
    }

    /// <summary>Joins the rows of one paragraph, in order, into one line of text.</summary>
    public static string Join(IEnumerable<PdfRow> rows) => JoinTexts(rows.Select(r => r.Text));

    /// <summary>Joins the printed lines of one paragraph or cell, in order, into one line of text.</summary>
    public static string JoinTexts(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (string line in lines)
        {
            // A line that ends in a hyphen breaks a compound ("well-" / "being"), and one that ends in an unspaced dash
            // breaks a range ("2021–" / "2030"): the UN's texts are not hyphenated otherwise, and set a dash between
            // words with spaces. A suspended compound's hyphen ("culture-" / "and gender-sensitive") is not a break.
            if (text.Length > 0 && !LineBreakHyphens.Breaks(text, line, rangeDash: true))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private bool IsSuperscriptOf(PdfRow line)
    {
        double rise = Baseline - line.Baseline;
        return _glyphs.All(g => string.IsNullOrWhiteSpace(g.Letter.Value) || g.Letter.PointSize <= 0.8 * line.Size)
            && rise > 0 && rise < 0.7 * line.Size
            && Left >= line.Left - 3 * line.Size && Right <= line.Right + 3 * line.Size;
    }

    private void Measure()
    {
        var visible = _glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Letter.Value)).Select(g => g.Letter).ToList();
        if (visible.Count == 0)
        {
            return;
        }

        Size = visible.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        Left = visible.Min(l => l.StartBaseLine.X);
        Right = visible.Max(l => Math.Max(l.EndBaseLine.X, l.BoundingBox.Right));
        IsBarCode = visible.Any(l => l.FontName?.Contains("Barcode", StringComparison.OrdinalIgnoreCase) == true);
        IsBold = visible.All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
    }

    private void Compose()
    {
        Measure();
        var text = new StringBuilder();
        var gaps = new List<(int At, double Left, double PreviousEnd)>();
        bool pendingSpace = false;
        double lastEnd = double.NaN;
        bool first = true;
        foreach ((Letter letter, bool superscript) in _glyphs.OrderBy(g => g.Letter.StartBaseLine.X))
        {
            string value = letter.Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                // A space drawn over the letter before it (some producers set one at a table cell's start) parts nothing.
                pendingSpace |= text.Length > 0 && !(letter.StartBaseLine.X < lastEnd - 0.1 * Size);
                continue;
            }

            double start = letter.StartBaseLine.X;
            if (!double.IsNaN(lastEnd) && start - lastEnd > WordGap * Math.Max(letter.PointSize, Size * 0.5))
            {
                pendingSpace = text.Length > 0;
            }

            if (!double.IsNaN(lastEnd) && start - lastEnd > WideGap * Size)
            {
                gaps.Add((text.Length, start, lastEnd));
            }

            bool digit = superscript && value.Length == 1 && char.IsAsciiDigit(value[0]);
            // A marker is glued to the word or sign it follows.
            pendingSpace &= !digit;

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            if (first)
            {
                OpensWithSuperscript = superscript;
                first = false;
            }

            text.Append(digit ? FootnoteMarkers.ToSuperscript(value) : value);
            lastEnd = Math.Max(letter.EndBaseLine.X, start);
        }

        // Some fonts draw an accented letter as the letter and a combining accent: the text holds the one character.
        Text = text.ToString().Trim().Normalize(NormalizationForm.FormC);
        Cells = Split(text.ToString(), gaps, ColumnGap * Size);
        Stretches = Split(text.ToString(), gaps, WideGap * Size);
    }

    /// <summary>The row's text cut at the gaps wider than <paramref name="width"/>.</summary>
    private List<PdfCell> Split(string text, List<(int At, double Left, double PreviousEnd)> gaps, double width)
    {
        var stretches = new List<PdfCell>();
        (int start, double left) = (0, Left);
        foreach ((int at, double next, double previousEnd) in gaps.Where(g => g.Left - g.PreviousEnd > width))
        {
            stretches.Add(new PdfCell(left, previousEnd, text[start..at].Trim().Normalize(NormalizationForm.FormC)));
            (start, left) = (at, next);
        }

        stretches.Add(new PdfCell(left, Right, text[start..].Trim().Normalize(NormalizationForm.FormC)));
        return stretches;
    }
}
